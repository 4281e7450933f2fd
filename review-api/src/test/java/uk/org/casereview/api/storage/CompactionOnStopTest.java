package uk.org.casereview.api.storage;

import org.h2.mvstore.MVStoreTool;
import org.junit.jupiter.api.Test;
import uk.org.casereview.api.benchmark.NationalHistory;
import uk.org.casereview.api.support.Api;
import uk.org.casereview.api.support.ApiTest;
import uk.org.casereview.api.support.ReadAnswers;
import uk.org.casereview.api.support.ServiceProcess;
import uk.org.casereview.api.support.TestDatabase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A graceful stop compacts the embedded file: a synthetic history written in many commits and read models filled by a
 * rebuild leave the file several times what it holds; after SIGTERM it is as small as a full compaction makes it, and the
 * service started on it again answers exactly as before, its chain of events intact.
 */
class CompactionOnStopTest {

    private static final List<String> READS = List.of("/api/v1/recommendations?size=100", "/api/v1/overdue-actions?size=100",
            "/api/v1/recommendations?size=100&status=IN_PROGRESS&rag=RED", "/api/v1/learning-themes", "/api/v1/reports/yearly/2024");

    @Test
    void aGracefulStopCompactsTheEmbeddedFileAndTheServiceAnswersTheSameOnIt() throws Exception {
        assumeTrue(TestDatabase.postgresUrl() == null, "compaction is the embedded database's");
        Path dataDir = Files.createTempDirectory("casereview-compaction");
        NationalHistory.embeddedStore(dataDir, 1_000, LocalDate.parse(ApiTest.TODAY));
        Path file = dataDir.resolve("casereview.mv.db");

        Map<String, String> before;
        long running;
        try (ServiceProcess service = ServiceProcess.start(dataDir, "first", Map.of())) {
            for (int i = 0; i < 2; i++) { // fill the read models, then rebuild them over full tables
                Api.Response rebuild = service.api().post("/api/v1/admin/rebuild", "");
                assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
                ReadAnswers.awaitRebuildDone(service.api(), Duration.ofMinutes(3));
            }
            before = answers(service.api());
            running = Files.size(file);
        }
        long stopped = Files.size(file);
        assertThat(before.get(READS.get(0))).contains("\"total\":");
        assertThat(stopped).as("the file after the stop (" + stopped + " bytes) against while running (" + running + ")")
                .isLessThan(running / 2);
        // H2's own close compacts for 200 ms, which on a file this small goes part of the way (about half, measured):
        // the stop compacts fully, as small as H2's full compaction of a copy makes it
        Path copy = Files.copy(file, dataDir.resolve("copy.mv.db"));
        MVStoreTool.compact(copy.toString(), true);
        long compacted = Files.size(copy);
        assertThat(stopped).as("the file after the stop (" + stopped + " bytes) against a full compaction of it (" + compacted + ")")
                .isLessThanOrEqualTo(compacted + compacted / 10);
        assertThat(Files.readString(dataDir.resolve("first.log"))).contains("Compacted the embedded database from");

        try (ServiceProcess again = ServiceProcess.start(dataDir, "second", Map.of())) {
            assertThat(answers(again.api())).isEqualTo(before);
            var integrity = again.api().get("/api/v1/integrity").json();
            assertThat(integrity.path("firstBrokenLink").isNull()).as(integrity.toString()).isTrue();
            assertThat(integrity.path("length").asLong()).isPositive();
        }
    }

    /** Each read's status and body ({@link ReadAnswers#answers}), every one of them a 200. */
    private static Map<String, String> answers(Api api) {
        Map<String, String> answers = ReadAnswers.answers(api, READS);
        answers.forEach((read, answer) -> assertThat(answer).as(read).startsWith("200 "));
        return answers;
    }

    @Test
    void theFileOfAnEmbeddedUrlIsItsPathWithH2sSuffix() {
        assertThat(CompactionOnStop.fileOf("jdbc:h2:file:./data/casereview;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"))
                .isEqualTo(Path.of("./data/casereview.mv.db"));
        assertThat(CompactionOnStop.fileOf("jdbc:h2:file:/srv/db")).isEqualTo(Path.of("/srv/db.mv.db"));
    }
}
