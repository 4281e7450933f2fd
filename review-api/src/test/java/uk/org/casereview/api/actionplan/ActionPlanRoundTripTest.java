package uk.org.casereview.api.actionplan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.casereview.api.support.Api;
import uk.org.casereview.api.support.ServiceProcess;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An export imports back into an empty tracker: a register recorded through the API (actions in every status, a revised
 * due date, a reassignment, a decline, a closure with and without actions) is exported as XLSX, imported into a second,
 * empty tracker, and the register's reads answer the same there: the recommendation list with its statuses, RAG, due
 * and original due dates, responses and closures (ids aside: the new tracker has ids of its own), the overdue actions,
 * and the export itself, in both formats. (The plan carries each action's state, not its history: progress notes,
 * evidence, revisions and reassignments are compared as the state they leave.)
 */
class ActionPlanRoundTripTest {

    /**
     * As of the day of the export and later. As of an earlier day the imported register can differ where the plan's
     * columns carry no date: a due date revised, or progress reported, is recorded as of the action's assignment.
     */
    private static final String[] RECOMMENDATION_LISTS = {"/api/v1/recommendations?size=500",
            "/api/v1/recommendations?size=500&asOf=2025-12-31", "/api/v1/recommendations?size=500&agency=POLICE",
            "/api/v1/recommendations?size=500&rag=RED", "/api/v1/recommendations?size=500&status=CLOSED"};

    @Test
    void anExportImportsBackIntoAnEmptyTrackerAndEveryReadOfTheRegisterAnswersTheSame(@TempDir Path dataDir) throws Exception {
        Path source = java.nio.file.Files.createDirectories(dataDir.resolve("from"));
        Path target = java.nio.file.Files.createDirectories(dataDir.resolve("to"));
        try (ServiceProcess from = ServiceProcess.start(source, "from", Map.of())) {
            record(from.api());
            byte[] xlsx = from.api().getBytes("/api/v1/recommendations/export", PlanFiles.XLSX);
            String csv = from.api().get("/api/v1/recommendations/export", "text/csv").body();
            Map<String, JsonNode> expected = reads(from.api());
            try (ServiceProcess to = ServiceProcess.start(target, "to", Map.of())) {
                Api.Response imported = PlanFiles.upload(to.api(), "", PlanFiles.XLSX, xlsx);
                assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
                assertThat(imported.json().path("refused").asInt()).as(imported.toString()).isZero();
                assertThat(imported.json().path("recorded").asInt()).isEqualTo(imported.json().path("rows").asInt());
                assertThat(reads(to.api())).isEqualTo(expected);
                assertThat(lines(to.api().get("/api/v1/recommendations/export", "text/csv").body())).isEqualTo(lines(csv));
                assertThat(PlanFiles.cells(to.api().getBytes("/api/v1/recommendations/export", PlanFiles.XLSX)))
                        .containsExactlyInAnyOrderElementsOf(PlanFiles.cells(xlsx));
            }
        }
    }

    /** A register with every status an action plan can carry, recorded through the API. */
    private static void record(Api api) {
        String cspr = id(api.post("/api/v1/practice-reviews", Map.of("reference", "CSPR-RT-1", "kind", "CSPR",
                "title", "Child R: =a baby whose weight loss went unnoticed", "decidedOn", "2024-05-21")));
        String audit = id(api.post("/api/v1/practice-reviews", Map.of("reference", "MAA-RT-1", "kind", "MULTI_AGENCY_AUDIT",
                "title", "Audit of neglect referrals", "decidedOn", "2024-09-02")));

        String first = id(api.post("/api/v1/recommendations", Map.of("sourceId", cspr, "number", "1",
                "text", "Health visitors see fathers", "themes", List.of("FATHERS_AND_MALE_CARERS", "BABIES_AND_INFANTS"), "madeOn", "2024-11-21")));
        ok(api.post("/api/v1/recommendations/" + first + "/response", Map.of("respondedOn", "2024-12-05", "accepted", true,
                "rationale", "Agreed by the executive")));
        String complete = action(api, first, "Audit new-birth visits", "COMMUNITY_HEALTH", "2024-12-10", "2025-03-31");
        ok(api.post("/api/v1/recommendations/" + first + "/actions/" + complete + "/evidence", Map.of("submittedOn", "2025-03-20",
                "summary", "Audit: fathers seen at 46 of 50 visits")));
        ok(api.post("/api/v1/recommendations/" + first + "/actions/" + complete + "/evidence-review", Map.of("reviewedOn", "2025-03-25",
                "accepted", true)));
        String revised = action(api, first, "Brief officers on fathers", "POLICE", "2024-12-10", "2025-02-28");
        ok(api.post("/api/v1/recommendations/" + first + "/actions/" + revised + "/due-date", Map.of("revisedOn", "2025-02-01",
                "dueOn", "2025-05-31", "reason", "Training calendar full")));
        ok(api.post("/api/v1/recommendations/" + first + "/actions/" + revised + "/progress", Map.of("reportedOn", "2025-03-01",
                "note", "200 of 300 officers briefed")));
        String submitted = action(api, first, "-Update the GP template", "PRIMARY_CARE", "2024-12-10", "2025-06-30");
        ok(api.post("/api/v1/recommendations/" + first + "/actions/" + submitted + "/evidence", Map.of("submittedOn", "2025-06-02",
                "summary", "Template screenshots")));
        String cancelled = action(api, first, "Leaflet for fathers", "VOLUNTARY_SECTOR", "2024-12-10", "2025-04-30");
        ok(api.post("/api/v1/recommendations/" + first + "/actions/" + cancelled + "/cancellation", Map.of("cancelledOn", "2025-02-10",
                "reason", "Superseded by the national campaign")));
        String reassigned = action(api, first, "Housing asks about babies", "DISTRICT_COUNCIL", "2024-12-10", "2025-01-31");
        ok(api.post("/api/v1/recommendations/" + first + "/actions/" + reassigned + "/reassignment", Map.of("reassignedOn", "2025-01-05",
                "agency", "HOUSING", "owner", "Tenancy manager", "reason", "Housing runs the visits")));

        String declined = id(api.post("/api/v1/recommendations", Map.of("sourceId", cspr, "number", "2",
                "text", "A new multi-agency panel", "themes", List.of("INFORMATION_SHARING"), "madeOn", "2024-11-22")));
        ok(api.post("/api/v1/recommendations/" + declined + "/response", Map.of("respondedOn", "2024-12-05", "accepted", false,
                "rationale", "The existing panel covers this")));

        String closed = id(api.post("/api/v1/recommendations", Map.of("sourceId", audit, "number", "1",
                "text", "Referrals say what the child's day is like", "themes", List.of("NEGLECT", "VOICE_OF_THE_CHILD"), "madeOn", "2024-10-01")));
        ok(api.post("/api/v1/recommendations/" + closed + "/response", Map.of("respondedOn", "2024-10-10", "accepted", true)));
        String form = action(api, closed, "Rewrite the referral form", "CHILDRENS_SOCIAL_CARE", "2024-10-11", "2025-01-31");
        ok(api.post("/api/v1/recommendations/" + closed + "/actions/" + form + "/evidence", Map.of("submittedOn", "2025-01-20",
                "summary", "The new form")));
        ok(api.post("/api/v1/recommendations/" + closed + "/actions/" + form + "/evidence-review", Map.of("reviewedOn", "2025-01-22",
                "accepted", true)));
        ok(api.post("/api/v1/recommendations/" + closed + "/closure", Map.of("closedOn", "2025-02-15",
                "impactStatement", "Referrals now describe the child's day in 9 of 10 cases")));

        String inPlace = id(api.post("/api/v1/recommendations", Map.of("sourceId", audit, "number", "2",
                "text", "Safer sleep advice at every contact", "themes", List.of("BABIES_AND_INFANTS"), "madeOn", "2024-10-02")));
        ok(api.post("/api/v1/recommendations/" + inPlace + "/response", Map.of("respondedOn", "2024-10-10", "accepted", true)));
        ok(api.post("/api/v1/recommendations/" + inPlace + "/closure", Map.of("closedOn", "2024-11-01",
                "impactStatement", "Already part of every contact", "rationale", "The 2024 safer sleep pathway covers this")));

        String open = id(api.post("/api/v1/recommendations", Map.of("sourceId", audit, "number", "3",
                "text", "Audit again in a year", "themes", List.of("NEGLECT"), "madeOn", "2025-05-01")));
        assertThat(open).isNotBlank();
    }

    /** The register's reads, without the ids each tracker gives its own records. */
    private static Map<String, JsonNode> reads(Api api) {
        Map<String, JsonNode> reads = new TreeMap<>();
        for (String path : RECOMMENDATION_LISTS) {
            Api.Response list = api.get(path);
            assertThat(list.status()).as(path + ": " + list).isEqualTo(200);
            List<JsonNode> items = new ArrayList<>();
            for (JsonNode item : list.json().path("items")) {
                ObjectNode view = (ObjectNode) item.deepCopy();
                view.remove(List.of("id", "sourceId", "version", "responses"));
                for (JsonNode action : view.withArray("actions")) {
                    // the plan's columns carry each action's state, not its history
                    ((ObjectNode) action).remove(List.of("actionId", "reassignments", "dueDateRevisions", "progress", "evidence"));
                }
                items.add(view);
            }
            items.sort(java.util.Comparator.comparing(JsonNode::toString));
            reads.put(path, new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(items));
        }
        Api.Response overdue = api.get("/api/v1/overdue-actions");
        ArrayNode items = (ArrayNode) overdue.json().path("items").deepCopy();
        items.forEach(item -> ((ObjectNode) item).remove(List.of("recommendationId", "actionId")));
        reads.put("/api/v1/overdue-actions", items);
        return reads;
    }

    private static List<String> lines(String csv) {
        return csv.lines().sorted().toList();
    }

    private static String action(Api api, String recommendation, String description, String agency, String assignedOn, String dueOn) {
        Api.Response assigned = api.post("/api/v1/recommendations/" + recommendation + "/actions", Map.of("description", description,
                "agency", agency, "owner", "Lead of " + agency, "assignedOn", assignedOn, "dueOn", dueOn));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
        return assigned.text("actionId");
    }

    private static String id(Api.Response created) {
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }
}
