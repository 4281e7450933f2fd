package uk.org.casereview.api.badinput;

import java.util.List;

/**
 * One field of a write endpoint's request body, as the specification and the request records describe it: what kind
 * of value it takes, whether it is required, its length limit and, for codes, the valid values.
 */
record Field(String name, Kind kind, boolean required, int maxLength, int maxEntries, List<String> codes, boolean lowerBound) {

    enum Kind {
        /** free text, refused when blank (if required), over the limit or with control characters */
        TEXT,
        /** a list of free-text entries (child pseudonyms) */
        TEXT_LIST,
        /** an http(s) address */
        URL,
        /** the id of another resource (a rapid review or a practice review) */
        REF_ID,
        /** the date something happened: never after today */
        FACT_DATE,
        /** a planned date (due, expected): may be after today */
        PLAN_DATE,
        /** one value of a Java enumeration */
        ENUM,
        /** a list of enumeration values */
        ENUM_LIST,
        /** one reference-data code (agency) */
        CODE,
        /** a list of reference-data codes (agencies, themes) */
        CODE_LIST,
        /** true or false */
        BOOLEAN
    }

    static Field text(String name, boolean required, int maxLength) {
        return new Field(name, Kind.TEXT, required, maxLength, 0, List.of(), false);
    }

    static Field textList(String name, boolean required, int maxLength, int maxEntries) {
        return new Field(name, Kind.TEXT_LIST, required, maxLength, maxEntries, List.of(), false);
    }

    static Field url(String name, boolean required) {
        return new Field(name, Kind.URL, required, 2000, 0, List.of(), false);
    }

    static Field refId(String name, boolean required) {
        return new Field(name, Kind.REF_ID, required, 64, 0, List.of(), false);
    }

    /** {@code lowerBound}: the date cannot be before an earlier fact of the same resource (2025-01-01 is refused). */
    static Field factDate(String name, boolean lowerBound) {
        return new Field(name, Kind.FACT_DATE, true, 0, 0, List.of(), lowerBound);
    }

    static Field planDate(String name, boolean required) {
        return new Field(name, Kind.PLAN_DATE, required, 0, 0, List.of(), true);
    }

    static Field enumeration(String name, String... values) {
        return new Field(name, Kind.ENUM, true, 0, 0, List.of(values), false);
    }

    static Field enumList(String name, String... values) {
        return new Field(name, Kind.ENUM_LIST, true, 0, values.length, List.of(values), false);
    }

    static Field code(String name, List<String> codes) {
        return new Field(name, Kind.CODE, true, 200, 0, codes, false);
    }

    static Field codeList(String name, boolean required, List<String> codes) {
        return new Field(name, Kind.CODE_LIST, required, 0, codes.size(), codes, false);
    }

    static Field bool(String name) {
        return new Field(name, Kind.BOOLEAN, true, 0, 0, List.of(), false);
    }

    boolean isText() {
        return kind == Kind.TEXT || kind == Kind.TEXT_LIST || kind == Kind.URL;
    }

    boolean isDate() {
        return kind == Kind.FACT_DATE || kind == Kind.PLAN_DATE;
    }

    boolean isList() {
        return kind == Kind.TEXT_LIST || kind == Kind.ENUM_LIST || kind == Kind.CODE_LIST;
    }
}
