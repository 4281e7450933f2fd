package uk.org.casereview.api.actionplan;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import uk.org.casereview.api.support.Api;
import uk.org.casereview.api.support.ApiTest;
import uk.org.casereview.api.support.DatabaseSnapshot;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * POST /api/v1/imports/action-plan end to end: the template, a dry run that records nothing and says what it would send
 * and what is wrong, a real import through the domain's commands (labels, English dates, refused rows beside recorded
 * ones), the same file twice, XLSX with a formula, and every kind of bad file refused with nothing recorded.
 */
class ActionPlanImportTest extends ApiTest {

    /** The columns in another order than the template's, as a partnership's own spreadsheet might have them. */
    private static final List<String> SHUFFLED = List.of("recommendation_number", "source_reference", "source_kind", "source_title",
            "source_decided_on", "recommendation_text", "themes", "made_on", "response", "responded_on", "response_rationale",
            "agency", "action_description", "owner", "assigned_on", "due_on", "original_due_on", "action_status", "completed_on",
            "evidence_summary", "closed_on", "impact_statement");

    private static String plan(String reference) {
        return String.join(",", SHUFFLED) + "\n"
                // a recommendation with two actions, by code and by label, ISO and English dates
                + "1," + reference + ",CSPR,Child T: a baby not seen,21/05/2024,Health visitors see fathers at new-birth visits,"
                + "Fathers and male carers;BABIES_AND_INFANTS,2024-11-21,ACCEPTED,05/12/2024,,Community health services,"
                + "\"Audit 50 new-birth visits, for fathers\",Head of health visiting,10/12/2024,2025-09-30,2025-03-31,In progress,,"
                + "\"=HYPERLINK(\"\"http://evil.example\"\")\",,\n"
                + "1," + reference + ",CSPR,Child T: a baby not seen,21/05/2024,,,,,,,POLICE,Brief every officer on fathers,"
                + "DI Smith,2024-12-10,2025-02-28,,COMPLETE,2025-02-20,Briefing notes for 300 officers,,\n"
                // a recommendation with no action yet
                + "2," + reference + ",CSPR,Child T: a baby not seen,21/05/2024,Schools share attendance concerns,EDUCATION_UNKNOWN_LABEL,"
                + "2024-11-21,,,,,,,,,,,,,,\n"
                // refused by the domain: due before it was assigned
                + "3," + reference + ",CSPR,Child T: a baby not seen,21/05/2024,GPs flag unseen babies,NEGLECT,2024-11-21,ACCEPTED,"
                + "2024-12-05,,PRIMARY_CARE,Flag babies not brought to appointments,Clinical lead,2025-01-10,2024-12-31,,ASSIGNED,,,,\n"
                // closed after its action is complete
                + "4," + reference + ",CSPR,Child T: a baby not seen,21/05/2024,Housing asks about babies,WHOLE_FAMILY,2024-11-21,ACCEPTED,"
                + "2024-12-05,,HOUSING,Ask about babies at tenancy visits,Tenancy manager,2024-12-10,2025-03-31,,COMPLETE,2025-03-01,"
                + "Tenancy visit form changed,2025-04-10,Babies are now asked about at every visit\n";
    }

    @Test
    void theTemplateHasExactlyTheColumnsInBothFormats() {
        Api.Response csv = api().get("/api/v1/imports/action-plan/template", "text/csv");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().strip()).isEqualTo(PlanFiles.HEADER);

        byte[] xlsx = api().getBytes("/api/v1/imports/action-plan/template", PlanFiles.XLSX);
        assertThat(PlanFiles.cells(xlsx)).containsExactly(ActionPlanColumns.ALL);
        assertThat(ActionPlanColumns.ALL).hasSize(22).startsWith("source_reference").endsWith("impact_statement");
    }

    @Test
    void aDryRunRecordsNothingAndAnswersTheCommandsAndEveryProblem() {
        awaitReadModels();
        Map<String, String> before = DatabaseSnapshot.of(jdbc);
        Api.Response dryRun = PlanFiles.upload(api(), "?dryRun=true", "text/csv", plan("CSPR-DRY-1").getBytes(StandardCharsets.UTF_8));
        assertThat(dryRun.status()).as(dryRun.toString()).isEqualTo(200);
        awaitReadModels();
        assertThat(DatabaseSnapshot.differences(before, DatabaseSnapshot.of(jdbc))).isEmpty();

        JsonNode report = dryRun.json();
        assertThat(report.path("dryRun").asBoolean()).isTrue();
        assertThat(report.path("rows").asInt()).isEqualTo(5);
        JsonNode first = row(report, 2);
        assertThat(first.path("outcome").asText()).isEqualTo("WOULD_RECORD");
        assertThat(names(first)).containsExactly("CommissionPracticeReview", "MakeRecommendation", "RespondToRecommendation",
                "AssignAction", "ReviseActionDueDate", "ReportActionProgress");
        JsonNode make = first.path("commands").get(1).path("fields");
        assertThat(make.path("themes").toString()).isEqualTo("[\"FATHERS_AND_MALE_CARERS\",\"BABIES_AND_INFANTS\"]");
        assertThat(first.path("commands").get(3).path("fields").path("dueOn").asText()).isEqualTo("2025-03-31");
        assertThat(first.path("commands").get(4).path("fields").path("dueOn").asText()).isEqualTo("2025-09-30");
        // the second row's action goes to the recommendation the first row would make
        assertThat(names(row(report, 3))).containsExactly("AssignAction", "SubmitActionEvidence", "ReviewActionEvidence");
        assertThat(row(report, 3).path("commands").get(0).path("aggregateId").asText())
                .isEqualTo(first.path("commands").get(1).path("aggregateId").asText());

        JsonNode unknownTheme = row(report, 4);
        assertThat(unknownTheme.path("outcome").asText()).isEqualTo("REFUSED");
        assertThat(unknownTheme.path("problems").get(0).path("line").asInt()).isEqualTo(4);
        assertThat(unknownTheme.path("problems").get(0).path("column").asText()).isEqualTo("themes");
        assertThat(unknownTheme.path("problems").get(0).path("message").asText()).contains("unknown themes EDUCATION_UNKNOWN_LABEL")
                .contains("NEGLECT");

        JsonNode dueBeforeAssigned = row(report, 5);
        assertThat(dueBeforeAssigned.path("outcome").asText()).isEqualTo("REFUSED");
        assertThat(dueBeforeAssigned.path("problems").get(0).path("column").asText()).isEqualTo("due_on");
        assertThat(dueBeforeAssigned.path("problems").get(0).path("message").asText()).isEqualTo("dueOn 2024-12-31 is before the action is assigned (2025-01-10)");

        assertThat(names(row(report, 6))).endsWith("CloseRecommendation");
        assertThat(report.path("refused").asInt()).isEqualTo(2);
        assertThat(api().get("/api/v1/practice-reviews?size=500").body()).doesNotContain("CSPR-DRY-1");
    }

    @Test
    void anImportRecordsTheGoodRowsReportsTheRefusedOnesAndTheSameFileTwiceRecordsNothingNew() {
        byte[] file = plan("CSPR-IMP-1").getBytes(StandardCharsets.UTF_8);
        Api.Response imported = PlanFiles.upload(api(), "", "text/csv", file);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        JsonNode report = imported.json();
        assertThat(report.path("recorded").asInt()).as(imported.toString()).isEqualTo(3);
        assertThat(report.path("refused").asInt()).isEqualTo(2);
        assertThat(row(report, 4).path("problems").get(0).path("column").asText()).isEqualTo("themes");
        assertThat(row(report, 5).path("problems").get(0).path("message").asText()).contains("dueOn");

        String recommendationId = row(report, 2).path("commands").get(1).path("aggregateId").asText();
        JsonNode recommendation = api().get("/api/v1/recommendations/" + recommendationId).json();
        assertThat(recommendation.path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(recommendation.path("sourceReference").asText()).isEqualTo("CSPR-IMP-1");
        JsonNode audit = recommendation.path("actions").get(0);
        assertThat(audit.path("agency").asText()).isEqualTo("COMMUNITY_HEALTH");
        assertThat(audit.path("dueOn").asText()).isEqualTo("2025-09-30");
        assertThat(audit.path("originalDueOn").asText()).isEqualTo("2025-03-31");
        assertThat(audit.path("status").asText()).isEqualTo("IN_PROGRESS");
        // a formula is text: stored as it was written, never evaluated
        assertThat(audit.path("progress").get(0).path("note").asText()).isEqualTo("=HYPERLINK(\"http://evil.example\")");
        assertThat(recommendation.path("actions").get(1).path("status").asText()).isEqualTo("COMPLETE");
        String closedId = row(report, 6).path("commands").get(0).path("aggregateId").asText();
        assertThat(api().get("/api/v1/recommendations/" + closedId).json().path("status").asText()).isEqualTo("CLOSED");

        long events = eventCount();
        awaitReadModels();
        Map<String, String> before = DatabaseSnapshot.of(jdbc);
        Api.Response again = PlanFiles.upload(api(), "", "text/csv", file);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().path("recorded").asInt()).as(again.toString()).isZero();
        assertThat(again.json().path("alreadyRecorded").asInt()).isEqualTo(3);
        assertThat(eventCount()).isEqualTo(events);
        awaitReadModels();
        assertThat(DatabaseSnapshot.differences(before, DatabaseSnapshot.of(jdbc))).isEmpty();

        // the refused rows corrected in a new file: only they are recorded
        String corrected = plan("CSPR-IMP-1").replace("EDUCATION_UNKNOWN_LABEL", "Safety in education").replace("2024-12-31,,ASSIGNED", "2025-12-31,,ASSIGNED");
        JsonNode fixed = PlanFiles.upload(api(), "", "text/csv", corrected.getBytes(StandardCharsets.UTF_8)).json();
        assertThat(fixed.path("recorded").asInt()).as(fixed.toString()).isEqualTo(2);
        assertThat(fixed.path("alreadyRecorded").asInt()).isEqualTo(3);
        assertThat(fixed.path("refused").asInt()).isZero();
    }

    @Test
    void anXlsxWorkbookIsReadWithItsFormulasAsTextAndItsDateCellsAsDates() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(ActionPlanColumns.ALL);
        rows.add(List.of("AUDIT-XLSX-1", "MULTI_AGENCY_AUDIT", "Audit of neglect referrals", "2025-01-15", "1",
                "Referrals say what the child's day is like", "NEGLECT;Voice of the child", "2025-02-01", "accepted", "2025-02-10", "",
                "Rewrite the referral form", "Children's social care", "Head of the front door", "date:2025-02-12", "date:2025-05-30", "",
                "ASSIGNED", "", "", "", ""));
        rows.add(List.of("AUDIT-XLSX-1", "MULTI_AGENCY_AUDIT", "Audit of neglect referrals", "2025-01-15", "2",
                "=SUM(1,2)", "NEGLECT", "2025-02-01", "", "", "", "", "", "", "", "", "", "", "", "", "", ""));
        Api.Response imported = PlanFiles.upload(api(), "", PlanFiles.XLSX, PlanFiles.xlsx(rows));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().path("recorded").asInt()).as(imported.toString()).isEqualTo(2);
        assertThat(imported.json().path("format").asText()).isEqualTo("XLSX");
        String first = row(imported.json(), 2).path("commands").get(1).path("aggregateId").asText();
        JsonNode recommendation = api().get("/api/v1/recommendations/" + first).json();
        assertThat(recommendation.path("themes").toString()).isEqualTo("[\"NEGLECT\",\"VOICE_OF_THE_CHILD\"]");
        assertThat(recommendation.path("actions").get(0).path("agency").asText()).isEqualTo("CHILDRENS_SOCIAL_CARE");
        // date cells are read as the dates they are, whatever format the sheet shows them in
        assertThat(recommendation.path("actions").get(0).path("assignedOn").asText()).isEqualTo("2025-02-12");
        assertThat(recommendation.path("actions").get(0).path("dueOn").asText()).isEqualTo("2025-05-30");
        String second = row(imported.json(), 3).path("commands").get(0).path("aggregateId").asText();
        assertThat(api().get("/api/v1/recommendations/" + second).json().path("text").asText()).isEqualTo("=SUM(1,2)");
    }

    @Test
    void aBadFileIsAProblemDetailAndRecordsNothing() throws Exception {
        byte[] good = PlanFiles.xlsx(List.of(ActionPlanColumns.ALL, List.of("CSPR-BAD-1", "CSPR", "A review", "2024-05-21", "1",
                "A recommendation", "NEGLECT", "2024-11-21")));
        String xxe = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>";
        StringBuilder tooMany = new StringBuilder(PlanFiles.HEADER).append('\n');
        for (int r = 0; r < 20_001; r++) {
            tooMany.append("CSPR-BAD-ROWS,CSPR,A review,2024-05-21,").append(r).append(",Text,NEGLECT,2024-11-21").append(",".repeat(14)).append('\n');
        }
        Map<String, Object[]> cases = new java.util.LinkedHashMap<>();
        cases.put("not CSV or XLSX", new Object[]{"application/json", "{\"rows\":[]}".getBytes(StandardCharsets.UTF_8), "CSV file"});
        cases.put("not a workbook", new Object[]{PlanFiles.XLSX, "source_reference,source_kind".getBytes(StandardCharsets.UTF_8), "XLSX"});
        cases.put("a zip bomb", new Object[]{PlanFiles.XLSX, PlanFiles.zipBomb("xl/worksheets/sheet1.xml", 200 << 20), "XLSX"});
        cases.put("an external entity", new Object[]{PlanFiles.XLSX, PlanFiles.replaceEntry(good, "xl/worksheets/sheet1.xml",
                xxe.getBytes(StandardCharsets.UTF_8)), "XLSX"});
        cases.put("not UTF-8", new Object[]{"text/csv", (PlanFiles.HEADER + "\nCSPR-BAD-2,CSPR,Caf\u00e9 review,2024-05-21,1,Text,NEGLECT,2024-11-21")
                .getBytes(StandardCharsets.ISO_8859_1), "UTF-8"});
        cases.put("no header", new Object[]{"text/csv", "CSPR-BAD-3,CSPR,A review,2024-05-21,1,Text,NEGLECT,2024-11-21\n"
                .getBytes(StandardCharsets.UTF_8), "missing: "});
        cases.put("a column missing", new Object[]{"text/csv", (PlanFiles.HEADER.replace(",impact_statement", "") + "\n")
                .getBytes(StandardCharsets.UTF_8), "missing: impact_statement"});
        cases.put("more than 20,000 rows", new Object[]{"text/csv", tooMany.toString().getBytes(StandardCharsets.UTF_8), "more than 20000 rows"});
        cases.put("an empty file", new Object[]{"text/csv", new byte[0], "empty"});

        awaitReadModels();
        Map<String, String> before = DatabaseSnapshot.of(jdbc);
        for (Map.Entry<String, Object[]> bad : cases.entrySet()) {
            Api.Response refused = PlanFiles.upload(api(), "", (String) bad.getValue()[0], (byte[]) bad.getValue()[1]);
            assertThat(refused.status()).as(bad.getKey() + ": " + refused).isEqualTo(400);
            assertThat(refused.contentType()).as(bad.getKey()).startsWith("application/problem+json");
            assertThat(refused.text("detail")).as(bad.getKey()).contains((String) bad.getValue()[2]);
            assertThat(refused.body()).as(bad.getKey()).doesNotContain("root:");
        }
        byte[] tooLarge = new byte[10 * 1024 * 1024 + 70 * 1024];
        Arrays.fill(tooLarge, (byte) 'a');
        Api.Response large = PlanFiles.upload(api(), "", "text/csv", tooLarge);
        assertThat(large.status()).as(large.toString()).isEqualTo(413);
        awaitReadModels();
        assertThat(DatabaseSnapshot.differences(before, DatabaseSnapshot.of(jdbc))).isEmpty();
    }

    @Test
    void theProgressOfAnImportComesRowByRowAsJsonLines() {
        Api api = api();
        Api.Response streamed = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/imports/action-plan"))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(plan("CSPR-STREAM-1"), StandardCharsets.UTF_8)), "application/x-ndjson");
        assertThat(streamed.status()).as(streamed.toString()).isEqualTo(200);
        assertThat(streamed.contentType()).startsWith("application/x-ndjson");
        assertThat(streamed.header("X-Rows")).isEqualTo("5");
        List<JsonNode> lines = streamed.body().lines().map(line -> {
            try {
                return new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(line, e);
            }
        }).toList();
        // each row as it is done, the closure of line 6 after the last row, then the report without its items
        assertThat(lines.stream().limit(lines.size() - 1).map(line -> line.path("line").asInt())).containsExactly(2, 3, 4, 5, 6, 6);
        assertThat(lines.get(4).path("commands").toString()).doesNotContain("CloseRecommendation");
        assertThat(lines.get(5).path("commands").toString()).contains("CloseRecommendation");
        JsonNode summary = lines.get(lines.size() - 1);
        assertThat(summary.path("rows").asInt()).isEqualTo(5);
        assertThat(summary.path("recorded").asInt()).isEqualTo(3);
        assertThat(summary.path("refused").asInt()).isEqualTo(2);
        assertThat(summary.path("items")).isEmpty();

        Api.Response bad = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/imports/action-plan"))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString("no,header\n")), "application/x-ndjson");
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.text("detail")).contains("missing: source_reference");
    }

    @Test
    void onlyARecorderImports() {
        Api.Response scrutineer = PlanFiles.upload(api("scrutineer"), "", "text/csv", plan("CSPR-ROLE-1").getBytes(StandardCharsets.UTF_8));
        assertThat(scrutineer.status()).isEqualTo(403);
        Api.Response form = form(api("recorder"), plan("CSPR-FORM-1").getBytes(StandardCharsets.UTF_8));
        assertThat(form.status()).as(form.toString()).isEqualTo(200);
        assertThat(form.json().path("recorded").asInt()).isEqualTo(3);
    }

    private static Api.Response form(Api api, byte[] file) {
        String boundary = "plan-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.csv\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/imports/action-plan"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), "application/json");
    }

    private static JsonNode row(JsonNode report, int line) {
        for (JsonNode row : report.path("items")) {
            if (row.path("line").asInt() == line) {
                return row;
            }
        }
        throw new AssertionError("no row for line " + line + " in " + report);
    }

    private static List<String> names(JsonNode row) {
        List<String> names = new ArrayList<>();
        row.path("commands").forEach(command -> names.add(command.path("command").asText()));
        return names;
    }
}
