package uk.org.casereview.api.pages;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PreDestroy;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Component;
import uk.org.casereview.api.actionplan.ActionPlanImport;
import uk.org.casereview.api.actionplan.ImportReport;
import uk.org.casereview.api.actionplan.SpreadsheetFormat;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The imports started from the import page, run one at a time in the background (as the person who started them), so
 * that the page can show how far each has got. Kept in this instance's memory for as long as it runs, which is enough
 * for a page that follows its own import: with several instances, the pages need sticky sessions.
 */
@Component
public class ImportJobs {

    /** One import: how many of its rows are done, and its report or failure once finished. */
    public static final class Job {
        private final String id = UUID.randomUUID().toString();
        private final String owner;
        private final String fileName;
        private final boolean dryRun;
        private final int rows;
        private final AtomicInteger done = new AtomicInteger();
        private volatile ImportReport report;
        private volatile String failure;

        Job(String owner, String fileName, boolean dryRun, int rows) {
            this.owner = owner;
            this.fileName = fileName;
            this.dryRun = dryRun;
            this.rows = rows;
        }

        public String id() {
            return id;
        }

        public String fileName() {
            return fileName;
        }

        public boolean dryRun() {
            return dryRun;
        }

        public int rows() {
            return rows;
        }

        /** Rows answered so far (never more than the file's rows: a row told again with its closure counts once). */
        public int done() {
            return Math.min(rows, done.get());
        }

        public boolean finished() {
            return report != null || failure != null;
        }

        public ImportReport report() {
            return report;
        }

        public String failure() {
            return failure;
        }
    }

    private final ActionPlanImport importer;
    /** Forgotten an hour after they were last looked at. */
    private final Cache<String, Job> jobs = Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(1)).build();
    private final ExecutorService executor = new DelegatingSecurityContextExecutorService(Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "action-plan-import");
        thread.setDaemon(true);
        return thread;
    }));

    public ImportJobs(ActionPlanImport importer) {
        this.importer = importer;
    }

    /** Starts importing a file already checked to be readable, with its number of rows; the job to follow. */
    public Job start(String owner, String fileName, byte[] file, SpreadsheetFormat format, boolean dryRun, int rows) {
        Job job = new Job(owner, fileName, dryRun, rows);
        jobs.put(job.id(), job);
        executor.execute(() -> {
            try {
                job.report = importer.run(file, format, dryRun, row -> job.done.incrementAndGet());
            } catch (RuntimeException e) {
                job.failure = "The import stopped: " + e.getMessage() + ". The rows before it are recorded; import the file again"
                        + " to record the rest (rows already recorded are not recorded twice).";
            }
        });
        return job;
    }

    /** The job with this id, if the person asking started it. */
    public Optional<Job> find(String id, String owner) {
        return Optional.ofNullable(jobs.getIfPresent(id)).filter(job -> job.owner.equals(owner));
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
