package uk.org.casereview.api.readmodels;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.org.casereview.api.support.Api;
import uk.org.casereview.api.support.ApiTest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every read endpoint end to end over HTTP, on the data set of {@link ReadModelData} recorded through the write
 * endpoints. The database is shared with the other ApiTest classes: lists are filtered by this data set's sources or
 * ids, and the report-like endpoints are compared with what they answered before the data set was recorded.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadEndpointsTest extends ApiTest {

    private static final List<String> AGENCIES = List.of("CHILDRENS_SOCIAL_CARE", "POLICE", "INTEGRATED_CARE_BOARD",
            "ACUTE_HOSPITAL", "COMMUNITY_HEALTH", "MENTAL_HEALTH", "PRIMARY_CARE", "EDUCATION", "EARLY_YEARS", "PROBATION",
            "YOUTH_JUSTICE", "HOUSING", "DISTRICT_COUNCIL", "VOLUNTARY_SECTOR", "PARTNERSHIP");
    private static final List<String> THEMES = List.of("NEGLECT", "CHILD_EXPLOITATION", "SAFETY_IN_EDUCATION", "MENTAL_HEALTH",
            "DOMESTIC_ABUSE", "WHOLE_FAMILY", "FATHERS_AND_MALE_CARERS", "BABIES_AND_INFANTS", "ADOLESCENTS",
            "ELECTIVE_HOME_EDUCATION", "INFORMATION_SHARING", "PROFESSIONAL_CURIOSITY", "CHILD_SEXUAL_ABUSE", "ONLINE_HARM",
            "VOICE_OF_THE_CHILD", "EARLY_HELP", "TRAUMA_INFORMED_PRACTICE", "PLACEMENT_SUFFICIENCY", "DISABILITY",
            "RACE_CULTURE_AND_INEQUALITY");

    private static final String THEMES_LAST_YEAR = "/api/v1/learning-themes?from=2024-04-01&to=2025-03-31";
    private static final String THEMES_THIS_YEAR = "/api/v1/learning-themes?from=2025-04-01&to=2025-06-30";
    private static final String TIMELINESS = "/api/v1/statutory-timeliness?from=2024-05-01&to=2025-07-31";
    private static final String REPORT_2024 = "/api/v1/reports/yearly/2024";
    private static final String REPORT_2025 = "/api/v1/reports/yearly/2025";

    private ReadModelData data;
    private final Map<String, JsonNode> before = new LinkedHashMap<>();
    private final Map<String, JsonNode> after = new LinkedHashMap<>();

    @BeforeAll
    void recordTheDataSet() {
        for (String path : List.of(THEMES_LAST_YEAR, THEMES_THIS_YEAR, TIMELINESS, REPORT_2024, REPORT_2025)) {
            before.put(path, get(path));
        }
        data = new ReadModelData(api()).record();
        for (String path : before.keySet()) {
            after.put(path, get(path));
        }
    }

    private JsonNode get(String path) {
        Api.Response response = api().get(path);
        assertThat(response.status()).as("GET " + path + ": " + response).isEqualTo(200);
        assertThat(response.contentType()).as("GET " + path).startsWith("application/json");
        return response.json();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(field == null ? node.asText(null) : node.path(field).asText(null)));
        return values;
    }

    /** The records of a CSV text, each a list of its fields (quotes removed). */
    private static List<List<String>> csvRecords(String text) {
        try (com.fasterxml.jackson.databind.MappingIterator<List<String>> records = new com.fasterxml.jackson.dataformat.csv.CsvMapper()
                .enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
                .readerForListOf(String.class).readValues(text)) {
            return records.readAll();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> entries(JsonNode timeline) {
        List<String> lines = new ArrayList<>();
        for (JsonNode entry : timeline.path("entries")) {
            lines.add(entry.path("on").asText() + " " + entry.path("entry").asText()
                    + (entry.path("milestone").isNull() || entry.path("milestone").isMissingNode() ? "" : " " + entry.path("milestone").asText())
                    + (entry.path("state").isNull() || entry.path("state").isMissingNode() ? "" : " " + entry.path("state").asText()));
        }
        return lines;
    }

    private static void assertFactsSayWhoRecordedThem(JsonNode timeline) {
        for (JsonNode entry : timeline.path("entries")) {
            if (entry.path("entry").asText().equals("FACT")) {
                assertThat(entry.path("recordedBy").asText("")).as("recordedBy of " + entry).isNotBlank();
                assertThat(entry.path("recordedAt").asText("")).as("recordedAt of " + entry).isNotBlank();
            } else {
                assertThat(entry.path("recordedBy").isNull() || entry.path("recordedBy").isMissingNode()).as(entry.toString()).isTrue();
            }
        }
    }

    // timelines

    @Test
    void rapidReviewTimeline() {
        JsonNode timeline = get("/api/v1/rapid-reviews/" + data.rr() + "/timeline");
        assertThat(timeline.path("id").asText()).isEqualTo(data.rr());
        assertThat(timeline.path("reference").asText()).isEqualTo("RR-" + data.run);
        assertThat(timeline.path("asOf").asText()).isEqualTo(TODAY);
        assertThat(entries(timeline)).containsExactly(
                "2024-05-07 FACT",
                "2024-05-10 MILESTONE NOTIFICATION MET",
                "2024-05-14 FACT",
                "2024-05-21 FACT",
                "2024-05-24 FACT",
                "2024-05-29 MILESTONE RAPID_REVIEW MET",
                "2024-06-14 FACT",
                "2024-06-20 FACT",
                "2024-06-21 FACT",
                "2024-07-05 FACT",
                "2024-07-12 MILESTONE PANEL_RESPONSE MET");
        assertFactsSayWhoRecordedThem(timeline);
        assertThat(texts(timeline.path("entries"), "what").get(7)).isEqualTo("Decision revised: cspr. Revised after the Panel's response");
        assertThat(texts(timeline.path("entries"), "what").get(6)).isEqualTo("The National Panel responded: disagreed. A local CSPR is needed");

        // as of a date: what had happened by then
        JsonNode june = get("/api/v1/rapid-reviews/" + data.rr() + "/timeline?asOf=2024-06-15");
        assertThat(june.path("asOf").asText()).isEqualTo("2024-06-15");
        assertThat(entries(june)).containsExactly("2024-05-07 FACT", "2024-05-10 MILESTONE NOTIFICATION MET", "2024-05-14 FACT",
                "2024-05-21 FACT", "2024-05-24 FACT", "2024-05-29 MILESTONE RAPID_REVIEW MET", "2024-06-14 FACT",
                "2024-06-17 MILESTONE PANEL_RESPONSE MET");
        assertThat(api().get("/api/v1/rapid-reviews/" + data.rr() + "/timeline?asOf=2024-05-06").status()).isEqualTo(404);
        assertThat(api().get("/api/v1/rapid-reviews/no-such-review/timeline").status()).isEqualTo(404);
    }

    @Test
    void practiceReviewTimeline() {
        JsonNode timeline = get("/api/v1/practice-reviews/" + data.cspr() + "/timeline");
        assertThat(timeline.path("reference").asText()).isEqualTo("CSPR-" + data.run);
        assertThat(entries(timeline)).containsExactly(
                "2024-06-20 FACT",
                "2024-07-01 FACT",
                "2024-11-01 FACT",
                "2024-12-20 MILESTONE PUBLICATION MISSED",
                "2025-02-20 FACT",
                "2025-02-20 MILESTONE FINAL_REPORT MET",
                "2025-03-03 FACT");
        assertFactsSayWhoRecordedThem(timeline);
        assertThat(texts(timeline.path("entries"), "what").get(2)).isEqualTo("Publication delayed: Criminal trial (expected 2025-03-03).");

        // a delay never moves a due date (SPEC 3a): publication due 20 Dec 2024, final report 11 Dec while unpublished
        JsonNode october = get("/api/v1/practice-reviews/" + data.cspr() + "/timeline?asOf=2024-10-31");
        assertThat(entries(october)).containsExactly("2024-06-20 FACT", "2024-07-01 FACT",
                "2024-12-11 MILESTONE FINAL_REPORT DUE", "2024-12-20 MILESTONE PUBLICATION DUE");

        JsonNode overdue = get("/api/v1/practice-reviews/" + data.cspr2() + "/timeline");
        assertThat(entries(overdue)).containsExactly("2024-10-01 FACT", "2025-03-21 MILESTONE FINAL_REPORT OVERDUE",
                "2025-04-01 MILESTONE PUBLICATION OVERDUE");
    }

    @Test
    void recommendationTimeline() {
        JsonNode timeline = get("/api/v1/recommendations/" + data.rec("a") + "/timeline");
        assertThat(timeline.path("reference").asText()).isEqualTo("CSPR-" + data.run + " recommendation 1");
        assertThat(entries(timeline)).containsExactly(
                "2025-03-03 FACT",
                "2025-03-10 FACT",
                "2025-03-12 FACT",
                "2025-03-12 FACT",
                "2025-04-30 MILESTONE OVERDUE",
                "2025-05-20 FACT",
                "2025-07-15 MILESTONE DUE");
        assertFactsSayWhoRecordedThem(timeline);
        List<String> what = texts(timeline.path("entries"), "what");
        assertThat(what.get(4)).isEqualTo("Action 1 (Police) due: overdue by 61 days");
        assertThat(what.get(5)).isEqualTo("Action 2 due date revised from 2025-05-15 to 2025-07-15: Waiting for the new records system");
        assertThat(what.get(6)).isEqualTo("Action 2 (Education) due: due within 28 days");

        // on 18 May both actions were overdue, the second on its original date
        JsonNode may = get("/api/v1/recommendations/" + data.rec("a") + "/timeline?asOf=2025-05-18");
        assertThat(entries(may)).containsExactly("2025-03-03 FACT", "2025-03-10 FACT", "2025-03-12 FACT", "2025-03-12 FACT",
                "2025-04-30 MILESTONE OVERDUE", "2025-05-15 MILESTONE OVERDUE");
        assertThat(texts(may.path("entries"), "what").get(5)).isEqualTo("Action 2 (Education) due: overdue by 3 days");

        JsonNode declined = get("/api/v1/recommendations/" + data.rec("b") + "/timeline");
        assertThat(texts(declined.path("entries"), "what")).containsExactly("Recommendation 2 made: Recommendation 2 of " + data.run,
                "Declined by the partnership: The neglect strategy already covers this");
        assertThat(api().get("/api/v1/recommendations/" + data.rec("e") + "/timeline?asOf=2025-05-31").status()).isEqualTo(404);
    }

    // recommendations

    private List<String> recommendations(String query) {
        JsonNode page = get("/api/v1/recommendations?" + query);
        List<String> ids = texts(page.path("items"), "id");
        assertThat(page.path("total").asLong()).as("total of " + query).isEqualTo(ids.size());
        return ids;
    }

    private List<String> ids(String... keys) {
        return Arrays.stream(keys).map(data::rec).toList();
    }

    @Test
    void recommendationView() {
        JsonNode view = get("/api/v1/recommendations/" + data.rec("a"));
        assertThat(view.path("id").asText()).isEqualTo(data.rec("a"));
        assertThat(view.path("sourceId").asText()).isEqualTo(data.cspr());
        assertThat(view.path("sourceReference").asText()).isEqualTo("CSPR-" + data.run);
        assertThat(view.path("number").asText()).isEqualTo("1");
        assertThat(view.path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(view.path("rag").asText()).isEqualTo("RED");
        assertThat(texts(view.path("themes"), null)).hasSize(2);
        assertThat(view.path("themes").toString()).isEqualTo("[\"FATHERS_AND_MALE_CARERS\",\"NEGLECT\"]");
        JsonNode first = view.path("actions").get(0);
        assertThat(first.path("actionId").asText()).isEqualTo("1");
        assertThat(first.path("agency").asText()).isEqualTo("POLICE");
        assertThat(first.path("owner").asText()).isEqualTo("Lead of POLICE");
        assertThat(first.path("dueOn").asText()).isEqualTo("2025-04-30");
        assertThat(first.path("originalDueOn").asText()).isEqualTo("2025-04-30");
        assertThat(first.path("status").asText()).isEqualTo("ASSIGNED");
        assertThat(first.path("rag").asText()).isEqualTo("RED");
        JsonNode second = view.path("actions").get(1);
        assertThat(second.path("dueOn").asText()).isEqualTo("2025-07-15");
        assertThat(second.path("originalDueOn").asText()).isEqualTo("2025-05-15");
        assertThat(second.path("rag").asText()).isEqualTo("AMBER");

        // on 18 May the revision (20 May) had not been made
        JsonNode may = get("/api/v1/recommendations/" + data.rec("a") + "?asOf=2025-05-18");
        assertThat(may.path("actions").get(1).path("dueOn").asText()).isEqualTo("2025-05-15");
        assertThat(may.path("actions").get(1).path("rag").asText()).isEqualTo("RED");

        JsonNode d = get("/api/v1/recommendations/" + data.rec("d") + "?asOf=2025-05-13");
        assertThat(d.path("actions").get(0).path("status").asText()).as("evidence returned on 12 May").isEqualTo("IN_PROGRESS");
        assertThat(get("/api/v1/recommendations/" + data.rec("d") + "?asOf=2025-05-21").path("actions").get(0).path("rag").asText())
                .as("evidence accepted only on 22 May").isEqualTo("RED");
        assertThat(get("/api/v1/recommendations/" + data.rec("d")).path("status").asText()).isEqualTo("CLOSED");
        assertThat(get("/api/v1/recommendations/" + data.rec("b")).path("status").asText()).isEqualTo("DECLINED");
    }

    @Test
    void recommendationsFilteredBySourceAgencyThemeStatusAndRag() {
        String cspr = "sourceId=" + data.cspr() + "&size=500";
        // most recently made first, then by number
        assertThat(recommendations(cspr)).containsExactlyElementsOf(ids("e", "a", "b", "c", "d", "g"));
        assertThat(recommendations("sourceId=" + data.rr())).containsExactlyElementsOf(ids("f"));
        assertThat(recommendations("sourceId=no-such-review")).isEmpty();

        assertThat(recommendations(cspr + "&agency=POLICE")).containsExactlyElementsOf(ids("a"));
        assertThat(recommendations(cspr + "&agency=HOUSING")).containsExactlyElementsOf(ids("c"));
        assertThat(recommendations(cspr + "&agency=EARLY_YEARS")).containsExactlyElementsOf(ids("g"));
        assertThat(recommendations(cspr + "&agency=PROBATION")).isEmpty();

        assertThat(recommendations(cspr + "&theme=NEGLECT")).containsExactlyElementsOf(ids("a", "b"));
        assertThat(recommendations(cspr + "&theme=ONLINE_HARM")).containsExactlyElementsOf(ids("c"));
        assertThat(recommendations(cspr + "&theme=DISABILITY")).isEmpty();

        assertThat(recommendations(cspr + "&status=MADE")).containsExactlyElementsOf(ids("e"));
        assertThat(recommendations(cspr + "&status=ACCEPTED")).isEmpty();
        assertThat(recommendations(cspr + "&status=DECLINED")).containsExactlyElementsOf(ids("b"));
        assertThat(recommendations(cspr + "&status=IN_PROGRESS")).containsExactlyElementsOf(ids("a", "c", "g"));
        assertThat(recommendations(cspr + "&status=ACTIONS_COMPLETE")).isEmpty();
        assertThat(recommendations(cspr + "&status=CLOSED")).containsExactlyElementsOf(ids("d"));

        assertThat(recommendations(cspr + "&rag=RED")).containsExactlyElementsOf(ids("a"));
        assertThat(recommendations(cspr + "&rag=AMBER")).containsExactlyElementsOf(ids("g"));
        assertThat(recommendations(cspr + "&rag=GREEN")).containsExactlyElementsOf(ids("c"));
        assertThat(recommendations(cspr + "&rag=COMPLETE")).containsExactlyElementsOf(ids("d"));
        assertThat(recommendations("sourceId=" + data.rr() + "&rag=RED&theme=INFORMATION_SHARING&agency=PRIMARY_CARE&status=IN_PROGRESS"))
                .containsExactlyElementsOf(ids("f"));

        // without a source: this data set's red recommendations are among all the red ones
        JsonNode red = get("/api/v1/recommendations?rag=RED&size=500");
        assertThat(texts(red.path("items"), "id")).contains(data.rec("a"), data.rec("f")).doesNotContain(data.rec("c"));
        assertThat(texts(red.path("items"), "rag")).containsOnly("RED");
    }

    @Test
    void recommendationsAsOfADate() {
        String cspr = "sourceId=" + data.cspr() + "&size=500";
        // on 5 March 2025: made on 3 March, not yet responded to; e (1 June) not yet made
        JsonNode march = get("/api/v1/recommendations?" + cspr + "&asOf=2025-03-05");
        assertThat(texts(march.path("items"), "id")).containsExactlyElementsOf(ids("a", "b", "c", "d", "g"));
        assertThat(texts(march.path("items"), "status")).containsOnly("MADE");
        assertThat(march.path("items").get(0).path("asOf").asText()).isEqualTo("2025-03-05");
        assertThat(recommendations(cspr + "&asOf=2025-03-02")).isEmpty();

        // 10 April: a's first action due 30 April is within 28 days; d (due 15 May) and g green
        assertThat(recommendations(cspr + "&asOf=2025-04-10&rag=RED")).isEmpty();
        assertThat(recommendations(cspr + "&asOf=2025-04-10&rag=AMBER")).containsExactlyElementsOf(ids("a"));
        assertThat(recommendations(cspr + "&asOf=2025-04-10&rag=GREEN")).containsExactlyElementsOf(ids("c", "d", "g"));
        assertThat(recommendations(cspr + "&asOf=2025-04-10&rag=COMPLETE")).isEmpty();
        // 18 May: a overdue (both actions), d overdue (evidence returned, accepted only on 22 May)
        assertThat(recommendations(cspr + "&asOf=2025-05-18&rag=RED")).containsExactlyElementsOf(ids("a", "d"));
        assertThat(recommendations(cspr + "&asOf=2025-05-25&status=ACTIONS_COMPLETE")).containsExactlyElementsOf(ids("d"));
        assertThat(recommendations(cspr + "&asOf=2025-05-25&rag=COMPLETE")).containsExactlyElementsOf(ids("d"));
        assertThat(recommendations(cspr + "&asOf=2025-06-01&status=CLOSED")).isEmpty();
        assertThat(recommendations(cspr + "&asOf=2025-06-02&status=CLOSED")).containsExactlyElementsOf(ids("d"));
        // an agency counts from the day its action was assigned
        assertThat(recommendations(cspr + "&asOf=2025-03-11&agency=POLICE")).isEmpty();
        assertThat(recommendations(cspr + "&asOf=2025-03-12&agency=POLICE")).containsExactlyElementsOf(ids("a"));
    }

    @Test
    void recommendationsPageBySize() {
        JsonNode second = get("/api/v1/recommendations?sourceId=" + data.cspr() + "&page=1&size=2");
        assertThat(texts(second.path("items"), "id")).containsExactlyElementsOf(ids("b", "c"));
        assertThat(second.path("total").asLong()).isEqualTo(6);
        assertThat(second.path("page").asInt()).isEqualTo(1);
        assertThat(second.path("size").asInt()).isEqualTo(2);
        JsonNode last = get("/api/v1/recommendations?sourceId=" + data.cspr() + "&page=2&size=2");
        assertThat(texts(last.path("items"), "id")).containsExactlyElementsOf(ids("d", "g"));
        assertThat(get("/api/v1/recommendations?sourceId=" + data.cspr() + "&page=3&size=2").path("items")).isEmpty();
        assertThat(get("/api/v1/recommendations?sourceId=" + data.cspr()).path("size").asInt()).as("default size").isEqualTo(20);
    }

    // overdue actions

    private List<JsonNode> mine(JsonNode overdue) {
        List<String> recommendations = new ArrayList<>(data.ids.values());
        return StreamSupport.stream(overdue.path("items").spliterator(), false)
                .filter(item -> recommendations.contains(item.path("recommendationId").asText())).toList();
    }

    private static List<String> keys(List<JsonNode> items) {
        return items.stream().map(i -> i.path("recommendationNumber").asText() + "/" + i.path("actionId").asText() + " "
                + i.path("sourceReference").asText() + " " + i.path("daysOverdue").asLong()).toList();
    }

    @Test
    void overdueActionsAsJson() {
        JsonNode overdue = get("/api/v1/overdue-actions");
        assertThat(overdue.path("asOf").asText()).isEqualTo(TODAY);
        assertThat(overdue.path("total").asLong()).isGreaterThanOrEqualTo(2).isEqualTo(overdue.path("items").size());
        List<JsonNode> days = StreamSupport.stream(overdue.path("items").spliterator(), false).toList();
        assertThat(days).extracting(i -> i.path("daysOverdue").asLong()).as("most overdue first")
                .isSortedAccordingTo((x, y) -> Long.compare(y, x));
        assertThat(keys(mine(overdue))).containsExactly("1/1 RR-" + data.run + " 150", "1/1 CSPR-" + data.run + " 61");

        JsonNode police = mine(overdue).get(1);
        assertThat(police.path("recommendationId").asText()).isEqualTo(data.rec("a"));
        assertThat(police.path("description").asText()).isEqualTo("Brief officers on fathers in the household");
        assertThat(police.path("agency").asText()).isEqualTo("POLICE");
        assertThat(police.path("owner").asText()).isEqualTo("Lead of POLICE");
        assertThat(police.path("dueOn").asText()).isEqualTo("2025-04-30");
        assertThat(police.path("originalDueOn").asText()).isEqualTo("2025-04-30");
        assertThat(police.path("themes").toString()).isEqualTo("[\"FATHERS_AND_MALE_CARERS\",\"NEGLECT\"]");
        Iterator<String> fields = police.fieldNames();
        List<String> names = new ArrayList<>();
        fields.forEachRemaining(names::add);
        assertThat(names).contains("recommendationId", "sourceReference", "recommendationNumber", "actionId", "description",
                "agency", "owner", "dueOn", "originalDueOn", "daysOverdue", "themes");

        // filters
        assertThat(keys(mine(get("/api/v1/overdue-actions?agency=POLICE")))).containsExactly("1/1 CSPR-" + data.run + " 61");
        assertThat(keys(mine(get("/api/v1/overdue-actions?theme=INFORMATION_SHARING")))).containsExactly("1/1 RR-" + data.run + " 150");
        assertThat(keys(mine(get("/api/v1/overdue-actions?agency=PRIMARY_CARE&theme=INFORMATION_SHARING"))))
                .containsExactly("1/1 RR-" + data.run + " 150");
        assertThat(mine(get("/api/v1/overdue-actions?agency=POLICE&theme=INFORMATION_SHARING"))).isEmpty();
        assertThat(get("/api/v1/overdue-actions?agency=POLICE").path("items")).allSatisfy(i -> assertThat(i.path("agency").asText()).isEqualTo("POLICE"));
    }

    @Test
    void overdueActionsAsOfADate() {
        // 18 May 2025: f's action 107 days (31 Jan), a's first 18 days (30 April), a's second and d's 3 days (15 May;
        // a's revised only on 20 May, d's evidence accepted only on 22 May)
        JsonNode may = get("/api/v1/overdue-actions?asOf=2025-05-18");
        assertThat(may.path("asOf").asText()).isEqualTo("2025-05-18");
        List<String> keys = keys(mine(may));
        assertThat(keys.subList(0, 2)).containsExactly("1/1 RR-" + data.run + " 107", "1/1 CSPR-" + data.run + " 18");
        assertThat(keys.subList(2, 4)).containsExactlyInAnyOrder("1/2 CSPR-" + data.run + " 3", "4/1 CSPR-" + data.run + " 3");
        JsonNode revisedLater = mine(may).stream().filter(i -> i.path("actionId").asText().equals("2")).findFirst().orElseThrow();
        assertThat(revisedLater.path("dueOn").asText()).isEqualTo("2025-05-15");
        assertThat(revisedLater.path("originalDueOn").asText()).isEqualTo("2025-05-15");
        assertThat(mine(get("/api/v1/overdue-actions?asOf=2025-01-31"))).isEmpty();

        // pages
        JsonNode all = get("/api/v1/overdue-actions?asOf=2025-05-18&size=1000");
        JsonNode page = get("/api/v1/overdue-actions?asOf=2025-05-18&page=1&size=1");
        assertThat(page.path("items")).hasSize(1);
        assertThat(page.path("total").asLong()).isEqualTo(all.path("total").asLong());
        assertThat(page.path("items").get(0)).isEqualTo(all.path("items").get(1));
    }

    @Test
    void overdueActionsAsCsv() {
        Api.Response csv = api().get("/api/v1/overdue-actions?agency=POLICE", "text/csv");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"overdue-actions-" + TODAY + ".csv\"");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo(
                "recommendationId,sourceReference,recommendationNumber,actionId,description,agency,owner,dueOn,originalDueOn,daysOverdue,themes");
        JsonNode json = get("/api/v1/overdue-actions?agency=POLICE&size=1000");
        assertThat(lines).as("a header and one line per overdue action").hasSize(1 + (int) json.path("total").asLong());
        List<List<String>> records = csvRecords(csv.body());
        assertThat(records).hasSize(lines.size());
        assertThat(records.subList(1, records.size())).extracting(r -> r.get(0))
                .as("the same actions in the same order as the JSON").containsExactlyElementsOf(texts(json.path("items"), "recommendationId"));
        assertThat(records).contains(List.of(data.rec("a"), "CSPR-" + data.run, "1", "1", "Brief officers on fathers in the household",
                "POLICE", "Lead of POLICE", "2025-04-30", "2025-04-30", "61", "FATHERS_AND_MALE_CARERS;NEGLECT"));

        Api.Response may = api().get("/api/v1/overdue-actions?asOf=2025-05-18&theme=MENTAL_HEALTH", "text/csv");
        assertThat(may.header("Content-Disposition")).contains("overdue-actions-2025-05-18.csv");
        assertThat(csvRecords(may.body())).contains(List.of(data.rec("d"), "CSPR-" + data.run, "4", "1",
                "Joint assessments with children's services", "MENTAL_HEALTH", "Lead of MENTAL_HEALTH", "2025-05-15", "2025-05-15", "3",
                "MENTAL_HEALTH"));
    }

    // learning themes, timeliness, yearly report: what this data set added

    private static JsonNode theme(JsonNode themes, String code) {
        for (JsonNode theme : themes.path("themes")) {
            if (theme.path("theme").asText().equals(code)) {
                return theme;
            }
        }
        throw new AssertionError("no theme " + code + " in " + themes);
    }

    private String themeDelta(String path, String code) {
        JsonNode was = theme(before.get(path), code);
        JsonNode now = theme(after.get(path), code);
        return "reviews +" + (now.path("reviews").size() - was.path("reviews").size())
                + ", recommendations +" + (now.path("recommendations").asLong() - was.path("recommendations").asLong())
                + ", open +" + (now.path("open").asLong() - was.path("open").asLong())
                + ", overdue +" + (now.path("overdue").asLong() - was.path("overdue").asLong())
                + ", closed +" + (now.path("closed").asLong() - was.path("closed").asLong());
    }

    @Test
    void learningThemes() {
        JsonNode lastYear = after.get(THEMES_LAST_YEAR);
        assertThat(lastYear.path("from").asText()).isEqualTo("2024-04-01");
        assertThat(lastYear.path("to").asText()).isEqualTo("2025-03-31");
        assertThat(texts(lastYear.path("themes"), "theme")).containsExactlyInAnyOrderElementsOf(THEMES);
        assertThat(texts(theme(lastYear, "NEGLECT").path("reviews"), "reference"))
                .contains("RR-" + data.run, "CSPR-" + data.run, "CSPR2-" + data.run);
        assertThat(texts(theme(lastYear, "ADOLESCENTS").path("reviews"), "reference")).doesNotContain("RR2-" + data.run);

        // 2024-25, as of 31 March 2025: made then a, b (NEGLECT), c, d, g, f; b declined, f overdue; d closed only in June
        assertThat(themeDelta(THEMES_LAST_YEAR, "NEGLECT")).isEqualTo("reviews +3, recommendations +2, open +1, overdue +0, closed +0");
        assertThat(themeDelta(THEMES_LAST_YEAR, "FATHERS_AND_MALE_CARERS")).isEqualTo("reviews +1, recommendations +1, open +1, overdue +0, closed +0");
        assertThat(themeDelta(THEMES_LAST_YEAR, "BABIES_AND_INFANTS")).isEqualTo("reviews +1, recommendations +0, open +0, overdue +0, closed +0");
        assertThat(themeDelta(THEMES_LAST_YEAR, "INFORMATION_SHARING")).isEqualTo("reviews +0, recommendations +1, open +1, overdue +1, closed +0");
        assertThat(themeDelta(THEMES_LAST_YEAR, "MENTAL_HEALTH")).isEqualTo("reviews +0, recommendations +1, open +1, overdue +0, closed +0");
        assertThat(themeDelta(THEMES_LAST_YEAR, "DOMESTIC_ABUSE")).isEqualTo("reviews +0, recommendations +0, open +0, overdue +0, closed +0");
        // 2025-26 so far: RR2 (ADOLESCENTS) and e (DOMESTIC_ABUSE)
        assertThat(themeDelta(THEMES_THIS_YEAR, "ADOLESCENTS")).isEqualTo("reviews +1, recommendations +0, open +0, overdue +0, closed +0");
        assertThat(themeDelta(THEMES_THIS_YEAR, "DOMESTIC_ABUSE")).isEqualTo("reviews +0, recommendations +1, open +1, overdue +0, closed +0");
        assertThat(themeDelta(THEMES_THIS_YEAR, "NEGLECT")).isEqualTo("reviews +0, recommendations +0, open +0, overdue +0, closed +0");

        // the default period is the reporting year so far
        JsonNode byDefault = get("/api/v1/learning-themes");
        assertThat(byDefault.path("from").asText()).isEqualTo("2025-04-01");
        assertThat(byDefault.path("to").asText()).isEqualTo(TODAY);
        assertThat(byDefault).isEqualTo(get(THEMES_THIS_YEAR));
        assertThat(byDefault.has("recurringThemes")).isTrue();

        // asOf: by default the period's last day; later, what became of the period's recommendations since (d closed in June)
        JsonNode lastYearNow = get(THEMES_LAST_YEAR + "&asOf=" + TODAY);
        assertThat(get(THEMES_LAST_YEAR).path("asOf").asText()).isEqualTo("2025-03-31");
        assertThat(get(THEMES_LAST_YEAR + "&asOf=2025-03-31")).isEqualTo(get(THEMES_LAST_YEAR));
        assertThat(lastYearNow.path("asOf").asText()).isEqualTo(TODAY);
        assertThat(total(lastYearNow, "closed")).isGreaterThan(total(get(THEMES_LAST_YEAR), "closed"));
        assertThat(total(lastYearNow, "recommendations")).isEqualTo(total(get(THEMES_LAST_YEAR), "recommendations"));
    }

    private static long total(JsonNode themes, String count) {
        long total = 0;
        for (JsonNode theme : themes.path("themes")) {
            total += theme.path(count).asLong();
        }
        return total;
    }

    private static JsonNode milestone(JsonNode timeliness, String name) {
        for (JsonNode milestone : timeliness.path("milestones")) {
            if (milestone.path("milestone").asText().equals(name)) {
                return milestone;
            }
        }
        throw new AssertionError("no milestone " + name + " in " + timeliness);
    }

    private String timelinessDelta(String name) {
        JsonNode was = milestone(before.get(TIMELINESS), name);
        JsonNode now = milestone(after.get(TIMELINESS), name);
        return "met +" + (now.path("met").asLong() - was.path("met").asLong())
                + ", missed +" + (now.path("missed").asLong() - was.path("missed").asLong())
                + ", overdue +" + (now.path("overdue").asLong() - was.path("overdue").asLong())
                + ", due +" + (now.path("due").asLong() - was.path("due").asLong());
    }

    private List<String> reviewsOf(JsonNode timeliness, String name) {
        List<String> mine = List.of(data.rr(), data.rr2(), data.cspr(), data.cspr2());
        return StreamSupport.stream(milestone(timeliness, name).path("reviews").spliterator(), false)
                .filter(r -> mine.contains(r.path("reviewId").asText()))
                .map(r -> r.path("reference").asText() + " " + r.path("dueOn").asText() + " " + r.path("state").asText()).toList();
    }

    @Test
    void statutoryTimeliness() {
        JsonNode timeliness = after.get(TIMELINESS);
        assertThat(timeliness.path("from").asText()).isEqualTo("2024-05-01");
        assertThat(timeliness.path("to").asText()).isEqualTo("2025-07-31");
        assertThat(timeliness.path("asOf").asText()).isEqualTo(TODAY);
        assertThat(texts(timeliness.path("milestones"), "milestone"))
                .containsExactly("NOTIFICATION", "RAPID_REVIEW", "PANEL_RESPONSE", "FINAL_REPORT", "PUBLICATION");

        assertThat(timelinessDelta("NOTIFICATION")).isEqualTo("met +1, missed +1, overdue +0, due +0");
        assertThat(timelinessDelta("RAPID_REVIEW")).isEqualTo("met +1, missed +0, overdue +0, due +1");
        assertThat(timelinessDelta("PANEL_RESPONSE")).isEqualTo("met +1, missed +0, overdue +0, due +0");
        assertThat(timelinessDelta("FINAL_REPORT")).isEqualTo("met +1, missed +0, overdue +1, due +0");
        // CSPR published on 3 March 2025 after a delay recorded before its due date (20 Dec 2024): missed all the same
        assertThat(timelinessDelta("PUBLICATION")).isEqualTo("met +0, missed +1, overdue +1, due +0");

        String run = data.run;
        assertThat(reviewsOf(timeliness, "NOTIFICATION")).containsExactly("RR-" + run + " 2024-05-10 MET", "RR2-" + run + " 2025-06-09 MISSED");
        assertThat(reviewsOf(timeliness, "RAPID_REVIEW")).containsExactly("RR-" + run + " 2024-05-29 MET", "RR2-" + run + " 2025-07-03 DUE");
        assertThat(reviewsOf(timeliness, "PANEL_RESPONSE")).containsExactly("RR-" + run + " 2024-07-12 MET");
        assertThat(reviewsOf(timeliness, "FINAL_REPORT")).containsExactly("CSPR-" + run + " 2025-02-20 MET", "CSPR2-" + run + " 2025-03-21 OVERDUE");
        assertThat(reviewsOf(timeliness, "PUBLICATION")).containsExactly("CSPR-" + run + " 2024-12-20 MISSED", "CSPR2-" + run + " 2025-04-01 OVERDUE");
        assertThat(milestone(timeliness, "PANEL_RESPONSE").path("statutory").asBoolean()).isFalse();

        // as of 25 March 2025: CSPR2's final report (due 21 March) overdue, its publication (1 April) not yet due
        JsonNode march = get(TIMELINESS + "&asOf=2025-03-25");
        assertThat(march.path("asOf").asText()).isEqualTo("2025-03-25");
        assertThat(reviewsOf(march, "FINAL_REPORT")).contains("CSPR2-" + run + " 2025-03-21 OVERDUE");
        assertThat(reviewsOf(march, "PUBLICATION")).contains("CSPR2-" + run + " 2025-04-01 DUE");

        // the default period is the reporting year so far
        JsonNode byDefault = get("/api/v1/statutory-timeliness");
        assertThat(byDefault.path("from").asText()).isEqualTo("2025-04-01");
        assertThat(byDefault.path("to").asText()).isEqualTo(TODAY);
        assertThat(reviewsOf(byDefault, "NOTIFICATION")).containsExactly("RR2-" + run + " 2025-06-09 MISSED");
    }

    /**
     * Statutory timeliness as of a date agrees with the reviews' own views as of that date (SPEC section 4: answered
     * from the events as at asOf). On 31 Oct 2024 the CSPR's delay (recorded 1 Nov) did not exist: its publication was
     * due 20 Dec 2024 and its final report 11 Dec; RR2 (notified 12 June 2025) had not been notified.
     */
    @Test
    void statutoryTimelinessAsOfADateAgreesWithTheViewsAsOfThatDate() {
        String asOf = "2024-10-31";
        JsonNode timeliness = get("/api/v1/statutory-timeliness?from=2024-01-01&to=2025-12-31&asOf=" + asOf);
        List<String> fromTimeliness = new ArrayList<>();
        for (String name : List.of("NOTIFICATION", "RAPID_REVIEW", "PANEL_RESPONSE", "FINAL_REPORT", "PUBLICATION")) {
            reviewsOf(timeliness, name).forEach(line -> fromTimeliness.add(name + " " + line));
        }
        List<String> fromViews = new ArrayList<>();
        for (String path : List.of("/api/v1/rapid-reviews/" + data.rr(), "/api/v1/rapid-reviews/" + data.rr2(),
                "/api/v1/practice-reviews/" + data.cspr(), "/api/v1/practice-reviews/" + data.cspr2())) {
            Api.Response view = api().get(path + "?asOf=" + asOf);
            if (view.status() == 200) {
                for (JsonNode milestone : view.json().path("milestones")) {
                    fromViews.add(milestone.path("name").asText() + " " + view.text("reference") + " " + milestone.path("dueOn").asText()
                            + " " + milestone.path("state").asText());
                }
            }
        }
        assertThat(fromViews).contains("PUBLICATION CSPR-" + data.run + " 2024-12-20 DUE", "FINAL_REPORT CSPR-" + data.run + " 2024-12-11 DUE");
        assertThat(fromTimeliness).as("timeliness as of " + asOf + " (left) and the views as of " + asOf)
                .containsExactlyInAnyOrderElementsOf(fromViews);
    }

    private long delta(String report, String pointer) {
        return after.get(report).at(pointer).asLong() - before.get(report).at(pointer).asLong();
    }

    private Map<String, Long> deltas(String report, String pointer) {
        Map<String, Long> deltas = new LinkedHashMap<>();
        JsonNode now = after.get(report).at(pointer);
        JsonNode was = before.get(report).at(pointer);
        now.fieldNames().forEachRemaining(key -> {
            long change = now.path(key).asLong() - was.path(key).asLong();
            if (change != 0) {
                deltas.put(key, change);
            }
        });
        return deltas;
    }

    @Test
    void yearlyReport2024() {
        JsonNode report = after.get(REPORT_2024);
        assertThat(report.path("year").asInt()).isEqualTo(2024);
        assertThat(report.path("from").asText()).isEqualTo("2024-04-01");
        assertThat(report.path("to").asText()).isEqualTo("2025-03-31");
        assertThat(report.path("asOf").asText()).as("the end of the year, today being later").isEqualTo("2025-03-31");

        // notified in the year: RR (DIED); RR2 is in 2025-26
        assertThat(delta(REPORT_2024, "/notifications/total")).isEqualTo(1);
        assertThat(delta(REPORT_2024, "/notifications/died")).isEqualTo(1);
        assertThat(delta(REPORT_2024, "/notifications/seriouslyHarmed")).isZero();
        // RR submitted 24 May, due 29 May; the decision in force at the end of the year: CSPR (revised from NO_CSPR);
        // the Panel disagreed (14 June) then agreed (5 July)
        assertThat(delta(REPORT_2024, "/rapidReviews/total")).isEqualTo(1);
        assertThat(delta(REPORT_2024, "/rapidReviews/submittedOnTime")).isEqualTo(1);
        assertThat(deltas(REPORT_2024, "/rapidReviews/decisions")).isEqualTo(Map.of("CSPR", 1L));
        assertThat(delta(REPORT_2024, "/rapidReviews/panelAgreed")).isEqualTo(1);
        assertThat(delta(REPORT_2024, "/rapidReviews/panelDisagreed")).isEqualTo(1);
        // commissioned CSPR (20 June 2024) and CSPR2 (1 Oct 2024); CSPR published 3 March 2025, late (due 20 Dec 2024)
        // with its delay's reason recorded before the due date; CSPR2 still active on 31 March
        assertThat(delta(REPORT_2024, "/practiceReviews/commissioned")).isEqualTo(2);
        assertThat(delta(REPORT_2024, "/practiceReviews/published")).isEqualTo(1);
        assertThat(delta(REPORT_2024, "/practiceReviews/publishedOnTime")).isZero();
        assertThat(delta(REPORT_2024, "/practiceReviews/publishedLateWithReason")).isEqualTo(1);
        assertThat(delta(REPORT_2024, "/practiceReviews/publishedLateWithoutReason")).isZero();
        assertThat(delta(REPORT_2024, "/practiceReviews/activeAtYearEnd")).isEqualTo(1);
        // made: f, a, b, c, d, g (e in June 2025); accepted f, a, c, d, g; declined b; none closed by 31 March (d in
        // June); open at the year end: f, a, c, d, g
        assertThat(delta(REPORT_2024, "/recommendations/made")).isEqualTo(6);
        assertThat(delta(REPORT_2024, "/recommendations/accepted")).isEqualTo(5);
        assertThat(delta(REPORT_2024, "/recommendations/declined")).isEqualTo(1);
        assertThat(delta(REPORT_2024, "/recommendations/closed")).isZero();
        assertThat(delta(REPORT_2024, "/recommendations/openAtYearEnd")).isEqualTo(5);
        assertThat(deltas(REPORT_2024, "/recommendations/byTheme")).isEqualTo(Map.of("NEGLECT", 2L, "FATHERS_AND_MALE_CARERS", 1L,
                "INFORMATION_SHARING", 1L, "ONLINE_HARM", 1L, "MENTAL_HEALTH", 1L, "EARLY_HELP", 1L));
        // nothing completed by 31 March; f's action (PRIMARY_CARE, due 31 Jan) overdue then
        assertThat(delta(REPORT_2024, "/actions/completed")).isZero();
        assertThat(delta(REPORT_2024, "/actions/overdueAtYearEnd")).isEqualTo(1);
        assertThat(deltas(REPORT_2024, "/actions/overdueByAgency")).isEqualTo(Map.of("PRIMARY_CARE", 1L));
        assertThat(report.path("recurringThemes").isArray()).isTrue();

        JsonNode asOf = get(REPORT_2024 + "?asOf=2024-12-31");
        assertThat(asOf.path("asOf").asText()).isEqualTo("2024-12-31");
        assertThat(asOf.path("to").asText()).isEqualTo("2025-03-31");
    }

    @Test
    void yearlyReport2025SoFar() {
        JsonNode report = after.get(REPORT_2025);
        assertThat(report.path("asOf").asText()).as("today, before the end of the year").isEqualTo(TODAY);
        assertThat(report.path("to").asText()).isEqualTo("2026-03-31");
        // RR2 (SERIOUSLY_HARMED), rapid review due 3 July: not yet submitted
        assertThat(delta(REPORT_2025, "/notifications/total")).isEqualTo(1);
        assertThat(delta(REPORT_2025, "/notifications/seriouslyHarmed")).isEqualTo(1);
        assertThat(delta(REPORT_2025, "/rapidReviews/total")).isEqualTo(1);
        assertThat(delta(REPORT_2025, "/rapidReviews/notYetSubmitted")).isEqualTo(1);
        assertThat(delta(REPORT_2025, "/practiceReviews/activeAtYearEnd")).isEqualTo(1);
        // e made (open); d closed 2 June; d's action completed 22 May; a's first and f's actions overdue today
        assertThat(delta(REPORT_2025, "/recommendations/made")).isEqualTo(1);
        assertThat(delta(REPORT_2025, "/recommendations/closed")).isEqualTo(1);
        assertThat(delta(REPORT_2025, "/recommendations/openAtYearEnd")).isEqualTo(5);
        assertThat(deltas(REPORT_2025, "/recommendations/byTheme")).isEqualTo(Map.of("DOMESTIC_ABUSE", 1L));
        assertThat(delta(REPORT_2025, "/actions/completed")).isEqualTo(1);
        assertThat(deltas(REPORT_2025, "/actions/overdueByAgency")).isEqualTo(Map.of("PRIMARY_CARE", 1L, "POLICE", 1L));
        assertThat(delta(REPORT_2025, "/actions/overdueAtYearEnd")).isEqualTo(2);
    }

    @Test
    void referenceData() {
        JsonNode reference = get("/api/v1/reference-data");
        assertThat(texts(reference.path("agencies"), "code")).containsExactlyElementsOf(AGENCIES);
        assertThat(texts(reference.path("themes"), "code")).containsExactlyElementsOf(THEMES);
        assertThat(texts(reference.path("agencies"), "label")).doesNotContainNull().contains("Police");
        JsonNode enumerations = reference.path("enumerations");
        assertThat(enumerations.path("rag").toString()).isEqualTo("[\"GREEN\",\"AMBER\",\"RED\",\"COMPLETE\",\"CANCELLED\"]");
        assertThat(enumerations.path("recommendationStatus").toString())
                .isEqualTo("[\"MADE\",\"ACCEPTED\",\"DECLINED\",\"IN_PROGRESS\",\"ACTIONS_COMPLETE\",\"CLOSED\"]");
        assertThat(enumerations.path("milestone").toString())
                .isEqualTo("[\"NOTIFICATION\",\"RAPID_REVIEW\",\"PANEL_RESPONSE\",\"FINAL_REPORT\",\"PUBLICATION\"]");
        assertThat(enumerations.path("milestoneState").toString()).isEqualTo("[\"MET\",\"MISSED\",\"DUE\",\"OVERDUE\",\"NOT_REQUIRED\"]");
        assertThat(enumerations.path("outcome").toString()).isEqualTo("[\"DIED\",\"SERIOUSLY_HARMED\"]");
        assertThat(enumerations.path("practiceReviewKind").toString())
                .isEqualTo("[\"CSPR\",\"SERIOUS_CASE_REVIEW\",\"NATIONAL_REVIEW\",\"LEARNING_REVIEW\",\"MULTI_AGENCY_AUDIT\",\"JOINT_REVIEW\"]");
        assertThat(enumerations.path("actionStatus").toString()).isEqualTo("[\"ASSIGNED\",\"IN_PROGRESS\",\"EVIDENCE_SUBMITTED\",\"COMPLETE\",\"CANCELLED\"]");
        assertThat(enumerations.has("rapidReviewDecision")).isTrue();
        assertThat(enumerations.has("panelResponse")).isTrue();
        assertThat(enumerations.has("harmCategory")).isTrue();
        JsonNode timescales = reference.path("timescales");
        assertThat(timescales.path("notificationWorkingDays").asInt()).isEqualTo(5);
        assertThat(timescales.path("rapidReviewWorkingDays").asInt()).isEqualTo(15);
        assertThat(timescales.path("publicationMonths").asInt()).isEqualTo(6);
        assertThat(timescales.path("finalReportWorkingDaysBeforePublication").asInt()).isEqualTo(7);
        assertThat(timescales.path("amberWithinDays").asInt()).isEqualTo(28);
    }

    // bad input

    private JsonNode problem(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("status").asInt()).isEqualTo(400);
        assertThat(response.json().path("detail").asText()).isNotBlank();
        return response.json();
    }

    @Test
    void anUnknownAgencyOrThemeInAFilterIsA400ListingTheValidCodes() {
        for (String path : List.of("/api/v1/recommendations?agency=SOCIAL_WORK", "/api/v1/overdue-actions?agency=SOCIAL_WORK")) {
            JsonNode problem = problem(api().get(path));
            assertThat(texts(problem.path("validCodes"), null)).as(path).containsExactlyElementsOf(AGENCIES);
            assertThat(problem.path("detail").asText()).contains("SOCIAL_WORK").contains("POLICE");
            assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("agency");
        }
        for (String path : List.of("/api/v1/recommendations?theme=POVERTY", "/api/v1/overdue-actions?theme=POVERTY")) {
            JsonNode problem = problem(api().get(path));
            assertThat(texts(problem.path("validCodes"), null)).as(path).containsExactlyElementsOf(THEMES);
            assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("theme");
        }
        // also when CSV is asked for
        Api.Response csv = api().get("/api/v1/overdue-actions?agency=SOCIAL_WORK", "text/csv");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(400);
    }

    @Test
    void fromAfterToIsA400() {
        for (String path : List.of("/api/v1/learning-themes?from=2025-04-01&to=2025-03-31",
                "/api/v1/statutory-timeliness?from=2025-04-01&to=2025-03-31")) {
            JsonNode problem = problem(api().get(path));
            assertThat(problem.path("detail").asText()).as(path).isEqualTo("from 2025-04-01 is after to 2025-03-31");
        }
    }

    @Test
    void otherBadQueryParametersAre400() {
        for (String path : List.of("/api/v1/recommendations?rag=PURPLE", "/api/v1/recommendations?status=OPEN",
                "/api/v1/recommendations?asOf=2025-02-30", "/api/v1/overdue-actions?asOf=yesterday",
                "/api/v1/learning-themes?from=1-4-2025", "/api/v1/recommendations?size=501", "/api/v1/recommendations?page=-1",
                "/api/v1/recommendations?size=0")) {
            problem(api().get(path));
        }
        assertThat(problem(api().get("/api/v1/recommendations?rag=PURPLE")).path("detail").asText()).contains("GREEN", "AMBER", "RED", "COMPLETE");
    }
}
