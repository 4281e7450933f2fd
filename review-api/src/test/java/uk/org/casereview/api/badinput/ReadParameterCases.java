package uk.org.casereview.api.badinput;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Bad query parameters and path variables at every read endpoint, read with the same rules as request bodies: a
 * value that is not correctly percent-encoded UTF-8, a parameter given twice or with no value, a date that is not
 * strictly yyyy-MM-dd (signed, with a zone or an offset, year 0000 or beyond 9999), a number that is not decimal
 * digits ({@code 0x10}, {@code +1}, {@code 01}), an enumeration value that is padded or in another case, an unknown
 * agency or theme code. Each must be a 400 that names the parameter (and lists the valid codes for a code) and
 * changes nothing.
 */
final class ReadParameterCases {

    enum Kind { DATE, NUMBER, ENUM, CODE, TEXT }

    record Read(String label, String path, Stage stage, Map<String, Kind> parameters) {
    }

    static final String RR = "/api/v1/rapid-reviews/{rr}";
    static final String PR = "/api/v1/practice-reviews/{pr}";
    static final String REC = "/api/v1/recommendations/{rec}";

    static List<Read> reads() {
        Map<String, Kind> asOf = Map.of("asOf", Kind.DATE);
        Map<String, Kind> list = Map.of("asOf", Kind.DATE, "page", Kind.NUMBER, "size", Kind.NUMBER);
        Map<String, Kind> fromTo = Map.of("from", Kind.DATE, "to", Kind.DATE, "asOf", Kind.DATE);
        return List.of(
                new Read("GET /rapid-reviews", "/api/v1/rapid-reviews", Stage.RR_NOTIFIED, list),
                new Read("GET /rapid-reviews/{id}", RR, Stage.RR_NOTIFIED, asOf),
                new Read("GET /rapid-reviews/{id}/timeline", RR + "/timeline", Stage.RR_NOTIFIED, asOf),
                new Read("GET /practice-reviews", "/api/v1/practice-reviews", Stage.PR_COMMISSIONED, list),
                new Read("GET /practice-reviews/{id}", PR, Stage.PR_COMMISSIONED, asOf),
                new Read("GET /practice-reviews/{id}/timeline", PR + "/timeline", Stage.PR_COMMISSIONED, asOf),
                new Read("GET /recommendations", "/api/v1/recommendations", Stage.ACTION_ASSIGNED, Map.of("sourceId", Kind.TEXT,
                        "agency", Kind.CODE, "theme", Kind.CODE, "status", Kind.ENUM, "rag", Kind.ENUM, "asOf", Kind.DATE,
                        "page", Kind.NUMBER, "size", Kind.NUMBER)),
                new Read("GET /recommendations/{id}", REC, Stage.ACTION_ASSIGNED, asOf),
                new Read("GET /recommendations/{id}/actions/{actionId}", REC + "/actions/{action}", Stage.ACTION_ASSIGNED, asOf),
                new Read("GET /recommendations/{id}/timeline", REC + "/timeline", Stage.ACTION_ASSIGNED, asOf),
                new Read("GET /overdue-actions", "/api/v1/overdue-actions", Stage.ACTION_ASSIGNED, Map.of("asOf", Kind.DATE,
                        "agency", Kind.CODE, "theme", Kind.CODE, "page", Kind.NUMBER, "size", Kind.NUMBER)),
                new Read("GET /learning-themes", "/api/v1/learning-themes", Stage.ACTION_ASSIGNED, fromTo),
                new Read("GET /statutory-timeliness", "/api/v1/statutory-timeliness", Stage.ACTION_ASSIGNED, fromTo),
                new Read("GET /reports/yearly/{year}", "/api/v1/reports/yearly/2024", Stage.ACTION_ASSIGNED, asOf),
                new Read("GET /audit", "/api/v1/audit", Stage.ACTION_ASSIGNED, Map.of("from", Kind.DATE, "to", Kind.DATE,
                        "user", Kind.TEXT, "aggregateId", Kind.TEXT, "page", Kind.NUMBER, "size", Kind.NUMBER)));
    }

    /** Raw (already percent-encoded) values that no parameter takes, with a description. */
    private static final List<String[]> BADLY_ENCODED = List.of(
            new String[]{"%zz", "malformed percent-encoding %zz"},
            new String[]{"%", "a lone %"},
            new String[]{"%e9t%e9", "Latin-1 bytes, not UTF-8 (%e9)"},
            new String[]{"%C3%28", "an invalid UTF-8 sequence (%C3%28)"},
            new String[]{"%ED%A0%80", "an encoded lone surrogate (%ED%A0%80)"});

    /** Raw (already percent-encoded) values that are not of the parameter's kind, with a description. */
    private static List<String[]> badValues(Kind kind) {
        List<String[]> values = new ArrayList<>();
        switch (kind) {
            case DATE -> {
                for (String date : List.of("-2024-01-01", "2024-01-01Z", "2024-01-01%2B01:00", "%2B99999-01-01", "0000-01-01", "%2B2024-01-01",
                        "2024-1-1", "2024-02-30", "%202024-01-01", "2024-01-01%20", "20240101", "2024-01-01T00:00", "2024-W01-1", "today")) {
                    values.add(new String[]{date, "the date " + date});
                }
            }
            case NUMBER -> {
                for (String number : List.of("0x10", "0X10", "%2B1", "01", "1.0", "1e2", "%201", "1%20", "99999999999", "ten", "%EF%BC%91")) {
                    values.add(new String[]{number, "the number " + number});
                }
            }
            case ENUM -> {
                for (String code : List.of("%20MADE%20", "%20RED", "made", "red", "0", "MI5")) {
                    values.add(new String[]{code, "the value " + code});
                }
            }
            case CODE -> {
                for (String code : List.of("%20POLICE", "POLICE%20", "police", "MI5", "Police")) {
                    values.add(new String[]{code, "the code " + code});
                }
            }
            case TEXT -> {
            }
        }
        return values;
    }

    static List<BadCase> all() {
        List<BadCase> cases = new ArrayList<>();
        for (Read read : reads()) {
            for (Map.Entry<String, Kind> parameter : new java.util.TreeMap<>(read.parameters()).entrySet()) {
                String name = parameter.getKey();
                Kind kind = parameter.getValue();
                for (String[] bad : BADLY_ENCODED) {
                    cases.add(get(read, name + ": " + bad[1], name + "=" + bad[0], Expect.refused(400).naming(name)));
                }
                for (String[] bad : badValues(kind)) {
                    Expect expect = Expect.refused(400).naming(name);
                    cases.add(get(read, name + ": " + bad[1], name + "=" + bad[0],
                            kind == Kind.ENUM || kind == Kind.CODE ? expect.listingValidCodes() : expect));
                }
                String valid = switch (kind) {
                    case DATE -> "2025-06-01";
                    case NUMBER -> "1";
                    case ENUM -> name.equals("rag") ? "RED" : "MADE";
                    case CODE -> name.equals("agency") ? "POLICE" : "NEGLECT";
                    case TEXT -> "x";
                };
                cases.add(get(read, name + " given twice", name + "=" + valid + "&" + name + "=" + valid, Expect.refused(400).naming(name)));
                cases.add(get(read, name + " given twice with different values", name + "=" + valid + "&" + name + "=" + valid + "0",
                        Expect.refused(400).naming(name)));
                cases.add(get(read, name + " with no value (" + name + "=)", name + "=", Expect.refused(400).naming(name)));
                cases.add(get(read, name + " with no = at all", name, Expect.refused(400).naming(name)));
            }
            cases.add(get(read, "a parameter name that is not percent-encoded correctly (%zz=1)", "%zz=1", Expect.refused(400).naming("%zz")));
            if (read.path().contains("/reports/yearly/")) {
                for (String year : List.of("0x7E8", "%2B2024", "02024", "2024.0", "2024%20", "%202024", "2O24")) {
                    cases.add(new BadCase(read.label(), "path-variable", "year " + year, read.stage(),
                            ctx -> RawRequest.get("/api/v1/reports/yearly/" + year), Expect.refused(400).naming("year"), read.path(), false));
                }
            }
        }
        return cases;
    }

    private static BadCase get(Read read, String name, String query, Expect expect) {
        return new BadCase(read.label(), "query-parameter", name, read.stage(),
                ctx -> RawRequest.get(ctx.fixture().path(read.path()) + "?" + query), expect, read.path(), false);
    }
}
