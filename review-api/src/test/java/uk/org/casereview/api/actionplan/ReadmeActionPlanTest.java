package uk.org.casereview.api.actionplan;

import org.junit.jupiter.api.Test;
import uk.org.casereview.api.support.Api;
import uk.org.casereview.api.support.ApiTest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's worked import, as written there: the template with its rows, checked, imported, and exported again. */
class ReadmeActionPlanTest extends ApiTest {

    private static final String START = "cat >> plan.csv <<'CSV'\n";

    @Test
    void theReadmesWorkedImportImportsAsItSays() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        String rows = readme.substring(readme.indexOf(START) + START.length());
        rows = rows.substring(0, rows.indexOf("CSV\n"));
        byte[] plan = (api().get("/api/v1/imports/action-plan/template", "text/csv").body() + rows).getBytes(StandardCharsets.UTF_8);

        Api.Response dryRun = PlanFiles.upload(api(), "?dryRun=true", "text/csv", plan);
        assertThat(dryRun.json().path("recorded").asInt()).as(dryRun.toString()).isEqualTo(3);
        assertThat(dryRun.json().path("refused").asInt()).isZero();
        Api.Response imported = PlanFiles.upload(api(), "", "text/csv", plan);
        assertThat(imported.json().path("recorded").asInt()).as(imported.toString()).isEqualTo(3);
        assertThat(imported.json().path("commands").asInt()).isEqualTo(dryRun.json().path("commands").asInt());

        // the register back out for the police: the header and the two actions of the recommendation with a police action
        byte[] register = api().getBytes("/api/v1/recommendations/export?asOf=2025-03-31&agency=POLICE", PlanFiles.XLSX);
        assertThat(PlanFiles.cells(register).stream().filter(row -> row.contains("CSPR-2023-02"))).hasSize(2);
    }
}
