package uk.org.casereview.api.recovery;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import uk.org.casereview.api.readmodels.ReadModelData;
import uk.org.casereview.api.support.Api;
import uk.org.casereview.api.support.ReadAnswers;
import uk.org.casereview.api.support.ServiceProcess;
import uk.org.casereview.api.support.TestDatabase;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An online backup of the embedded database under load: four writers record rapid reviews and their meetings while
 * POST /api/v1/admin/backup runs. The backup is restored into a fresh data directory (the README's steps: unzip it
 * there) and the service started on it: its chain verifies whole, its head and length are those the backup answered,
 * they are the original chain's link at that length (the backup is a prefix of what was recorded), every write
 * acknowledged before the backup started is in it, and every read endpoint answers exactly as a tracker holding that
 * prefix of the events (the original's export cut at that length, imported into a third, empty tracker).
 */
class BackupTest {

    private static final int WRITERS = 4;
    private static final String MEETING = "#meeting";

    @Test
    void aBackupTakenUnderLoadRestoresToAConsistentRecord() throws Exception {
        Path original = Files.createTempDirectory("casereview-backup-original");
        Path restored = Files.createTempDirectory("casereview-backup-restored");
        Path prefix = Files.createTempDirectory("casereview-backup-prefix");
        JsonNode backup;
        List<String> acknowledgedBefore;
        String export;
        try (ServiceProcess service = ServiceProcess.start(original, "original", TestDatabase.embedded(original), Map.of())) {
            new ReadModelData(service.api()).record();
            List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
            List<String> failures = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                running.add(writers.submit(() -> write(service.api(), writer, writing, acknowledged, failures)));
            }
            Thread.sleep(1500);
            acknowledgedBefore = List.copyOf(acknowledged);
            Api.Response made = service.api().post("/api/v1/admin/backup", "");
            Thread.sleep(1000);
            writing.set(false);
            for (Future<?> writer : running) {
                writer.get();
            }
            writers.shutdown();
            assertThat(made.status()).as(made.toString()).isEqualTo(201);
            backup = made.json();
            assertThat(failures).as("writes refused or failed during the backup").isEmpty();
            assertThat(acknowledgedBefore).as("writes before the backup").hasSizeGreaterThan(WRITERS);
            assertThat(acknowledged).as("writes during and after the backup").hasSizeGreaterThan(acknowledgedBefore.size());
            Path file = Path.of(backup.path("file").asText());
            assertThat(file.getParent()).isEqualTo(original.resolve("backups").toAbsolutePath());
            assertThat(backup.path("size").asLong()).isEqualTo(Files.size(file)).isPositive();
            assertThat(backup.path("head").asText()).matches("[0-9a-f]{64}");
            JsonNode now = integrity(service.api());
            assertThat(now.path("length").asLong()).as("events recorded after the backup").isGreaterThan(backup.path("length").asLong());
            export = service.api().get("/api/v1/admin/export", "application/x-ndjson").body();
            unzip(file, restored);
        }
        long length = backup.path("length").asLong();
        List<String> lines = export.lines().toList();
        assertThat(EventExport.JSON.readTree(lines.get((int) length - 1)).path("link").asText())
                .as("the original's link at the backup's length").isEqualTo(backup.path("head").asText());
        String prefixExport = String.join("\n", lines.subList(0, (int) length)) + "\n";

        try (ServiceProcess fromBackup = ServiceProcess.start(restored, "restored", TestDatabase.embedded(restored), Map.of());
             ServiceProcess fromPrefix = ServiceProcess.start(prefix, "prefix", TestDatabase.embedded(prefix), Map.of())) {
            JsonNode integrity = integrity(fromBackup.api());
            assertThat(integrity.path("firstBrokenLink").isNull()).as(integrity.toString()).isTrue();
            assertThat(integrity.path("length").asLong()).isEqualTo(length);
            assertThat(integrity.path("head").asText()).isEqualTo(backup.path("head").asText());
            for (String write : acknowledgedBefore) {
                Api.Response read = fromBackup.api().get(write.replace(MEETING, ""));
                assertThat(read.status()).as("acknowledged before the backup: " + write).isEqualTo(200);
                if (write.endsWith(MEETING)) {
                    assertThat(read.body()).as("the meeting acknowledged before the backup: " + write).contains("2025-06-10");
                }
            }
            Api.Response imported = fromPrefix.api().send(HttpRequest.newBuilder(URI.create(fromPrefix.api().base() + "/api/v1/admin/import"))
                    .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(prefixExport)), "application/json");
            assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
            assertThat(integrity(fromPrefix.api())).isEqualTo(integrity);
            ReadAnswers.awaitReadModelsCaughtUp(fromPrefix.api());
            ReadAnswers.awaitReadModelsCaughtUp(fromBackup.api());
            List<String> paths = ReadAnswers.paths(fromPrefix.api());
            ReadAnswers.awaitSame(ReadAnswers.answers(fromPrefix.api(), paths), fromBackup.api());
        }
    }

    /** Records rapid reviews, each with a meeting, until told to stop; each acknowledged write is kept as the path that reads it. */
    private static void write(Api api, int writer, AtomicBoolean writing, List<String> acknowledged, List<String> failures) {
        for (int n = 0; writing.get(); n++) {
            Api.Response notified = api.post("/api/v1/rapid-reviews", """
                    {"reference":"RR-BACKUP-%d-%d","children":["Child B"],"outcome":"SERIOUSLY_HARMED","awareOn":"2025-06-02",
                     "notifiedOn":"2025-06-04","harmCategories":["NEGLECT"],"themes":["NEGLECT"]}""".formatted(writer, n));
            if (notified.status() != 201) {
                failures.add(notified.toString());
                return;
            }
            String path = "/api/v1/rapid-reviews/" + notified.text("id");
            acknowledged.add(path);
            Api.Response meeting = api.post(path + "/meetings", """
                    {"heldOn":"2025-06-10","agencies":["POLICE"]}""");
            if (meeting.status() != 200) {
                failures.add(meeting.toString());
                return;
            }
            acknowledged.add(path + MEETING);
        }
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Files.copy(entries, into.resolve(entry.getName()));
            }
        }
    }

    private static JsonNode integrity(Api api) {
        Api.Response response = api.get("/api/v1/integrity");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
