package uk.org.casereview.api.admin;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import uk.org.casereview.api.benchmark.NationalHistory;
import uk.org.casereview.api.support.Api;
import uk.org.casereview.api.support.ApiTest;
import uk.org.casereview.api.support.DatabaseSnapshot;
import uk.org.casereview.api.support.ReadAnswers;
import uk.org.casereview.api.support.ServiceProcess;
import uk.org.casereview.api.support.TestDatabase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A rebuild of the read models killed (SIGKILL) in the middle of its bulk load starts again at the next start of the
 * service and ends with exactly the rows, the indexes and the answers that the read models had before it. The event
 * store is a synthetic history of 4,000 recommendations (about 37,000 events, see {@link NationalHistory}), written
 * straight into an embedded H2 file so that the load lasts long enough (seconds) to be interrupted; a first,
 * uninterrupted rebuild fills the read models (the processor starts at the head, so as not to spend minutes on the
 * event-by-event path), and the rebuild that is killed runs over those full tables.
 */
class InterruptedRebuildTest {

    private static final int RECOMMENDATIONS = 4_000;
    /** The third start truncates the tables again before it is up; on a busy machine that takes a while. */
    private static final Duration START = Duration.ofMinutes(4);
    /** A rebuild of the synthetic store, or the resumed one, is DONE well within this. */
    private static final Duration DONE = Duration.ofMinutes(5);
    private static final List<String> READS = List.of(
            "/api/v1/rapid-reviews?size=500", "/api/v1/practice-reviews?size=500", "/api/v1/recommendations?size=500",
            "/api/v1/recommendations?size=500&status=IN_PROGRESS&rag=RED", "/api/v1/recommendations?size=500&agency=POLICE&theme=NEGLECT",
            "/api/v1/recommendations?size=500&asOf=2022-03-31", "/api/v1/overdue-actions?size=1000", "/api/v1/overdue-actions?size=1000&agency=POLICE",
            "/api/v1/overdue-actions?size=1000&asOf=2023-06-30", "/api/v1/learning-themes", "/api/v1/statutory-timeliness",
            "/api/v1/reports/yearly/2020", "/api/v1/reports/yearly/2024");

    @Test
    void aRebuildKilledDuringItsLoadStartsAgainAtTheNextStartAndEndsWithTheSameRowsIndexesAndAnswers() throws Exception {
        assumeTrue(TestDatabase.postgresUrl() == null, "the synthetic event store is written straight into the embedded H2 file");
        Path dataDir = Files.createTempDirectory("casereview-interrupted-rebuild");
        String url = NationalHistory.embeddedStore(dataDir, RECOMMENDATIONS, LocalDate.parse(ApiTest.TODAY));

        Map<String, String> answersBefore;
        try (ServiceProcess first = ServiceProcess.start(dataDir, "first", Map.of(), START)) {
            Api.Response filling = first.api().post("/api/v1/admin/rebuild", "");
            assertThat(filling.status()).as(filling.toString()).isEqualTo(202);
            ReadAnswers.awaitRebuildDone(first.api(), DONE);
            answersBefore = answers(first.api());
        }
        assertThat(answersBefore.get("/api/v1/recommendations?size=500")).contains("\"total\":");
        Map<String, String> tablesBefore = readModelTables(url);
        List<String> indexesBefore = indexes(url);
        assertThat(tablesBefore.get("action")).doesNotStartWith("rows=0 ");
        assertThat(indexesBefore).isNotEmpty();

        try (ServiceProcess second = ServiceProcess.start(dataDir, "second", Map.of(), START)) {
            Api.Response started = second.api().post("/api/v1/admin/rebuild", "");
            assertThat(started.status()).as(started.toString()).isEqualTo(202);
            Thread.sleep(500);
            second.kill();
        }

        JdbcTemplate killed = jdbc(url);
        assertThat(killed.queryForObject("select state from read_model_rebuild where id = 1", String.class))
                .as("the load was still running when the service was killed (if not, give the test more events)").isEqualTo("LOADING");
        assertThat(killed.queryForObject("select count(*) from read_model_index", Long.class))
                .as("the definitions of the indexes the load dropped are kept").isPositive();
        assertThat(indexes(url)).as("the secondary indexes are dropped during the load").hasSizeLessThan(indexesBefore.size());

        try (ServiceProcess third = ServiceProcess.start(dataDir, "third", Map.of(), START)) {
            JsonNode status = ReadAnswers.awaitRebuildDone(third.api(), DONE);
            assertThat(status.path("events").asLong()).isEqualTo(status.path("head").asLong());
            Map<String, String> answersAfter = answers(third.api());
            List<String> different = new ArrayList<>();
            answersBefore.forEach((read, answer) -> {
                if (!answer.equals(answersAfter.get(read))) {
                    different.add(read);
                }
            });
            assertThat(different).as("answers that changed with the interrupted and resumed rebuild").isEmpty();
        }
        assertThat(DatabaseSnapshot.differences(tablesBefore, readModelTables(url))).as("read-model rows").isEmpty();
        assertThat(indexes(url)).as("every secondary index is back").isEqualTo(indexesBefore);
        assertThat(jdbc(url).queryForObject("select count(*) from read_model_index", Long.class)).isZero();
    }

    /** Each read's status and body ({@link ReadAnswers#answers}), every JSON read a 200, and the overdue actions as CSV. */
    private static Map<String, String> answers(Api api) {
        List<String> reads = new ArrayList<>(READS);
        reads.add("csv:/api/v1/overdue-actions");
        Map<String, String> answers = ReadAnswers.answers(api, reads);
        READS.forEach(read -> assertThat(answers.get(read)).as(read).startsWith("200 "));
        return answers;
    }

    private static Map<String, String> readModelTables(String url) {
        Map<String, String> tables = new java.util.TreeMap<>(DatabaseSnapshot.of(jdbc(url)));
        tables.keySet().retainAll(List.of("rapid_review", "rapid_review_decision", "rapid_review_response", "practice_review", "review_theme",
                "milestone", "recommendation", "recommendation_theme", "action", "recommendation_period", "recommendation_open_period",
                "action_period", "action_overdue_period"));
        assertThat(tables).hasSize(13);
        return tables;
    }

    private static List<String> indexes(String url) {
        return jdbc(url).queryForList("select table_name || '.' || index_name from information_schema.indexes"
                + " where table_schema = 'PUBLIC' order by 1", String.class);
    }

    private static JdbcTemplate jdbc(String url) {
        return new JdbcTemplate(new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", ""));
    }
}
