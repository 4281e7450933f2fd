package uk.org.casereview.api.badinput;

import java.util.Set;

/**
 * What a case must answer (and, with {@code notInAnswer}, a text the answer must not contain, such as a file's content).
 * REFUSED: one of the statuses (all 4xx), a problem detail, and nothing changed: every table and the resource's reads
 * answer as before; with {@code field}, the problem's {@code errors} name that field (or header, or query parameter),
 * and with {@code validCodes}, the problem lists the valid codes. ACCEPTED: 2xx, the text (when given) stored
 * verbatim, and the resource still readable. EITHER: the specification allows both; never a 5xx, a refusal is a
 * proper problem that changes nothing, an acceptance leaves everything readable.
 */
record Expect(Mode mode, Set<Integer> statuses, String verbatim, String notInAnswer, String field, boolean validCodes) {

    enum Mode { REFUSED, ACCEPTED, EITHER }

    static Expect refused(Integer... statuses) {
        return new Expect(Mode.REFUSED, Set.of(statuses), null, null, null, false);
    }

    static Expect accepted() {
        return new Expect(Mode.ACCEPTED, Set.of(200, 201), null, null, null, false);
    }

    static Expect acceptedVerbatim(String text) {
        return new Expect(Mode.ACCEPTED, Set.of(200, 201), text, null, null, false);
    }

    static Expect either() {
        return new Expect(Mode.EITHER, Set.of(), null, null, null, false);
    }

    /** The refusal's problem must name the field in its {@code errors}. */
    Expect naming(String name) {
        return new Expect(mode, statuses, verbatim, notInAnswer, name, validCodes);
    }

    /** The refusal's problem must list the valid codes ({@code validCodes}). */
    Expect listingValidCodes() {
        return new Expect(mode, statuses, verbatim, notInAnswer, field, true);
    }

    Expect notInAnswer(String text) {
        return new Expect(mode, statuses, verbatim, text, field, validCodes);
    }

    /** Whether the case changes state when it behaves as expected (and so needs resources of its own). */
    boolean mayWrite() {
        return mode != Mode.REFUSED;
    }

    String describe() {
        return switch (mode) {
            case REFUSED -> "refused " + statuses + (field == null ? "" : " naming " + field) + (validCodes ? " with validCodes" : "");
            case ACCEPTED -> "accepted" + (verbatim == null ? "" : " verbatim");
            case EITHER -> "4xx or 2xx";
        };
    }
}
