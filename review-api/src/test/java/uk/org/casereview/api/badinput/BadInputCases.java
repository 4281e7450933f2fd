package uk.org.casereview.api.badinput;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import static uk.org.casereview.api.badinput.WriteEndpoints.JSON;

/**
 * Derives the bad-input cases mechanically from each endpoint's valid body and field list: malformed JSON, wrong
 * content types, oversized bodies, then for every field wrong types, missing and null values, unknown codes,
 * impossible dates, oversized strings, list shapes, control characters and injection-looking text; then unknown ids
 * in the path, stale or malformed request headers, and commands out of order.
 */
final class BadInputCases {

    static final List<String> INJECTIONS = List.of(
            "'; drop table domain_event_entry; --",
            "<script>alert(1)</script>",
            "${jndi:ldap://x}",
            "../../etc/passwd",
            "{{7*7}} %s%n #{1+1}",
            "Robert'); DELETE FROM token_entry WHERE ('1'='1");

    /** A body over the 1 MiB limit. */
    private static final int HUGE = 1_100_000;
    private static final String RAW = "@@RAW-VALUE@@";
    private static final String BEFORE_EVERY_FACT = "2025-01-01";

    private final List<BadCase> cases = new ArrayList<>();
    /** The field the cases being generated break: their 400 must name it. */
    private String breaking;

    static List<BadCase> forEndpoint(Endpoint endpoint) {
        BadInputCases generator = new BadInputCases();
        generator.generate(endpoint);
        return generator.cases;
    }

    private void generate(Endpoint e) {
        add(e, "baseline", "the valid body is accepted (so every derived case starts from a valid request)", e.stage(),
                mutate(e, (node, ctx) -> { }), Expect.accepted());
        malformed(e);
        contentTypes(e);
        sizes(e);
        unknownFields(e);
        for (Field field : e.fields()) {
            breaking = field.name();
            missing(e, field);
            wrongTypes(e, field);
            codes(e, field);
            dates(e, field);
            oversized(e, field);
            lists(e, field);
            controlCharacters(e, field);
            injections(e, field);
        }
        breaking = null;
        conditional(e);
        if (e.hasPathIds()) {
            unknownIds(e);
        }
        headers(e);
    }

    // ---------------------------------------------------------------------------------------------------------- body

    private void malformed(Endpoint e) {
        String c = "malformed-json";
        refused400(e, c, "truncated in the middle", raw(e, s -> s.substring(0, s.length() / 2)));
        refused400(e, c, "the closing brace missing", raw(e, s -> s.substring(0, s.length() - 1)));
        refused400(e, c, "only an opening brace", raw(e, s -> "{"));
        refused400(e, c, "trailing garbage after the object", raw(e, s -> s + " xyz"));
        refused400(e, c, "a second object after the first", raw(e, s -> s + " {}"));
        refused400(e, c, "a second copy of the object after the first", raw(e, s -> s + s));
        refused400(e, c, "a trailing comma", raw(e, s -> s.substring(0, s.length() - 1) + ",}"));
        refused400(e, c, "two commas between fields", raw(e, s -> s.contains(",") ? s.replaceFirst(",", ",,")
                : s.substring(0, s.length() - 1) + ",,}"));
        refused400(e, c, "a comma before the first field", raw(e, s -> "{," + s.substring(1)));
        refused400(e, c, "closed with ] instead of }", raw(e, s -> s.substring(0, s.length() - 1) + "]"));
        refused400(e, c, "square brackets instead of braces", raw(e, s -> "[" + s.substring(1, s.length() - 1) + "]"));
        refused400(e, c, "opened with ( instead of {", raw(e, s -> "(" + s.substring(1, s.length() - 1) + ")"));
        refused400(e, c, "single quotes instead of double quotes", raw(e, s -> s.replace('"', '\'')));
        refused400(e, c, "unquoted field names", raw(e, s -> s.replaceAll("\"(\\w+)\":", "$1:")));
        refused400(e, c, "a /* comment */", raw(e, s -> "{/* a comment */" + s.substring(1)));
        refused400(e, c, "a // comment", raw(e, s -> "{// a comment\n" + s.substring(1)));
        refused400(e, c, "a field name without a value", raw(e, s -> "{\"" + firstField(e) + "\"}"));
        refused400(e, c, "an unterminated string", raw(e, s -> "{\"" + firstField(e) + "\":\"abc"));
        refused400(e, c, "NaN as a value", rawValue(e, firstField(e), "NaN"));
        refused400(e, c, "an unescaped control character inside a string", rawValue(e, firstField(e), "\"a" + (char) 1 + "b\""));
        refused400(e, c, "an invalid escape \\x41", rawValue(e, firstField(e), "\"\\x41\""));
        refused400(e, c, "a value nested 5,000 arrays deep", rawValue(e, firstField(e), "[".repeat(5000) + "]".repeat(5000)));
        refused400(e, c, "a value nested 5,000 objects deep", rawValue(e, firstField(e), "{\"a\":".repeat(5000) + "1" + "}".repeat(5000)));
        refused400(e, c, "invalid UTF-8 bytes in a string", invalidUtf8(e));
        refused400(e, c, "a JSON array of the valid object", raw(e, s -> "[" + s + "]"));
        refused400(e, c, "an empty JSON array", raw(e, s -> "[]"));
        refused400(e, c, "a JSON string", raw(e, s -> "\"a string\""));
        refused400(e, c, "the valid object as a JSON string", raw(e, s -> JSON.valueToTree(s).toString()));
        refused400(e, c, "a JSON number", raw(e, s -> "42"));
        refused400(e, c, "JSON true", raw(e, s -> "true"));
        refused400(e, c, "JSON null", raw(e, s -> "null"));
        refused400(e, c, "an empty object", raw(e, s -> "{}"));
        refused400(e, c, "an empty body", raw(e, s -> ""));
        refused400(e, c, "a body of whitespace", raw(e, s -> " \n\t "));
        refused400(e, c, "duplicate key with the same value", duplicateKey(e, false));
        refused400(e, c, "duplicate key with a different value", duplicateKey(e, true));
    }

    private void contentTypes(Endpoint e) {
        String c = "content-type";
        add(e, c, "text/plain", e.stage(), mutate(e, (n, x) -> { }).andThen(r -> r.withContentType("text/plain")), Expect.refused(415));
        add(e, c, "application/xml with the valid body written as XML", e.stage(),
                ctx -> xml(e, ctx, e.validBody().apply(ctx.fixture(), ctx.unique()), null), Expect.refused(400, 415));
        add(e, c, "application/xml with an XML body of other fields", e.stage(),
                ctx -> new RawRequest(path(e, ctx), "<request><childName>x</childName></request>".getBytes(StandardCharsets.UTF_8),
                        "application/xml", false, java.util.Map.of()), Expect.refused(400, 415));
        add(e, c, "application/xml with an external entity (XXE) reading /etc/passwd", e.stage(),
                ctx -> xml(e, ctx, e.validBody().apply(ctx.fixture(), ctx.unique()), "<!DOCTYPE request [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"),
                Expect.refused(400, 415).notInAnswer("root:"));
        add(e, c, "text/xml with the valid body written as XML", e.stage(),
                ctx -> xml(e, ctx, e.validBody().apply(ctx.fixture(), ctx.unique()), null).withContentType("text/xml"), Expect.refused(400, 415));
        add(e, c, "application/x-www-form-urlencoded", e.stage(),
                ctx -> new RawRequest(path(e, ctx), (firstField(e) + "=x").getBytes(StandardCharsets.UTF_8),
                        "application/x-www-form-urlencoded", false, java.util.Map.of()), Expect.refused(415));
        add(e, c, "multipart/form-data", e.stage(),
                mutate(e, (n, x) -> { }).andThen(r -> r.withContentType("multipart/form-data; boundary=xyz")), Expect.refused(415));
        add(e, c, "no Content-Type at all", e.stage(), mutate(e, (n, x) -> { }).andThen(r -> r.withContentType(null)),
                Expect.refused(400, 415));
        add(e, c, "Content-Type */* (a wildcard names no type)", e.stage(), mutate(e, (n, x) -> { }).andThen(r -> r.withContentType("*/*")),
                Expect.refused(415).naming("Content-Type"));
        add(e, c, "Content-Type application/* (a wildcard subtype)", e.stage(),
                mutate(e, (n, x) -> { }).andThen(r -> r.withContentType("application/*")), Expect.refused(415).naming("Content-Type"));
        add(e, c, "Content-Type application/*+json (a wildcard subtype)", e.stage(),
                mutate(e, (n, x) -> { }).andThen(r -> r.withContentType("application/*+json")), Expect.refused(415).naming("Content-Type"));
        add(e, c, "Content-Type that is not a media type (garbage)", e.stage(),
                mutate(e, (n, x) -> { }).andThen(r -> r.withContentType("garbage")), Expect.refused(415));
        add(e, c, "application/json declared as UTF-16 but sent as UTF-8 (observation: JSON is UTF-8 whatever the label)", e.stage(),
                mutate(e, (n, x) -> { }).andThen(r -> r.withContentType("application/json; charset=UTF-16")), Expect.either());
    }

    private void sizes(Endpoint e) {
        String c = "body-size";
        add(e, c, "a 1.1 MB body with Content-Length (an extra 1.1 MB field)", e.stage(),
                mutate(e, (n, x) -> n.put("padding", "x".repeat(HUGE))), Expect.refused(413));
        add(e, c, "a 1.1 MB body with Content-Length (valid JSON after 1.1 MB of whitespace)", e.stage(),
                raw(e, s -> " ".repeat(HUGE) + s), Expect.refused(413));
        add(e, c, "a 1.1 MB chunked body, no Content-Length (valid JSON after 1.1 MB of whitespace)", e.stage(),
                raw(e, s -> " ".repeat(HUGE) + s).andThen(RawRequest::asChunked), Expect.refused(413));
        add(e, c, "a 1.1 MB chunked body, no Content-Length (1.1 MB of whitespace inside the object)", e.stage(),
                raw(e, s -> "{" + " ".repeat(HUGE) + s.substring(1)).andThen(RawRequest::asChunked), Expect.refused(413));
        e.fields().stream().filter(f -> f.kind() == Field.Kind.TEXT).findFirst().ifPresent(f ->
                add(e, c, "a 1.1 MB chunked body, no Content-Length (" + f.name() + " of 1.1 MB)", e.stage(),
                        set(e, f, JSON.valueToTree("x".repeat(HUGE))).andThen(RawRequest::asChunked), Expect.refused(413)));
        add(e, c, "a 1.1 MB chunked body, no Content-Length (an unknown 1.1 MB field: either refusal)", e.stage(),
                mutate(e, (n, x) -> n.put("padding", "x".repeat(HUGE))).andThen(RawRequest::asChunked), Expect.refused(400, 413));
    }

    private void unknownFields(Endpoint e) {
        String c = "unknown-field";
        refused400(e, c, "an extra field childName", mutate(e, (n, x) -> n.put("childName", "Jane Smith")));
        refused400(e, c, "an extra field id (trying to choose the id)", mutate(e, (n, x) -> n.put("id", "forged-id")));
        refused400(e, c, "an extra field recordedBy (trying to forge the audit trail)", mutate(e, (n, x) -> n.put("recordedBy", "someone-else")));
        refused400(e, c, "an extra field that is null", mutate(e, (n, x) -> n.putNull("extra")));
        refused400(e, c, "an extra field holding an object", mutate(e, (n, x) -> n.putObject("meta").put("a", 1)));
        refused400(e, c, "a field name in the wrong case", mutate(e, (n, x) -> {
            String first = firstField(e);
            JsonNode value = n.remove(first);
            n.set(Character.toUpperCase(first.charAt(0)) + first.substring(1), value);
        }));
        refused400(e, c, "a field name with a trailing space", mutate(e, (n, x) -> {
            String first = firstField(e);
            JsonNode value = n.remove(first);
            n.set(first + " ", value);
        }));
        refused400(e, c, "an empty field name", mutate(e, (n, x) -> n.put("", "x")));
    }

    // -------------------------------------------------------------------------------------------------------- fields

    private void missing(Endpoint e, Field f) {
        String c = "missing-or-null";
        if (!f.required()) {
            return;
        }
        refused400(e, c, f.name() + " missing", mutate(e, (n, x) -> n.remove(f.name())));
        refused400(e, c, f.name() + " null", mutate(e, (n, x) -> n.putNull(f.name())));
        if (f.kind() == Field.Kind.TEXT || f.kind() == Field.Kind.URL || f.kind() == Field.Kind.REF_ID || f.kind() == Field.Kind.CODE) {
            refused400(e, c, f.name() + " an empty string", set(e, f, JSON.valueToTree("")));
            refused400(e, c, f.name() + " only spaces", set(e, f, JSON.valueToTree("   ")));
            refused400(e, c, f.name() + " only a tab and a newline", set(e, f, JSON.valueToTree("\t\n")));
        }
        if (f.isList()) {
            refused400(e, c, f.name() + " an empty list", set(e, f, JSON.createArrayNode()));
        }
    }

    private void wrongTypes(Endpoint e, Field f) {
        String c = "wrong-type";
        String name = f.name();
        switch (f.kind()) {
            case TEXT, URL, REF_ID, CODE -> {
                refused400(e, c, name + ": a number for a string", set(e, f, JSON.valueToTree(42)));
                refused400(e, c, name + ": a decimal number for a string", set(e, f, JSON.valueToTree(4.2)));
                refused400(e, c, name + ": a boolean for a string", set(e, f, JSON.valueToTree(true)));
                refused400(e, c, name + ": an object for a string", set(e, f, JSON.createObjectNode().put("value", "x")));
                refused400(e, c, name + ": an empty object for a string", set(e, f, JSON.createObjectNode()));
                refused400(e, c, name + ": a list for a string", mutate(e, (n, x) -> n.set(name, JSON.createArrayNode().add(n.get(name)))));
            }
            case TEXT_LIST, ENUM_LIST, CODE_LIST -> {
                refused400(e, c, name + ": a string for a list", mutate(e, (n, x) -> n.set(name, n.get(name).get(0))));
                refused400(e, c, name + ": an object for a list", set(e, f, JSON.createObjectNode().put("0", "x")));
                refused400(e, c, name + ": a number for a list", set(e, f, JSON.valueToTree(1)));
                refused400(e, c, name + ": a boolean for a list", set(e, f, JSON.valueToTree(true)));
                refused400(e, c, name + ": a list of numbers", set(e, f, JSON.valueToTree(List.of(0))));
                refused400(e, c, name + ": a list of booleans", set(e, f, JSON.valueToTree(List.of(true))));
                refused400(e, c, name + ": a list of lists", mutate(e, (n, x) -> n.set(name, JSON.createArrayNode().add(n.get(name)))));
                refused400(e, c, name + ": a list of objects", set(e, f, JSON.createArrayNode().add(JSON.createObjectNode())));
            }
            case FACT_DATE, PLAN_DATE -> {
                refused400(e, c, name + ": a number for a date (20250320)", set(e, f, JSON.valueToTree(20250320)));
                refused400(e, c, name + ": a small number for a date (20000)", set(e, f, JSON.valueToTree(20000)));
                refused400(e, c, name + ": a decimal number for a date", set(e, f, JSON.valueToTree(2025.03)));
                refused400(e, c, name + ": a boolean for a date", set(e, f, JSON.valueToTree(true)));
                refused400(e, c, name + ": an object for a date", set(e, f, JSON.createObjectNode().put("year", 2025).put("month", 3).put("day", 20)));
                refused400(e, c, name + ": a list of numbers for a date ([y,m,d])", mutate(e, (n, x) -> {
                    String[] ymd = n.get(name).asText().split("-");
                    n.set(name, JSON.valueToTree(List.of(Integer.parseInt(ymd[0]), Integer.parseInt(ymd[1]), Integer.parseInt(ymd[2]))));
                }));
                refused400(e, c, name + ": a list holding the date string", mutate(e, (n, x) -> n.set(name, JSON.createArrayNode().add(n.get(name)))));
            }
            case ENUM -> {
                refused400(e, c, name + ": a number (ordinal) for an enumeration", set(e, f, JSON.valueToTree(0)));
                refused400(e, c, name + ": a number (out of range) for an enumeration", set(e, f, JSON.valueToTree(99)));
                refused400(e, c, name + ": a boolean for an enumeration", set(e, f, JSON.valueToTree(true)));
                refused400(e, c, name + ": an object for an enumeration", set(e, f, JSON.createObjectNode().put("name", f.codes().get(0))));
                refused400(e, c, name + ": a list for an enumeration", mutate(e, (n, x) -> n.set(name, JSON.createArrayNode().add(n.get(name)))));
            }
            case BOOLEAN -> {
                refused400(e, c, name + ": the string \"yes\"", set(e, f, JSON.valueToTree("yes")));
                refused400(e, c, name + ": the string \"true\"", set(e, f, JSON.valueToTree("true")));
                refused400(e, c, name + ": the number 1", set(e, f, JSON.valueToTree(1)));
                refused400(e, c, name + ": the number 0", set(e, f, JSON.valueToTree(0)));
                refused400(e, c, name + ": an object", set(e, f, JSON.createObjectNode().put("value", true)));
                refused400(e, c, name + ": a list", set(e, f, JSON.createArrayNode().add(true)));
                refused400(e, c, name + ": a date", set(e, f, JSON.valueToTree("2025-04-02")));
            }
            default -> throw new IllegalStateException(f.kind().toString());
        }
    }

    private void codes(Endpoint e, Field f) {
        String c = "unknown-code";
        String name = f.name();
        List<String> unknown = new ArrayList<>(List.of(
                f.kind() == Field.Kind.CODE || f.name().equals("agencies") ? "MI5" : "ASTROLOGY"));
        switch (f.kind()) {
            case ENUM, CODE -> {
                String valid = f.kind() == Field.Kind.ENUM ? f.codes().get(0) : "POLICE";
                unknownCode(e, c, name + ": an unknown code", set(e, f, JSON.valueToTree(unknown.get(0))));
                unknownCode(e, c, name + ": a valid code in lower case", set(e, f, JSON.valueToTree(valid.toLowerCase())));
                unknownCode(e, c, name + ": a valid code with a leading space", set(e, f, JSON.valueToTree(" " + valid)));
                refused400(e, c, name + ": a valid code with a trailing NUL", set(e, f, JSON.valueToTree(valid + (char) 0)));
                unknownCode(e, c, name + ": a label instead of the code", set(e, f, JSON.valueToTree("Police")));
                for (String injection : INJECTIONS.subList(0, 4)) {
                    unknownCode(e, c, name + ": " + injection, set(e, f, JSON.valueToTree(injection)));
                }
                if (f.kind() == Field.Kind.ENUM) {
                    refused400(e, c, name + ": an empty string", set(e, f, JSON.valueToTree("")));
                    for (String other : List.of("DIED", "CSPR", "AGREED", "FULL", "NEGLECT")) {
                        if (!f.codes().contains(other)) {
                            unknownCode(e, c, name + ": a code of another enumeration (" + other + ")", set(e, f, JSON.valueToTree(other)));
                            break;
                        }
                    }
                } else {
                    unknownCode(e, c, name + ": a theme code where an agency is expected", set(e, f, JSON.valueToTree("NEGLECT")));
                }
            }
            case ENUM_LIST, CODE_LIST -> {
                String valid = f.kind() == Field.Kind.ENUM_LIST ? f.codes().get(0) : f.codes().get(1);
                unknownCode(e, c, name + ": an unknown code beside a valid one", set(e, f, JSON.valueToTree(List.of(valid, unknown.get(0)))));
                unknownCode(e, c, name + ": only unknown codes", set(e, f, JSON.valueToTree(List.of(unknown.get(0), "ZODIAC"))));
                unknownCode(e, c, name + ": a valid code in lower case", set(e, f, JSON.valueToTree(List.of(valid.toLowerCase()))));
                unknownCode(e, c, name + ": a valid code with a leading space", set(e, f, JSON.valueToTree(List.of(" " + valid))));
                refused400(e, c, name + ": a valid code with a trailing NUL", set(e, f, JSON.valueToTree(List.of(valid + (char) 0))));
                unknownCode(e, c, name + ": a label instead of the code", set(e, f, JSON.valueToTree(List.of("Domestic abuse"))));
                for (String injection : INJECTIONS.subList(0, 4)) {
                    unknownCode(e, c, name + ": " + injection, set(e, f, JSON.valueToTree(List.of(injection))));
                }
                String otherKind = f.name().equals("agencies") ? "NEGLECT" : "POLICE";
                unknownCode(e, c, name + ": a code of the other kind (" + otherKind + ")", set(e, f, JSON.valueToTree(List.of(otherKind))));
            }
            case REF_ID -> {
                c = "unknown-id";
                refused400(e, c, name + ": an id nothing has been recorded with", set(e, f, JSON.valueToTree("no-such-review")));
                refused400(e, c, name + ": a random UUID", set(e, f, JSON.valueToTree(UUID.randomUUID().toString())));
                refused400(e, c, name + ": the id of a recommendation", setWith(e, f, ctx -> JSON.valueToTree(ctx.fresh(Stage.REC_MADE).recommendation)));
                if (name.equals("rapidReviewId")) {
                    refused400(e, c, name + ": the id of a practice review", setWith(e, f, ctx -> JSON.valueToTree(ctx.fresh(Stage.PR_COMMISSIONED).practiceReview)));
                }
                refused400(e, c, name + ": an id over 64 characters", set(e, f, JSON.valueToTree("x".repeat(65))));
                for (String injection : INJECTIONS.subList(0, 4)) {
                    refused400(e, c, name + ": " + injection, set(e, f, JSON.valueToTree(injection)));
                }
            }
            default -> {
            }
        }
    }

    private void dates(Endpoint e, Field f) {
        if (!f.isDate()) {
            return;
        }
        String c = "impossible-date";
        String name = f.name();
        for (String bad : List.of("2025-02-30", "2025-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "2025-06-31", "2025-03-32",
                "20250101", "2025-1-5", "2025/03/20", "30/06/2025", "03-20-2025", "yesterday", "today", "not a date", "0000-00-00",
                "2025-W12-4", "2025-079")) {
            refused400(e, c, name + " '" + bad + "'", set(e, f, JSON.valueToTree(bad)));
        }
        refused400(e, c, name + " with a time of day (yyyy-MM-ddTHH:mm:ss)", mutate(e, (n, x) -> n.put(name, n.get(name).asText() + "T10:00:00")));
        refused400(e, c, name + " as an instant (yyyy-MM-ddTHH:mm:ssZ)", mutate(e, (n, x) -> n.put(name, n.get(name).asText() + "T23:30:00Z")));
        refused400(e, c, name + " with a zone offset (yyyy-MM-dd+01:00)", mutate(e, (n, x) -> n.put(name, n.get(name).asText() + "+01:00")));
        add(e, c, name + " with surrounding spaces (observation)", e.stage(), mutate(e, (n, x) -> n.put(name, " " + n.get(name).asText() + " ")),
                Expect.either());
        if (f.required()) {
            refused400(e, c, name + " an empty string", set(e, f, JSON.valueToTree("")));
        } else {
            add(e, c, name + " an empty string (optional field)", e.stage(), set(e, f, JSON.valueToTree("")), Expect.either());
        }
        if (f.kind() == Field.Kind.FACT_DATE) {
            refused400(e, c, name + " after today (2025-07-01)", set(e, f, JSON.valueToTree("2025-07-01")));
            refused400(e, c, name + " far in the future (2099-12-31)", set(e, f, JSON.valueToTree("2099-12-31")));
            refused400(e, c, name + " beyond year 9999 (+10000-01-01)", set(e, f, JSON.valueToTree("+10000-01-01")));
        } else {
            add(e, c, name + " after today is a plan, accepted (2025-07-01)", e.stage(), set(e, f, JSON.valueToTree("2025-07-01")), Expect.accepted());
            add(e, c, name + " beyond year 9999 (+10000-01-01)", e.stage(), set(e, f, JSON.valueToTree("+10000-01-01")), Expect.either());
            add(e, c, name + " at the end of the calendar (9999-12-31)", e.stage(), set(e, f, JSON.valueToTree("9999-12-31")), Expect.either());
        }
        if (f.lowerBound()) {
            refused400(e, c, name + " before the earlier fact it follows (" + BEFORE_EVERY_FACT + ")",
                    set(e, f, JSON.valueToTree(BEFORE_EVERY_FACT)));
        } else {
            add(e, c, name + " long before anything else was recorded (observation, 1900-01-01)", e.stage(),
                    set(e, f, JSON.valueToTree("1900-01-01")), Expect.either());
        }
        refused400(e, c, name + " before the common era (-0001-12-31)", set(e, f, JSON.valueToTree("-0001-12-31")),
                f.lowerBound());
    }

    private void oversized(Endpoint e, Field f) {
        String c = "oversized";
        String name = f.name();
        switch (f.kind()) {
            case TEXT -> {
                add(e, c, name + " at its limit of " + f.maxLength() + " characters", e.stage(),
                        set(e, f, JSON.valueToTree(uniqueFill(f.maxLength()))), Expect.accepted());
                refused400(e, c, name + " at its limit + 1 (" + (f.maxLength() + 1) + ")", set(e, f, JSON.valueToTree("x".repeat(f.maxLength() + 1))));
                refused400(e, c, name + " of 100,000 characters", set(e, f, JSON.valueToTree("x".repeat(100_000))));
                refused400(e, c, name + " of 300,000 multi-byte characters (under the body limit)", set(e, f, JSON.valueToTree("é".repeat(300_000))));
            }
            case TEXT_LIST -> {
                add(e, c, name + " an entry at its limit of " + f.maxLength() + " characters", e.stage(),
                        set(e, f, JSON.valueToTree(List.of("x".repeat(f.maxLength())))), Expect.accepted());
                refused400(e, c, name + " an entry at its limit + 1 (" + (f.maxLength() + 1) + ")",
                        set(e, f, JSON.valueToTree(List.of("x".repeat(f.maxLength() + 1)))));
                refused400(e, c, name + " an entry of 100,000 characters", set(e, f, JSON.valueToTree(List.of("x".repeat(100_000)))));
            }
            case URL -> {
                String prefix = "https://lscp.example.org/";
                add(e, c, name + " at its limit of 2000 characters", e.stage(),
                        set(e, f, JSON.valueToTree(prefix + "a".repeat(2000 - prefix.length()))), Expect.accepted());
                refused400(e, c, name + " at its limit + 1 (2001)", set(e, f, JSON.valueToTree(prefix + "a".repeat(2001 - prefix.length()))));
                refused400(e, c, name + " of 100,000 characters", set(e, f, JSON.valueToTree(prefix + "a".repeat(100_000))));
            }
            case REF_ID, CODE -> refused400(e, c, name + " of 100,000 characters", set(e, f, JSON.valueToTree("x".repeat(100_000))));
            default -> {
            }
        }
    }

    private void lists(Endpoint e, Field f) {
        if (!f.isList()) {
            return;
        }
        String c = "list-shape";
        String name = f.name();
        switch (f.kind()) {
            case TEXT_LIST -> {
                List<String> many = new ArrayList<>();
                for (int i = 0; i <= f.maxEntries(); i++) {
                    many.add("Child " + (char) ('A' + i));
                }
                refused400(e, c, name + " with " + many.size() + " entries (at most " + f.maxEntries() + ")", set(e, f, JSON.valueToTree(many)));
                refused400(e, c, name + " with 10,000 entries", set(e, f, JSON.valueToTree(numbered("Child ", 10_000))));
                refused400(e, c, name + " with a repeated entry", set(e, f, JSON.valueToTree(List.of("Child B", "Child B"))));
                refused400(e, c, name + " with a null entry", set(e, f, JSON.valueToTree(Arrays.asList("Child B", null))));
                refused400(e, c, name + " with an empty entry", set(e, f, JSON.valueToTree(List.of("Child B", ""))));
                refused400(e, c, name + " with a blank entry", set(e, f, JSON.valueToTree(List.of("Child B", "   "))));
            }
            case ENUM_LIST, CODE_LIST -> {
                List<String> all = new ArrayList<>(f.codes());
                all.add(f.codes().get(0));
                refused400(e, c, name + " with every code and one repeated (" + all.size() + " entries)", set(e, f, JSON.valueToTree(all)));
                refused400(e, c, name + " with 10,000 entries", set(e, f, JSON.valueToTree(java.util.Collections.nCopies(10_000, f.codes().get(0)))));
                refused400(e, c, name + " with a repeated entry", set(e, f, JSON.valueToTree(List.of(f.codes().get(1), f.codes().get(1)))));
                refused400(e, c, name + " with a null entry", set(e, f, JSON.valueToTree(Arrays.asList(f.codes().get(1), null))));
                refused400(e, c, name + " with an empty entry", set(e, f, JSON.valueToTree(List.of(f.codes().get(1), ""))));
            }
            default -> {
            }
        }
    }

    private void controlCharacters(Endpoint e, Field f) {
        if (!f.isText() && f.kind() != Field.Kind.REF_ID) {
            return;
        }
        String c = "control-chars";
        String name = f.name();
        String[][] controls = {{"NUL \\u0000", "\u0000"}, {"BEL \\u0007", "\u0007"}, {"ESC \\u001b (an ANSI colour sequence)", "\u001b[31m"},
                {"backspace \\u0008", "\b"}, {"form feed \\u000c", "\f"}, {"vertical tab \\u000b", String.valueOf((char) 0x0b)},
                {"DEL \\u007f", "\u007f"}, {"C1 control NEL \\u0085", "\u0085"}};
        for (String[] control : controls) {
            refused400(e, c, name + " containing " + control[0], setText(e, f, "Child" + control[1] + "B"));
        }
        refused400(e, c, name + " made only of a NUL", setText(e, f, "\u0000"));
        refused400(e, c, name + " containing a lone surrogate \\ud800 (not valid Unicode)", rawValue(e, f, "\"Child \\ud800 B\""));
        refused400(e, c, name + " containing a lone low surrogate \\udc00 (not valid Unicode)", rawValue(e, f, "\"Child \\udc00 B\""));
        refused400(e, c, name + " containing two high surrogates \\ud800\\ud800 (not valid Unicode)", rawValue(e, f, "\"a\\ud800\\ud800b\""));
        add(e, c, name + " containing a right-to-left override \\u202e (observation)", e.stage(),
                setText(e, f, "Child \u202eB"), f.kind() == Field.Kind.REF_ID ? Expect.refused(400) : Expect.either());
    }

    private void injections(Endpoint e, Field f) {
        String c = "injection";
        String name = f.name();
        if (f.kind() == Field.Kind.TEXT || f.kind() == Field.Kind.TEXT_LIST) {
            for (String injection : INJECTIONS) {
                boolean fits = injection.length() <= f.maxLength();
                add(e, c, name + ": " + injection + (fits ? " (valid text: accepted verbatim)" : " (longer than the limit)"), e.stage(),
                        setText(e, f, injection), fits ? Expect.acceptedVerbatim(injection) : Expect.refused(400));
            }
        } else if (f.kind() == Field.Kind.URL) {
            for (String injection : INJECTIONS) {
                refused400(e, c, name + ": " + injection + " (not an http address)", set(e, f, JSON.valueToTree(injection)));
            }
            for (String bad : List.of("javascript:alert(1)", "ftp://lscp.example.org/report.pdf", "file:///etc/passwd", "https://",
                    "lscp.example.org/reviews", "http://exa mple.org/", "mailto:someone@example.org", "data:text/html,<script>alert(1)</script>")) {
                refused400(e, c, name + ": " + bad + " (not an http(s) address with a host)", set(e, f, JSON.valueToTree(bad)));
            }
            String withQuery = "https://lscp.example.org/search?q=%27%3B%20drop%20table%20domain_event_entry%3B%20--";
            add(e, c, name + ": a valid address whose query looks like SQL (accepted verbatim)", e.stage(),
                    set(e, f, JSON.valueToTree(withQuery)), Expect.acceptedVerbatim(withQuery));
        }
    }

    /** Cases that depend on another field's value: a decline or a returned piece of evidence needs a reason. */
    private void conditional(Endpoint e) {
        String c = "missing-or-null";
        for (String[] pair : new String[][]{{"accepted", "rationale"}, {"accepted", "comment"}}) {
            if (e.fields().stream().anyMatch(f -> f.name().equals(pair[1])) && e.fields().stream().anyMatch(f -> f.name().equals(pair[0]))) {
                refused400(e, c, pair[1] + " missing when " + pair[0] + " is false", mutate(e, (n, x) -> {
                    n.put(pair[0], false);
                    n.remove(pair[1]);
                }));
                refused400(e, c, pair[1] + " null when " + pair[0] + " is false", mutate(e, (n, x) -> {
                    n.put(pair[0], false);
                    n.putNull(pair[1]);
                }));
                refused400(e, c, pair[1] + " blank when " + pair[0] + " is false", mutate(e, (n, x) -> {
                    n.put(pair[0], false);
                    n.put(pair[1], "  ");
                }));
            }
        }
        if (e.label().endsWith("/due-date")) {
            refused400(e, "impossible-date", "dueOn equal to the current due date (2025-09-30)", mutate(e, (n, x) -> n.put("dueOn", "2025-09-30")));
        }
        if (e.label().equals("POST /rapid-reviews")) {
            refused400(e, "impossible-date", "notifiedOn the day before awareOn", mutate(e, (n, x) -> n.put("notifiedOn", "2025-03-02")));
        }
        if (e.label().endsWith("/delays")) {
            refused400(e, "impossible-date", "expectedOn the day before recordedOn", mutate(e, (n, x) -> n.put("expectedOn", "2025-04-30")));
        }
        if (e.label().endsWith("/actions")) {
            refused400(e, "impossible-date", "dueOn the day before assignedOn", mutate(e, (n, x) -> n.put("dueOn", "2025-04-02")));
        }
    }

    // --------------------------------------------------------------------------------------------------------- paths

    private void unknownIds(Endpoint e) {
        String c = "unknown-id";
        String primary = e.pathTemplate().contains("{rr}") ? "{rr}" : e.pathTemplate().contains("{pr}") ? "{pr}" : "{rec}";
        idCase(e, c, "an id nothing has been recorded with", primary, ctx -> "no-such-id", Expect.refused(404));
        idCase(e, c, "a random UUID", primary, ctx -> UUID.randomUUID().toString(), Expect.refused(404));
        idCase(e, c, "an id of 300 characters", primary, ctx -> "x".repeat(300), Expect.refused(400, 404));
        idCase(e, c, "an SQL-looking id (URL-encoded)", primary, ctx -> "%27%3B%20drop%20table%20domain_event_entry%3B%20--",
                Expect.refused(400, 404));
        idCase(e, c, "a script-looking id (URL-encoded)", primary, ctx -> "%3Cscript%3Ealert(1)%3C%2Fscript%3E", Expect.refused(400, 404));
        idCase(e, c, "an id with encoded slashes ..%2F..%2Fetc%2Fpasswd", primary, ctx -> "..%2F..%2Fetc%2Fpasswd", Expect.refused(400, 404));
        idCase(e, c, "an id of dots ..", primary, ctx -> "..", Expect.refused(400, 404));
        idCase(e, c, "an encoded NUL %00", primary, ctx -> "%00", Expect.refused(400, 404));
        idCase(e, c, "an encoded space %20", primary, ctx -> "%20", Expect.refused(400, 404));
        idCase(e, c, "a JNDI-looking id (URL-encoded)", primary, ctx -> "%24%7Bjndi%3Aldap%3A%2F%2Fx%7D", Expect.refused(400, 404));
        idCase(e, c, "an id with an encoded semicolon %3B", primary, ctx -> "abc%3Bdef", Expect.refused(400, 404));
        idCase(e, c, "an id with an encoded percent sign %25", primary, ctx -> "abc%25def", Expect.refused(400, 404));
        idCase(e, c, "an id with an encoded backslash %5C", primary, ctx -> "abc%5Cdef", Expect.refused(400, 404));
        idCase(e, c, "an id with encoded angle brackets %3Cb%3E (no slash)", primary, ctx -> "%3Cb%3Eabc", Expect.refused(400, 404));
        idCase(e, c, "an id with an encoded quote %27", primary, ctx -> "abc%27def", Expect.refused(400, 404));
        idCase(e, c, "an id with a matrix parameter ;x=1", primary, ctx -> "abc;x=1", Expect.refused(400, 404));
        switch (primary) {
            case "{rr}" -> {
                idCase(e, c, "the id of a practice review", primary, ctx -> ctx.fresh(Stage.PR_COMMISSIONED).practiceReview, Expect.refused(404));
                idCase(e, c, "the id of a recommendation", primary, ctx -> ctx.fresh(Stage.REC_MADE).recommendation, Expect.refused(404));
            }
            case "{pr}" -> {
                idCase(e, c, "the id of a rapid review", primary, ctx -> ctx.fresh(Stage.RR_NOTIFIED).rapidReview, Expect.refused(404));
                idCase(e, c, "the id of a recommendation", primary, ctx -> ctx.fresh(Stage.REC_MADE).recommendation, Expect.refused(404));
            }
            default -> {
                idCase(e, c, "the id of a rapid review", primary, ctx -> ctx.fresh(Stage.RR_NOTIFIED).rapidReview, Expect.refused(404));
                idCase(e, c, "the id of a practice review", primary, ctx -> ctx.fresh(Stage.PR_COMMISSIONED).practiceReview, Expect.refused(404));
                idCase(e, c, "the id of a submitted rapid review", primary, ctx -> ctx.fresh(Stage.RR_SUBMITTED).rapidReview, Expect.refused(404));
                idCase(e, c, "the id of a published practice review", primary, ctx -> ctx.fresh(Stage.PR_PUBLISHED).practiceReview, Expect.refused(404));
            }
        }
        if (e.pathTemplate().contains("{action}")) {
            for (String action : List.of("99", "0", "-1", "01", "1.0", "abc", "99999999999999999999999", "%20")) {
                idCase(e, c, "action id '" + action + "'", "{action}", ctx -> action, Expect.refused(400, 404));
            }
            idCase(e, c, "action 1 of an unknown recommendation", "{rec}", ctx -> "no-such-recommendation", Expect.refused(404));
            idCase(e, c, "action 1 of a recommendation that has no actions", "{rec}", ctx -> ctx.fresh(Stage.REC_ACCEPTED).recommendation,
                    Expect.refused(404));
        }
    }

    private void idCase(Endpoint e, String category, String name, String placeholder, Function<BadCase.Context, String> id, Expect expect) {
        boolean foreign = name.startsWith("the id of") || name.contains("has no actions");
        cases.add(new BadCase(e.label(), category, name, e.stage(), ctx -> {
            String value = id.apply(ctx);
            String template = e.pathTemplate().replace(placeholder, value);
            ObjectNode body = e.validBody().apply(ctx.fixture(), ctx.unique());
            return RawRequest.json(ctx.fixture().path(template), bytes(body));
        }, expect, e.resourceTemplate(), foreign));
    }

    // ------------------------------------------------------------------------------------------------------- headers

    private void headers(Endpoint e) {
        String c = "headers";
        add(e, c, "If-Match that is not a version", e.stage(), mutate(e, (n, x) -> { }).andThen(r -> r.withHeader("If-Match", "\"abc\"")),
                Expect.refused(400));
        add(e, c, "If-Match of a version that is not the current one", e.stage(),
                mutate(e, (n, x) -> { }).andThen(r -> r.withHeader("If-Match", "\"999\"")), Expect.refused(412));
        add(e, c, "If-Match of a negative version", e.stage(),
                mutate(e, (n, x) -> { }).andThen(r -> r.withHeader("If-Match", "\"-1\"")), Expect.refused(400, 412));
        add(e, c, "If-Match of a number too big for a long", e.stage(),
                mutate(e, (n, x) -> { }).andThen(r -> r.withHeader("If-Match", "\"99999999999999999999999\"")), Expect.refused(400, 412));
        add(e, c, "Idempotency-Key with spaces and quotes", e.stage(),
                mutate(e, (n, x) -> { }).andThen(r -> r.withHeader("Idempotency-Key", "key with 'quotes'")), Expect.refused(400));
        add(e, c, "Idempotency-Key of 201 characters", e.stage(),
                mutate(e, (n, x) -> { }).andThen(r -> r.withHeader("Idempotency-Key", "k".repeat(201))), Expect.refused(400));
        // Accept is negotiated before the command is sent: a write the client cannot take the answer of records nothing
        for (String accept : List.of("text/html", "application/xml", "text/csv", "application/pdf", "image/png")) {
            add(e, c, "Accept: " + accept + " (nothing this endpoint answers with)", e.stage(),
                    mutate(e, (n, x) -> { }).andThen(r -> r.withHeader("Accept", accept)), Expect.refused(406));
        }
        for (String accept : List.of("garbage", "*/*;q=x", "application/json;q=NaN", "application/json;q=2", "text/", "/json", ";q=1")) {
            add(e, c, "Accept: " + accept + " (not a media type)", e.stage(),
                    mutate(e, (n, x) -> { }).andThen(r -> r.withHeader("Accept", accept)), Expect.refused(400).naming("Accept"));
        }
        add(e, c, "Accept: text/html, application/json;q=0.5 (JSON among others: accepted)", e.stage(),
                mutate(e, (n, x) -> { }).andThen(r -> r.withHeader("Accept", "text/html, application/json;q=0.5")), Expect.accepted());
        add(e, c, "Accept: application/* (accepted)", e.stage(),
                mutate(e, (n, x) -> { }).andThen(r -> r.withHeader("Accept", "application/*")), Expect.accepted());
    }

    // ---------------------------------------------------------------------------------------------------- out of order

    /**
     * Commands the current state forbids: 409 with the reason, nothing recorded. Version 2 of the rules of evidence
     * (SPEC 3a) records what version 1 refused here (a submission with no decision recorded, a resubmission, a decision
     * revised at any time, a final report or publication with no reviewer or final report on record, a publication after
     * withholding, a reviewer or delay recorded late, a response revised): those are accepted facts now, tested in
     * RulesOfEvidenceTest and the domain's tests, and are no longer cases here.
     */
    static List<BadCase> outOfOrder(List<Endpoint> endpoints) {
        BadInputCases generator = new BadInputCases();
        java.util.Map<String, Endpoint> byPath = new java.util.HashMap<>();
        endpoints.forEach(e -> byPath.put(e.label(), e));
        Object[][] table = {
                {"a panel response before a decision", "POST /rapid-reviews/{id}/panel-response", Stage.RR_NOTIFIED, null},
                {"a panel response before the submission", "POST /rapid-reviews/{id}/panel-response", Stage.RR_DECIDED, null},
                {"a second panel response", "POST /rapid-reviews/{id}/panel-response", Stage.RR_AGREED,
                        "{\"respondedOn\":\"2025-04-11\",\"response\":\"DISAGREED\"}"},
                {"a second publication", "POST /practice-reviews/{id}/publication", Stage.PR_PUBLISHED,
                        "{\"publishedOn\":\"2025-06-21\",\"url\":\"https://lscp.example.org/reviews/again\",\"scope\":\"IMPROVEMENTS_ONLY\"}"},
                {"withholding after publication", "POST /practice-reviews/{id}/withholding", Stage.PR_PUBLISHED,
                        "{\"decidedOn\":\"2025-06-25\",\"reason\":\"too late\"}"},
                {"withholding a second time", "POST /practice-reviews/{id}/withholding", Stage.PR_WITHHELD,
                        "{\"decidedOn\":\"2025-06-25\",\"reason\":\"again\"}"},
                {"a second acceptance", "POST /recommendations/{id}/response", Stage.REC_ACCEPTED,
                        "{\"respondedOn\":\"2025-04-05\",\"accepted\":true}"},
                {"a response after closure", "POST /recommendations/{id}/response", Stage.REC_CLOSED,
                        "{\"respondedOn\":\"2025-06-25\",\"accepted\":true}"},
                {"an action before the recommendation is accepted", "POST /recommendations/{id}/actions", Stage.REC_MADE, null},
                {"an action on a declined recommendation", "POST /recommendations/{id}/actions", Stage.REC_DECLINED, null},
                {"an action on a closed recommendation", "POST /recommendations/{id}/actions", Stage.REC_CLOSED, null},
                {"evidence review with nothing pending", "POST /recommendations/{id}/actions/{a}/evidence-review", Stage.ACTION_ASSIGNED, null},
                {"evidence review of a completed action", "POST /recommendations/{id}/actions/{a}/evidence-review", Stage.ACTION_COMPLETE,
                        "{\"reviewedOn\":\"2025-06-13\",\"accepted\":true}"},
                {"evidence while evidence is awaiting review", "POST /recommendations/{id}/actions/{a}/evidence", Stage.ACTION_EVIDENCED,
                        "{\"submittedOn\":\"2025-06-11\",\"summary\":\"more\"}"},
                {"evidence for a completed action", "POST /recommendations/{id}/actions/{a}/evidence", Stage.ACTION_COMPLETE,
                        "{\"submittedOn\":\"2025-06-13\",\"summary\":\"more\"}"},
                {"progress on a completed action", "POST /recommendations/{id}/actions/{a}/progress", Stage.ACTION_COMPLETE,
                        "{\"reportedOn\":\"2025-06-13\",\"note\":\"more\"}"},
                {"a due-date revision of a completed action", "POST /recommendations/{id}/actions/{a}/due-date", Stage.ACTION_COMPLETE,
                        "{\"revisedOn\":\"2025-06-13\",\"dueOn\":\"2025-12-31\",\"reason\":\"more time\"}"},
                {"progress after closure", "POST /recommendations/{id}/actions/{a}/progress", Stage.REC_CLOSED,
                        "{\"reportedOn\":\"2025-06-25\",\"note\":\"more\"}"},
                {"closure with an open action", "POST /recommendations/{id}/closure", Stage.ACTION_ASSIGNED, null},
                {"closure with evidence awaiting review", "POST /recommendations/{id}/closure", Stage.ACTION_EVIDENCED, null},
                {"closure with no actions", "POST /recommendations/{id}/closure", Stage.REC_ACCEPTED, null},
                {"closure of a recommendation not yet accepted", "POST /recommendations/{id}/closure", Stage.REC_MADE, null},
                {"closure of a declined recommendation", "POST /recommendations/{id}/closure", Stage.REC_DECLINED, null},
                {"a second closure", "POST /recommendations/{id}/closure", Stage.REC_CLOSED,
                        "{\"closedOn\":\"2025-06-25\",\"impactStatement\":\"again\"}"},
                {"a recommendation number already used on the review", "POST /recommendations", Stage.REC_MADE, "number:1"},
        };
        for (Object[] row : table) {
            Endpoint e = byPath.get((String) row[1]);
            if (e == null) {
                throw new IllegalStateException("no endpoint " + row[1]);
            }
            String body = (String) row[3];
            Function<BadCase.Context, RawRequest> request;
            if (body == null) {
                request = generator.mutate(e, (n, x) -> { });
            } else if (body.startsWith("number:")) {
                request = generator.mutate(e, (n, x) -> n.put("number", body.substring("number:".length())));
            } else {
                request = ctx -> RawRequest.json(ctx.fixture().path(e.pathTemplate()), body);
            }
            generator.cases.add(new BadCase(e.label(), "out-of-order", (String) row[0], (Stage) row[2], request, Expect.refused(409),
                    e.resourceTemplate(), true));
        }
        return generator.cases;
    }

    // ------------------------------------------------------------------------------------------------------- helpers

    private void add(Endpoint e, String category, String name, Stage stage, Function<BadCase.Context, RawRequest> request, Expect expect) {
        cases.add(new BadCase(e.label(), category, name, stage, request, expect, e.resourceTemplate(), expect.mayWrite()));
    }

    private void refused400(Endpoint e, String category, String name, Function<BadCase.Context, RawRequest> request) {
        add(e, category, name, e.stage(), request, refused400());
    }

    private void refused400(Endpoint e, String category, String name, Function<BadCase.Context, RawRequest> request, boolean refused) {
        add(e, category, name + (refused ? "" : " (observation)"), e.stage(), request, refused ? refused400() : Expect.either());
    }

    /** A 400 that names the field being broken, when a field is. */
    private Expect refused400() {
        return breaking == null ? Expect.refused(400) : Expect.refused(400).naming(breaking);
    }

    /** A 400 that names the field and lists the valid codes. */
    private void unknownCode(Endpoint e, String category, String name, Function<BadCase.Context, RawRequest> request) {
        add(e, category, name, e.stage(), request, refused400().listingValidCodes());
    }

    private static String path(Endpoint e, BadCase.Context ctx) {
        return ctx.fixture().path(e.pathTemplate());
    }

    private Function<BadCase.Context, RawRequest> mutate(Endpoint e, BiConsumer<ObjectNode, BadCase.Context> change) {
        return ctx -> {
            ObjectNode body = e.validBody().apply(ctx.fixture(), ctx.unique());
            change.accept(body, ctx);
            return RawRequest.json(path(e, ctx), bytes(body));
        };
    }

    private Function<BadCase.Context, RawRequest> set(Endpoint e, Field f, JsonNode value) {
        return mutate(e, (n, x) -> n.set(f.name(), value.deepCopy()));
    }

    private Function<BadCase.Context, RawRequest> setWith(Endpoint e, Field f, Function<BadCase.Context, JsonNode> value) {
        return mutate(e, (n, ctx) -> n.set(f.name(), value.apply(ctx)));
    }

    /** The text as the field's value: as it is for a string field, as the only entry for a list of strings. */
    private Function<BadCase.Context, RawRequest> setText(Endpoint e, Field f, String text) {
        if (f.kind() == Field.Kind.TEXT_LIST) {
            return set(e, f, JSON.createArrayNode().add(text));
        }
        if (f.kind() == Field.Kind.URL) {
            return set(e, f, JSON.valueToTree("https://lscp.example.org/" + text));
        }
        return set(e, f, JSON.valueToTree(text));
    }

    /** The valid body as text, transformed. */
    private Function<BadCase.Context, RawRequest> raw(Endpoint e, UnaryOperator<String> transform) {
        return ctx -> RawRequest.json(path(e, ctx), transform.apply(new String(bytes(e.validBody().apply(ctx.fixture(), ctx.unique())),
                StandardCharsets.UTF_8)));
    }

    /** The valid body with one field's value replaced by raw JSON text (which may be malformed). */
    private Function<BadCase.Context, RawRequest> rawValue(Endpoint e, String field, String rawJson) {
        return ctx -> {
            ObjectNode body = e.validBody().apply(ctx.fixture(), ctx.unique());
            body.put(field, RAW);
            String text = new String(bytes(body), StandardCharsets.UTF_8);
            return RawRequest.json(path(e, ctx), text.replace("\"" + RAW + "\"", rawJson));
        };
    }

    private Function<BadCase.Context, RawRequest> rawValue(Endpoint e, Field f, String rawJsonString) {
        if (f.kind() == Field.Kind.TEXT_LIST) {
            return rawValue(e, f.name(), "[" + rawJsonString + "]");
        }
        if (f.kind() == Field.Kind.URL) {
            return rawValue(e, f.name(), "\"https://lscp.example.org/" + rawJsonString.substring(1));
        }
        return rawValue(e, f.name(), rawJsonString);
    }

    private Function<BadCase.Context, RawRequest> invalidUtf8(Endpoint e) {
        return ctx -> {
            ObjectNode body = e.validBody().apply(ctx.fixture(), ctx.unique());
            body.put(firstField(e), RAW);
            String text = new String(bytes(body), StandardCharsets.UTF_8);
            int at = text.indexOf(RAW);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
            out.writeBytes(new byte[]{'a', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, 'b'});
            out.writeBytes(text.substring(at + RAW.length()).getBytes(StandardCharsets.UTF_8));
            return RawRequest.json(path(e, ctx), out.toByteArray());
        };
    }

    /** The body as XML (lists as wrapped elements), optionally with a DOCTYPE whose entity &xxe; replaces the first text value. */
    private static RawRequest xml(Endpoint e, BadCase.Context ctx, ObjectNode body, String doctype) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        if (doctype != null) {
            xml.append(doctype);
        }
        xml.append("<request>");
        String entityField = doctype == null ? null : e.fields().stream().filter(f -> f.kind() == Field.Kind.TEXT).map(Field::name)
                .findFirst().orElse(firstField(e));
        body.fields().forEachRemaining(entry -> {
            String name = entry.getKey();
            JsonNode value = entry.getValue();
            xml.append('<').append(name).append('>');
            if (name.equals(entityField)) {
                xml.append("&xxe;");
            } else if (value.isArray()) {
                value.forEach(item -> xml.append('<').append(name).append('>').append(escapeXml(item.asText())).append("</").append(name).append('>'));
            } else {
                xml.append(escapeXml(value.asText()));
            }
            xml.append("</").append(name).append('>');
        });
        xml.append("</request>");
        return new RawRequest(path(e, ctx), xml.toString().getBytes(StandardCharsets.UTF_8), "application/xml", false, java.util.Map.of());
    }

    private static String escapeXml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private Function<BadCase.Context, RawRequest> duplicateKey(Endpoint e, boolean different) {
        return ctx -> {
            ObjectNode body = e.validBody().apply(ctx.fixture(), ctx.unique());
            String first = firstField(e);
            JsonNode value = body.get(first);
            JsonNode duplicate = different ? (value.isTextual() ? JSON.valueToTree(value.asText() + "-other") : JSON.createArrayNode()) : value;
            String text = new String(bytes(body), StandardCharsets.UTF_8);
            return RawRequest.json(path(e, ctx), "{\"" + first + "\":" + duplicate + "," + text.substring(1));
        };
    }

    private static String firstField(Endpoint e) {
        return e.fields().get(0).name();
    }

    /** A string of exactly {@code length} characters that no other case uses (for fields that must be unique). */
    private static String uniqueFill(int length) {
        String token = Fixtures.unique();
        return length <= token.length() ? token.substring(token.length() - length) : token + "x".repeat(length - token.length());
    }

    private static List<String> numbered(String prefix, int count) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(prefix + i);
        }
        return values;
    }

    static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
