package uk.org.casereview.api.badinput;

import java.util.Set;

/**
 * What a case must answer (and, with {@code notInAnswer}, a text the answer must not contain, such as a file's content). REFUSED: one of the statuses (all 4xx), a problem detail, and the event store unchanged.
 * ACCEPTED: 2xx, the text (when given) stored verbatim, and the resource still readable. EITHER: the specification
 * allows both; never a 5xx, a refusal is a proper problem that changes nothing, an acceptance leaves everything readable.
 */
record Expect(Mode mode, Set<Integer> statuses, String verbatim, String notInAnswer) {

    enum Mode { REFUSED, ACCEPTED, EITHER }

    static Expect refused(Integer... statuses) {
        return new Expect(Mode.REFUSED, Set.of(statuses), null, null);
    }

    static Expect accepted() {
        return new Expect(Mode.ACCEPTED, Set.of(200, 201), null, null);
    }

    static Expect acceptedVerbatim(String text) {
        return new Expect(Mode.ACCEPTED, Set.of(200, 201), text, null);
    }

    static Expect either() {
        return new Expect(Mode.EITHER, Set.of(), null, null);
    }

    /** Whether the case changes state when it behaves as expected (and so needs resources of its own). */
    boolean mayWrite() {
        return mode != Mode.REFUSED;
    }

    String describe() {
        return switch (mode) {
            case REFUSED -> "refused " + statuses;
            case ACCEPTED -> "accepted" + (verbatim == null ? "" : " verbatim");
            case EITHER -> "4xx or 2xx";
        };
    }
}
