package uk.org.casereview.api.actionplan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.junit.jupiter.api.Test;
import uk.org.casereview.api.support.Api;
import uk.org.casereview.api.support.ApiTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET /api/v1/recommendations/export: the register in the columns of the import, CSV or XLSX, with the filters of the
 * recommendation list and asOf, and every cell that a spreadsheet would run as a formula escaped.
 */
class ActionPlanExportTest extends ApiTest {

    private static final String PLAN = PlanFiles.HEADER + "\n"
            + "CSPR-EXP-1,CSPR,Child E,2024-05-21,1,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",NEGLECT,2024-11-21,ACCEPTED,"
            + "2024-12-05,,+44 phone line for fathers,POLICE,@duty-sergeant,2024-12-10,2025-03-31,,IN_PROGRESS,,-1 backlog,,\n"
            + "CSPR-EXP-1,CSPR,Child E,2024-05-21,2,Schools share attendance concerns,SAFETY_IN_EDUCATION,2025-01-10,ACCEPTED,"
            + "2025-01-20,,Share attendance weekly,EDUCATION,Head of inclusion,2025-01-21,2025-12-31,,ASSIGNED,,,,\n";

    @Test
    void theExportHasTheImportsColumnsTheListsFiltersAndNoCellThatRuns() throws IOException {
        Api.Response imported = PlanFiles.upload(api(), "", "text/csv", PLAN.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.json().path("recorded").asInt()).as(imported.toString()).isEqualTo(2);
        String sourceId = imported.json().path("items").get(0).path("commands").get(0).path("aggregateId").asText();

        Api.Response csv = api().get("/api/v1/recommendations/export?sourceId=" + sourceId, "text/csv");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment").contains(".csv");
        List<List<String>> rows = csv(csv.body());
        assertThat(rows.get(0)).isEqualTo(ActionPlanColumns.ALL);
        assertThat(rows).hasSize(3);
        List<String> first = rows.get(1);
        assertThat(cell(first, "source_reference")).isEqualTo("CSPR-EXP-1");
        assertThat(cell(first, "recommendation_text")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
        assertThat(cell(first, "action_description")).isEqualTo("'+44 phone line for fathers");
        assertThat(cell(first, "owner")).isEqualTo("'@duty-sergeant");
        assertThat(cell(first, "evidence_summary")).isEqualTo("'-1 backlog");
        assertThat(cell(first, "action_status")).isEqualTo("IN_PROGRESS");
        assertThat(cell(first, "due_on")).isEqualTo("2025-03-31");

        List<List<String>> xlsx = PlanFiles.cells(api().getBytes("/api/v1/recommendations/export?sourceId=" + sourceId, PlanFiles.XLSX));
        assertThat(xlsx.get(0)).isEqualTo(ActionPlanColumns.ALL);
        assertThat(xlsx).hasSize(3);
        assertThat(xlsx.get(1).get(ActionPlanColumns.ALL.indexOf("recommendation_text"))).startsWith("'=HYPERLINK");
        assertThat(xlsx.get(1).subList(0, 5)).isEqualTo(first.subList(0, 5));

        // the filters of the list, and asOf
        assertThat(csv(api().get("/api/v1/recommendations/export?sourceId=" + sourceId + "&agency=EDUCATION", "text/csv").body()))
                .hasSize(2).element(1).satisfies(row -> assertThat(cell(row, "recommendation_number")).isEqualTo("2"));
        assertThat(csv(api().get("/api/v1/recommendations/export?sourceId=" + sourceId + "&theme=NEGLECT", "text/csv").body())).hasSize(2);
        assertThat(csv(api().get("/api/v1/recommendations/export?sourceId=" + sourceId + "&rag=RED", "text/csv").body()))
                .hasSize(2).element(1).satisfies(row -> assertThat(cell(row, "recommendation_number")).isEqualTo("1"));
        assertThat(csv(api().get("/api/v1/recommendations/export?sourceId=" + sourceId + "&asOf=2024-12-31", "text/csv").body()))
                .hasSize(2);
        JsonNode list = api().get("/api/v1/recommendations?sourceId=" + sourceId + "&asOf=2024-12-31").json();
        assertThat(list.path("total").asInt()).isEqualTo(1);

        Api.Response unknown = api().get("/api/v1/recommendations/export?agency=NOT_AN_AGENCY", "text/csv");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("validCodes").toString()).contains("POLICE");
    }

    private static List<List<String>> csv(String text) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<String[]> rows = mapper.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(text)) {
            return rows.readAll().stream().map(List::of).toList();
        }
    }

    private static String cell(List<String> row, String column) {
        return row.get(ActionPlanColumns.ALL.indexOf(column));
    }
}
