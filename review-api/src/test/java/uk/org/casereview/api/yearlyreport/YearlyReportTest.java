package uk.org.casereview.api.yearlyreport;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import uk.org.casereview.api.support.Api;
import uk.org.casereview.api.support.ApiTest;
import uk.org.casereview.domain.yearlyreport.YearlyReportPublication;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The yearly report of SPEC 5a through the API. The 2024-25 year is shared with other tests, so its figures are checked
 * as what this test's facts add to them; the years 2016-17 to 2018-19 belong to this test alone and are checked whole.
 */
class YearlyReportTest extends ApiTest {

    private static final String NATIONAL_FIGURES = "/notifications/total,/notifications/died,/notifications/seriouslyHarmed,"
            + "/notifications/notifiedOnTime,/rapidReviews/submitted,/rapidReviews/submittedOnTime,/rapidReviews/decisions/NO_CSPR,"
            + "/rapidReviews/decisions/CSPR,/rapidReviews/panelAgreed,/practiceReviews/commissioned,"
            + "/practiceReviews/commissionedByKind/CSPR,/practiceReviews/activeAtYearEnd,/recommendations/made,"
            + "/recommendations/accepted,/recommendations/closed,/recommendations/openAtYearEnd,"
            + "/recommendations/openLongerThan12MonthsAtYearEnd,/recommendations/recordTotal,/actions/assigned,/actions/completed,"
            + "/actions/overdueAtYearEnd";

    private final String u = UUID.randomUUID().toString().substring(0, 6);

    /**
     * The shape of the 2024-25 report of the partnership's seeds: two notifications, one rapid review agreed with the
     * Panel as no CSPR, one CSPR active with eight recommendations being advanced, and a legacy SCR's ten
     * recommendations, four closed before the year, three in it and three still open (and overdue).
     */
    @Test
    void theYear2024To25OfTheSeedsShape() {
        Api api = api();
        JsonNode before = report(api, 2024);

        String noCspr = notify(api, "RR-A-" + u, "DIED", "2024-05-02", "2024-05-07");
        post(api, "/api/v1/rapid-reviews/" + noCspr + "/decision", Map.of("decidedOn", "2024-05-20", "decision", "NO_CSPR",
                "rationale", "Learning already identified"));
        post(api, "/api/v1/rapid-reviews/" + noCspr + "/submission", Map.of("submittedOn", "2024-05-21"));
        post(api, "/api/v1/rapid-reviews/" + noCspr + "/panel-response", Map.of("respondedOn", "2024-06-10", "response", "AGREED"));

        String toCspr = notify(api, "RR-B-" + u, "SERIOUSLY_HARMED", "2024-08-30", "2024-09-02");
        post(api, "/api/v1/rapid-reviews/" + toCspr + "/decision", Map.of("decidedOn", "2024-09-16", "decision", "CSPR",
                "rationale", "Criteria met"));
        post(api, "/api/v1/rapid-reviews/" + toCspr + "/submission", Map.of("submittedOn", "2024-09-18"));
        post(api, "/api/v1/rapid-reviews/" + toCspr + "/panel-response", Map.of("respondedOn", "2024-10-01", "response", "AGREED"));
        String cspr = review(api, "CSPR-" + u, "CSPR", "2024-09-16", Map.of("rapidReviewId", toCspr));
        for (int n = 1; n <= 8; n++) {
            String rec = recommendation(api, cspr, n, "2025-01-15");
            post(api, "/api/v1/recommendations/" + rec + "/response", Map.of("respondedOn", "2025-01-20", "accepted", true, "rationale", "Agreed"));
            action(api, rec, "POLICE", "2025-01-20", "2025-12-31");
        }

        String scr = review(api, "SCR-" + u, "SERIOUS_CASE_REVIEW", "2017-01-10", Map.of());
        post(api, "/api/v1/practice-reviews/" + scr + "/publication", Map.of("publishedOn", "2018-06-01",
                "url", "https://lscp.example.org/scr-" + u, "scope", "FULL"));
        for (int n = 1; n <= 10; n++) {
            String rec = recommendation(api, scr, n, "2018-07-01");
            post(api, "/api/v1/recommendations/" + rec + "/response", Map.of("respondedOn", "2018-07-10", "accepted", true, "rationale", "Agreed"));
            String a = action(api, rec, "CHILDRENS_SOCIAL_CARE", "2018-07-10", "2019-06-30");
            if (n <= 7) {
                String done = n <= 4 ? "2023-06-01" : "2024-11-01";
                complete(api, rec, a, done);
                post(api, "/api/v1/recommendations/" + rec + "/closure", Map.of("closedOn", done, "impactStatement",
                        "Impact of SCR recommendation " + n));
            }
        }

        JsonNode after = report(api, 2024);
        Map<String, Long> added = new LinkedHashMap<>();
        for (String figure : NATIONAL_FIGURES.split(",")) {
            added.put(figure, after.at(figure).asLong() - before.at(figure).asLong());
        }
        assertThat(added).containsExactlyEntriesOf(expected(
                2, 1, 1, 2, // notifications: total, died, seriously harmed, on time
                2, 2, 1, 1, 2, // rapid reviews: submitted, on time, NO_CSPR, CSPR, Panel agreed
                1, 1, 1, // practice reviews: commissioned, of which CSPR, active at year end
                8, 8, 3, 11, 3, 14, // recommendations: made, accepted, closed, open at year end (8 + 3), open > 12 months, record
                8, 3, 3)); // actions: assigned, completed, overdue at year end (the SCR's three, due June 2019)

        JsonNode reviews = after.at("/practiceReviews/reviews");
        JsonNode csprReview = find(reviews, "reference", "CSPR-" + u);
        assertThat(csprReview.path("kind").asText()).isEqualTo("CSPR");
        assertThat(csprReview.path("statusAtYearEnd").asText()).isEqualTo("COMMISSIONED");
        assertThat(csprReview.path("recommendations").asInt()).isEqualTo(8);
        assertThat(csprReview.path("recommendationsClosed").asInt()).isZero();
        assertThat(find(reviews, "reference", "SCR-" + u)).as("published in 2018: not active in 2024-25").isNull();

        JsonNode record = wholeRecord(api, 2024);
        List<String> mine = new ArrayList<>();
        record.forEach(e -> {
            if (e.path("sourceReference").asText().endsWith(u)) {
                mine.add(e.path("sourceReference").asText().replace("-" + u, "") + "/" + e.path("number").asText() + " "
                        + e.path("statusAtYearEnd").asText());
            }
        });
        assertThat(mine).containsExactly("CSPR/1 IN_PROGRESS", "CSPR/2 IN_PROGRESS", "CSPR/3 IN_PROGRESS", "CSPR/4 IN_PROGRESS", "CSPR/5 IN_PROGRESS",
                "CSPR/6 IN_PROGRESS", "CSPR/7 IN_PROGRESS", "CSPR/8 IN_PROGRESS", "SCR/5 CLOSED", "SCR/6 CLOSED", "SCR/7 CLOSED",
                "SCR/8 IN_PROGRESS", "SCR/9 IN_PROGRESS", "SCR/10 IN_PROGRESS");
        JsonNode scr5 = find(record, "impactStatement", "Impact of SCR recommendation 5");
        assertThat(scr5.path("sourceKind").asText()).isEqualTo("SERIOUS_CASE_REVIEW");
        assertThat(scr5.path("response").asText()).isEqualTo("ACCEPTED");
        assertThat(scr5.path("closedOn").asText()).isEqualTo("2024-11-01");
        assertThat(scr5.at("/actions/0/agency").asText()).isEqualTo("CHILDRENS_SOCIAL_CARE");
        assertThat(scr5.at("/actions/0/status").asText()).isEqualTo("COMPLETE");
        assertThat(scr5.at("/actions/0/completedOn").asText()).isEqualTo("2024-11-01");
        assertThat(scr5.at("/actions/0/dueDateRevisions").asInt()).isZero();

        List<String> statements = new ArrayList<>();
        after.at("/impact/statements").forEach(s -> {
            if (s.path("sourceReference").asText().endsWith(u)) {
                statements.add(s.path("number").asText() + " " + s.path("closedOn").asText());
            }
        });
        assertThat(statements).containsExactly("5 2024-11-01", "6 2024-11-01", "7 2024-11-01");
    }

    /** A decision, submission and Panel response of April about a notification of March count in April's year. */
    @Test
    void eachFactCountsInTheYearOfItsOwnDate() {
        Api api = api();
        JsonNode year2017Before = report(api, 2017);
        JsonNode year2018Before = report(api, 2018);
        String rr = notify(api, "RR-C-" + u, "DIED", "2018-03-26", "2018-03-28");
        post(api, "/api/v1/rapid-reviews/" + rr + "/decision", Map.of("decidedOn", "2018-04-03", "decision", "CSPR", "rationale", "Criteria met"));
        post(api, "/api/v1/rapid-reviews/" + rr + "/submission", Map.of("submittedOn", "2018-04-04"));
        post(api, "/api/v1/rapid-reviews/" + rr + "/panel-response", Map.of("respondedOn", "2018-04-20",
                "response", "MORE_INFORMATION_REQUESTED", "comments", "The chronology, please"));
        post(api, "/api/v1/rapid-reviews/" + rr + "/submission", Map.of("submittedOn", "2018-05-01"));
        post(api, "/api/v1/rapid-reviews/" + rr + "/panel-response", Map.of("respondedOn", "2018-05-15", "response", "AGREED"));

        JsonNode year2017 = report(api, 2017);
        assertThat(year2017.at("/notifications/total").asLong() - year2017Before.at("/notifications/total").asLong()).isEqualTo(1);
        assertThat(year2017.at("/rapidReviews/notYetSubmitted").asLong() - year2017Before.at("/rapidReviews/notYetSubmitted").asLong())
                .as("not sent by 31 March").isEqualTo(1);
        assertThat(year2017.at("/rapidReviews/decisions/CSPR").asLong()).isEqualTo(year2017Before.at("/rapidReviews/decisions/CSPR").asLong());
        assertThat(year2017.at("/rapidReviews/submitted").asLong()).isEqualTo(year2017Before.at("/rapidReviews/submitted").asLong());

        JsonNode year2018 = report(api, 2018);
        List<String> figures = List.of("/notifications/total", "/rapidReviews/total", "/rapidReviews/decisions/CSPR",
                "/rapidReviews/submitted", "/rapidReviews/submittedOnTime", "/rapidReviews/resubmitted",
                "/rapidReviews/panelMoreInformationRequested", "/rapidReviews/panelAgreed");
        Map<String, Long> added = new LinkedHashMap<>();
        for (String figure : figures) {
            added.put(figure, year2018.at(figure).asLong() - year2018Before.at(figure).asLong());
        }
        // notified in 2017-18; decided, sent (on time: due 19 April, after Easter), asked for more, sent again and agreed in 2018-19
        assertThat(added).containsExactlyEntriesOf(expected(figures, 0, 0, 1, 1, 1, 1, 1, 1));
    }

    /**
     * Every figure that version 2 added, in 2018-19 (this test's year alone, with the rapid review of the year-boundary
     * case, which may have run before it, told apart).
     */
    @Test
    void everyNewFigure() throws Exception {
        Api api = api();
        JsonNode before = report(api, 2018);
        String late = notify(api, "RR-D-" + u, "SERIOUSLY_HARMED", "2018-06-01", "2018-06-15"); // due 8 June
        post(api, "/api/v1/rapid-reviews/" + late + "/not-required", Map.of("decidedOn", "2018-06-20", "basis", "CRITERIA_NOT_MET",
                "reason", "Not abuse or neglect"));
        String slow = notify(api, "RR-E-" + u, "DIED", "2018-07-02", "2018-07-02");
        post(api, "/api/v1/rapid-reviews/" + slow + "/submission", Map.of("submittedOn", "2018-08-31")); // due 23 July

        String onTime = review(api, "P1-" + u, "CSPR", "2018-04-10", Map.of());
        publish(api, onTime, "2018-09-01");
        String delayed = review(api, "P2-" + u, "CSPR", "2018-04-11", Map.of());
        post(api, "/api/v1/practice-reviews/" + delayed + "/delays", Map.of("recordedOn", "2018-09-01", "reason", "Criminal trial"));
        publish(api, delayed, "2018-12-01");
        String lateNoReason = review(api, "P3-" + u, "CSPR", "2018-04-12", Map.of());
        publish(api, lateNoReason, "2018-12-05");
        String withheld = review(api, "P4-" + u, "CSPR", "2018-05-02", Map.of());
        post(api, "/api/v1/practice-reviews/" + withheld + "/withholding", Map.of("decidedOn", "2018-11-01", "reason", "Risk to a sibling"));
        String national = review(api, "P5-" + u, "NATIONAL_REVIEW", "2018-06-01", Map.of());
        String learning = review(api, "P6-" + u, "LEARNING_REVIEW", "2018-07-01", Map.of());
        String older = review(api, "P0-" + u, "LEARNING_REVIEW", "2017-06-01", Map.of());

        String r1 = recommendation(api, national, 1, "2018-06-10");
        respond(api, r1, "2018-06-15", true);
        String r1a = action(api, r1, "HOUSING", "2018-06-20", "2018-09-30");
        post(api, "/api/v1/recommendations/" + r1 + "/actions/" + r1a + "/due-date", Map.of("revisedOn", "2018-09-15",
                "dueOn", "2018-11-30", "reason", "Staff changes"));
        complete(api, r1, r1a, "2018-12-15");
        post(api, "/api/v1/recommendations/" + r1 + "/closure", Map.of("closedOn", "2019-01-10", "impactStatement", "Families rehoused sooner " + u));
        post(api, "/api/v1/recommendations/" + r1 + "/impact-reviews", Map.of("reviewedOn", "2019-03-01", "finding", "Still so " + u, "embedded", true));

        String r2 = recommendation(api, learning, 1, "2018-07-10");
        respond(api, r2, "2018-07-15", true);
        String cancelled = action(api, r2, "POLICE", "2018-07-20", "2019-06-30");
        String done = action(api, r2, "EDUCATION", "2018-07-20", "2019-06-30");
        post(api, "/api/v1/recommendations/" + r2 + "/actions/" + cancelled + "/cancellation", Map.of("cancelledOn", "2018-10-01",
                "reason", "Superseded"));
        complete(api, r2, done, "2018-11-01");
        post(api, "/api/v1/recommendations/" + r2 + "/closure", Map.of("closedOn", "2018-11-15", "impactStatement", "Schools trained"));
        post(api, "/api/v1/recommendations/" + r2 + "/reopening", Map.of("reopenedOn", "2019-02-01", "reason", "Audit found gaps"));

        recommendation(api, older, 1, "2017-07-01"); // never responded to: open more than 12 months at year end
        String r4 = recommendation(api, learning, 2, "2018-08-01");
        respond(api, r4, "2018-08-15", false);

        JsonNode after = report(api, 2018);
        Map<String, Long> added = new LinkedHashMap<>();
        for (String figure : List.of("/notifications/total", "/notifications/notifiedOnTime", "/notifications/notifiedLate",
                "/rapidReviews/total", "/rapidReviews/submitted", "/rapidReviews/submittedOnTime", "/rapidReviews/submittedLate",
                "/rapidReviews/notRequired", "/rapidReviews/notYetSubmitted",
                "/practiceReviews/commissioned", "/practiceReviews/commissionedByKind/CSPR",
                "/practiceReviews/commissionedByKind/LEARNING_REVIEW", "/practiceReviews/published", "/practiceReviews/publishedOnTime",
                "/practiceReviews/publishedLateWithReason", "/practiceReviews/publishedLateWithoutReason", "/practiceReviews/withheld",
                "/practiceReviews/activeAtYearEnd", "/practiceReviews/nationalReviews",
                "/recommendations/made", "/recommendations/accepted", "/recommendations/declined", "/recommendations/closed",
                "/recommendations/reopened", "/recommendations/openAtYearEnd", "/recommendations/openLongerThan12MonthsAtYearEnd",
                "/recommendations/recordTotal", "/actions/assigned", "/actions/completed", "/actions/completedLate", "/actions/cancelled",
                "/actions/dueDateRevisions", "/actions/overdueAtYearEnd")) {
            added.put(figure, after.at(figure).asLong() - before.at(figure).asLong());
        }
        assertThat(added).containsExactlyEntriesOf(expected(List.copyOf(added.keySet()),
                2, 1, 1, // notifications: D late (15 June, due 8 June), E on time
                2, 1, 0, 1, 1, 0, // rapid reviews: E sent late; D found not required; none waiting at year end
                5, 4, 1, 3, 1, 1, 1, 1, 3, 1, // practice reviews: P1-P4 CSPRs and P6; the national review P5 apart; P4, P6 and P0 active
                3, 2, 1, 2, 1, 2, 1, 4, // recommendations: R1, R2, R4 made; R1, R2 closed; R2 reopened; R2, R3 open; R3 > 12 months
                3, 2, 1, 1, 1, 0)); // actions: R1's done after its revised due date; R2's first cancelled

        JsonNode reviews = after.at("/practiceReviews/reviews");
        assertThat(find(reviews, "reference", "P4-" + u).path("statusAtYearEnd").asText()).isEqualTo("WITHHELD");
        assertThat(find(reviews, "reference", "P5-" + u).path("kind").asText()).isEqualTo("NATIONAL_REVIEW");
        assertThat(find(reviews, "reference", "P5-" + u).path("recommendationsClosed").asInt()).isEqualTo(1);
        JsonNode p1 = find(reviews, "reference", "P1-" + u);
        assertThat(p1.path("publishedOn").asText() + " " + p1.path("url").asText()).isEqualTo("2018-09-01 https://lscp.example.org/P1-" + u);
        assertThat(find(reviews, "reference", "P6-" + u).path("recommendations").asInt()).isEqualTo(2);

        JsonNode record = wholeRecord(api, 2018);
        JsonNode entry1 = find(record, "recommendationId", r1);
        assertThat(entry1.path("statusAtYearEnd").asText()).isEqualTo("CLOSED");
        assertThat(entry1.at("/actions/0/dueOn").asText() + " " + entry1.at("/actions/0/originalDueOn").asText() + " "
                + entry1.at("/actions/0/completedOn").asText() + " " + entry1.at("/actions/0/dueDateRevisions").asInt())
                .isEqualTo("2018-11-30 2018-09-30 2018-12-15 1");
        assertThat(entry1.at("/impactReviews/0/finding").asText()).isEqualTo("Still so " + u);
        assertThat(find(record, "recommendationId", r2).path("statusAtYearEnd").asText()).isEqualTo("IN_PROGRESS");
        assertThat(find(record, "recommendationId", r4).path("response").asText()).as("open for two weeks of the year").isEqualTo("DECLINED");

        assertThat(find(after.at("/impact/statements"), "recommendationId", r1).path("impactStatement").asText())
                .isEqualTo("Families rehoused sooner " + u);
        assertThat(find(after.at("/impact/reviews"), "recommendationId", r1).path("embedded").asBoolean()).isTrue();

        // the same year as a printable page, a PDF of it, and the record as CSV
        Api.Response html = api.get("/api/v1/reports/yearly/2018", "text/html");
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.body()).contains("Testshire Safeguarding Children Partnership", "Yearly report 2018-19",
                "Findings from Child Safeguarding Practice Reviews", "The record of decisions and actions", "P6-" + u,
                "Families rehoused sooner " + u, "@media print", "page-break-before");

        String pdfText = pdfText(api, "/api/v1/reports/yearly/2018");
        assertThat(pdfText).contains("Testshire Safeguarding Children Partnership", "Yearly report 2018-19",
                "Published late, with a reason recorded before the due date " + after.at("/practiceReviews/publishedLateWithReason").asLong(),
                "Notified later " + after.at("/notifications/notifiedLate").asLong(),
                "National reviews recorded for the partnership to respond to " + after.at("/practiceReviews/nationalReviews").asLong(),
                "Families rehoused sooner " + u);

        Api.Response anything = api.get("/api/v1/reports/yearly/2018", "*/*");
        assertThat(anything.status()).isEqualTo(200);
        assertThat(anything.contentType()).as("JSON unless asked otherwise").startsWith("application/json");

        Api.Response csv = api.get("/api/v1/reports/yearly/2018", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).startsWith("sourceReference,sourceKind,recommendationNumber,recommendationText,response");
        assertThat(lines.stream().filter(l -> l.startsWith("P6-" + u)).count()).as("R2's two actions and R4 without one").isEqualTo(3);
        assertThat(lines.stream().filter(l -> l.startsWith("P5-" + u)).findFirst().orElseThrow())
                .contains("HOUSING", "2018-11-30", "2018-09-30", "2018-12-15", "Families rehoused sooner " + u);
        assertThat(lines.size() - 1L).isEqualTo(csvRows(record));
    }

    /** Publication freezes the report; a correction and a fact recorded after it are named in changedSincePublication. */
    @Test
    void aPublishedReportKeepsItsFiguresAndNamesWhatChangedSince() throws Exception {
        Api api = api();
        String rr = notify(api, "RR-F-" + u, "DIED", "2016-05-03", "2016-05-03");
        post(api, "/api/v1/rapid-reviews/" + rr + "/submission", Map.of("submittedOn", "2016-05-10"));

        assertThat(api("scrutineer").post("/api/v1/reports/yearly/2016/publication", Map.of()).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/reports/yearly/2016/publication", "{\"asOf\":\"2017-03-31\",\"extra\":1}").status()).isEqualTo(400);
        Api.Response early = api.post("/api/v1/reports/yearly/2025/publication", Map.of());
        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(early.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/reports/yearly/2016?asPublished=true").status()).isEqualTo(404);

        Api keyed = api.with("Idempotency-Key", "publish-2016-" + u);
        Api.Response published = keyed.post("/api/v1/reports/yearly/2016/publication", Map.of());
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        assertThat(published.header("Location")).isEqualTo("/api/v1/reports/yearly/2016?asPublished=true");
        String sha256 = published.json().at("/published/sha256").asText();
        assertThat(published.json().at("/published/by").asText()).isEqualTo("tester");
        assertThat(published.json().path("changedSincePublication")).isEmpty();

        Api.Response frozen = api.get("/api/v1/reports/yearly/2016?asPublished=true");
        assertThat(frozen.status()).isEqualTo(200);
        assertThat(YearlyReportPublication.sha256(frozen.body())).as("the frozen JSON's SHA-256").isEqualTo(sha256);
        assertThat(frozen.json().at("/notifications/notifiedOnTime").asLong()).isGreaterThanOrEqualTo(1);
        long lateThen = frozen.json().at("/notifications/notifiedLate").asLong();
        long totalThen = frozen.json().at("/notifications/total").asLong();

        Api.Response again = keyed.post("/api/v1/reports/yearly/2016/publication", Map.of());
        assertThat(again.status()).as("the same request again: its first answer").isEqualTo(201);
        assertThat(again.json().at("/published/sha256").asText()).isEqualTo(sha256);
        Api.Response twice = api.post("/api/v1/reports/yearly/2016/publication", Map.of());
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);

        // after publication: the notification corrected (it was made on 20 May, late), and another one recorded
        Api.Response corrected = api.post("/api/v1/rapid-reviews/" + rr + "/corrections", Map.of("sequence", 0,
                "reason", "The notification was sent on 20 May", "replacement", notification("RR-F-" + u, "DIED", "2016-05-03", "2016-05-20")));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        String another = notify(api, "RR-G-" + u, "SERIOUSLY_HARMED", "2016-06-01", "2016-06-02");

        JsonNode now = report(api, 2016);
        assertThat(now.at("/published/sha256").asText()).isEqualTo(sha256);
        assertThat(now.at("/notifications/notifiedLate").asLong()).isEqualTo(lateThen + 1);
        JsonNode correction = find(now.path("changedSincePublication"), "subjectId", rr);
        assertThat(correction.path("fact").asText()).isEqualTo("RapidReviewFactCorrected");
        assertThat(correction.path("on").asText()).isEqualTo("2016-05-03");
        assertThat(correction.path("recordedBy").asText()).isEqualTo("tester");
        JsonNode late = find(correction.path("changed"), "figure", "/notifications/notifiedLate");
        assertThat(late.path("published").asText() + " to " + late.path("now").asText()).isEqualTo(lateThen + " to " + (lateThen + 1));
        JsonNode added = find(now.path("changedSincePublication"), "subjectId", another);
        assertThat(added.path("fact").asText()).isEqualTo("SeriousIncidentNotified");
        JsonNode total = find(added.path("changed"), "figure", "/notifications/total");
        assertThat(total.path("now").asLong()).isEqualTo(totalThen + 1);

        Api.Response frozenStill = api.get("/api/v1/reports/yearly/2016?asPublished=true");
        assertThat(frozenStill.body()).as("byte for byte as published").isEqualTo(frozen.body());
        assertThat(api.get("/api/v1/reports/yearly/2016", "text/html").body()).contains("Changed since publication", sha256);
    }

    // --- the facts -----------------------------------------------------------------------------------------------------

    private static Map<String, Object> notification(String reference, String outcome, String awareOn, String notifiedOn) {
        return Map.of("reference", reference, "children", List.of("Child " + reference), "outcome", outcome, "awareOn", awareOn,
                "notifiedOn", notifiedOn, "harmCategories", List.of("NEGLECT"), "themes", List.of("NEGLECT"));
    }

    private static String notify(Api api, String reference, String outcome, String awareOn, String notifiedOn) {
        return created(api, "/api/v1/rapid-reviews", notification(reference, outcome, awareOn, notifiedOn));
    }

    private static String review(Api api, String reference, String kind, String decidedOn, Map<String, String> more) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("reference", reference, "kind", kind, "title", "Review " + reference,
                "decidedOn", decidedOn, "children", List.of("Child " + reference), "themes", List.of("NEGLECT")));
        body.putAll(more);
        return created(api, "/api/v1/practice-reviews", body);
    }

    private static void publish(Api api, String review, String on) {
        Api.Response response = api.post("/api/v1/practice-reviews/" + review + "/publication", Map.of("publishedOn", on,
                "url", "https://lscp.example.org/" + api.get("/api/v1/practice-reviews/" + review).text("reference"), "scope", "FULL"));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    static String recommendation(Api api, String source, int number, String madeOn) {
        return created(api, "/api/v1/recommendations", Map.of("sourceId", source, "number", String.valueOf(number),
                "text", "Recommendation " + number + " of " + source, "themes", List.of("NEGLECT"), "madeOn", madeOn));
    }

    private static void respond(Api api, String rec, String on, boolean accepted) {
        post(api, "/api/v1/recommendations/" + rec + "/response", Map.of("respondedOn", on, "accepted", accepted, "rationale", "Considered"));
    }

    private static String action(Api api, String rec, String agency, String assignedOn, String dueOn) {
        Api.Response response = api.post("/api/v1/recommendations/" + rec + "/actions", Map.of("description", "Act on it", "agency", agency,
                "owner", "Head of service", "assignedOn", assignedOn, "dueOn", dueOn));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("actionId");
    }

    private static void complete(Api api, String rec, String action, String on) {
        String path = "/api/v1/recommendations/" + rec + "/actions/" + action;
        post(api, path + "/evidence", Map.of("submittedOn", on, "summary", "Done"));
        post(api, path + "/evidence-review", Map.of("reviewedOn", on, "accepted", true));
    }

    static String created(Api api, String path, Object body) {
        Api.Response response = api.post(path, body);
        assertThat(response.status()).as(path + " " + response).isEqualTo(201);
        return response.text("id");
    }

    static void post(Api api, String path, Object body) {
        Api.Response response = api.post(path, body);
        assertThat(response.status()).as(path + " " + response).isEqualTo(200);
    }

    // --- reading the report --------------------------------------------------------------------------------------------

    static JsonNode report(Api api, int year) {
        Api.Response response = api.get("/api/v1/reports/yearly/" + year);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /** Every entry of the year's record, page by page. */
    private static JsonNode wholeRecord(Api api, int year) {
        com.fasterxml.jackson.databind.node.ArrayNode all = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        for (int page = 0; ; page++) {
            JsonNode recommendations = api.get("/api/v1/reports/yearly/" + year + "?recordSize=50&recordPage=" + page).json()
                    .path("recommendations");
            recommendations.path("record").forEach(all::add);
            if ((page + 1) * 50L >= recommendations.path("recordTotal").asLong()) {
                return all;
            }
        }
    }

    private static long csvRows(JsonNode record) {
        long rows = 0;
        for (JsonNode entry : record) {
            rows += Math.max(1, entry.path("actions").size());
        }
        return rows;
    }

    private static JsonNode find(JsonNode list, String field, String value) {
        for (JsonNode item : list) {
            if (item.path(field).asText().equals(value)) {
                return item;
            }
        }
        return null;
    }

    private static Map<String, Long> expected(long... values) {
        return expected(List.of(NATIONAL_FIGURES.split(",")), values);
    }

    private static Map<String, Long> expected(List<String> figures, long... values) {
        assertThat(values).hasSize(figures.size());
        Map<String, Long> expected = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            expected.put(figures.get(i), values[i]);
        }
        return expected;
    }

    private String pdfText(Api api, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api.base() + path)).header("Accept", "application/pdf")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("tester:tester-secret".getBytes())).GET().build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            assertThat(pdf.getDocumentCatalog().getMarkInfo() != null && pdf.getDocumentCatalog().getMarkInfo().isMarked())
                    .as("a tagged PDF").isTrue();
            assertThat(pdf.getDocumentInformation().getTitle()).contains("yearly report 2018-19");
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }
}
