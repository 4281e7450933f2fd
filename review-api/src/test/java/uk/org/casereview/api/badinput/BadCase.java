package uk.org.casereview.api.badinput;

import java.util.function.Function;

/**
 * One generated case: the endpoint it targets, its category and name (as reported), the stage of the resources it
 * needs, how to build its request from them, and what it must answer.
 *
 * @param resource the path of the resource to read back after an accepted write (with {rr}, {pr}, {rec}), or null to
 *                 follow the answer's Location header
 * @param isolated true when the case gets resources of its own (it may write, or it could damage shared resources)
 */
record BadCase(String endpoint, String category, String name, Stage stage, Function<Context, RawRequest> request, Expect expect,
               String resource, boolean isolated) {

    /** What a case's request is built from. */
    interface Context {
        /** The resources of the case's stage: shared between refused cases, of its own for cases that may write. */
        Fixture fixture();

        /** Resources of another stage set up for this case alone (ids of another kind, a source of its own...). */
        Fixture fresh(Stage stage);

        /** A token no other request uses (references, recommendation numbers). */
        String unique();
    }

    String displayName() {
        return category + ": " + name;
    }
}
