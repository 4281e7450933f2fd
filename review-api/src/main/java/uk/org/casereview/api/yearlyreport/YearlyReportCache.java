package uk.org.casereview.api.yearlyreport;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.org.casereview.api.admin.ReadModelRebuild;
import uk.org.casereview.api.audit.AuditTrail;
import uk.org.casereview.api.web.ReadYourWrites;
import uk.org.casereview.domain.history.Correction;
import uk.org.casereview.projections.readmodel.ReportingYear;
import uk.org.casereview.projections.yearlyreport.YearlyReport;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The yearly reports already made (a page of the record each), kept until a fact that could change them is recorded.
 * A report as at a date holds only facts dated on or before it, so a fact dated after a report's date leaves it as it
 * is: recording this year's facts does not make last year's report again. Each answer first looks at the events recorded
 * since it last looked (through Axon's storage engine, late commits included, whichever instance recorded them) and drops
 * every report dated on or after the earliest of their dates; a correction, which can move a fact to any date, drops
 * them all, and so does a rebuild of the read models. A report is kept only when it was made from read models holding
 * every event recorded before and while it was made. {@code casereview.yearly-report.cache} is how long a report is
 * kept at most (10 minutes; 0 switches the cache off).
 */
@Component
public class YearlyReportCache {

    private final EventStorageEngine events;
    private final ReadYourWrites readModels;
    private final ReadModelRebuild rebuild;
    private final JdbcTemplate jdbc;
    private final boolean enabled;
    private final Cache<Key, Object> reports;
    private TrackingToken seen;
    private Object rebuildStartedAt;

    /** What is kept of a report: its year, its date, and which part (a page of its record, the changes since publication). */
    private record Key(int year, LocalDate asOf, String part) {

        /** The last date whose facts the report holds. */
        LocalDate end() {
            LocalDate yearEnd = new ReportingYear(year).to();
            return asOf.isBefore(yearEnd) ? asOf : yearEnd;
        }
    }

    public YearlyReportCache(EventStorageEngine events, ReadYourWrites readModels, ReadModelRebuild rebuild, JdbcTemplate jdbc,
                             MeterRegistry registry, @Value("${casereview.yearly-report.cache:10m}") Duration keptFor) {
        this.events = events;
        this.readModels = readModels;
        this.rebuild = rebuild;
        this.jdbc = jdbc;
        this.enabled = !keptFor.isZero();
        this.reports = Caffeine.newBuilder().maximumSize(200).expireAfterWrite(enabled ? keptFor : Duration.ofSeconds(1))
                .recordStats().build();
        CaffeineCacheMetrics.monitor(registry, reports, "yearlyReports");
        this.seen = events.createHeadToken();
    }

    /** The report kept for this year, date and page, or the one {@code make} makes, kept when it can be. */
    public YearlyReport report(int year, LocalDate asOf, int recordPage, int recordSize, Supplier<YearlyReport> make) {
        return kept(new Key(year, asOf, "record page " + recordPage + " of " + recordSize), make);
    }

    /**
     * The changes since the year's publication (one per year): kept like a report as at the year's end, since they name
     * the later facts dated in the year (finding them makes the whole report again, every recommendation of the record).
     */
    public List<YearlyReport.Change> changesSincePublication(int year, Supplier<List<YearlyReport.Change>> make) {
        return kept(new Key(year, new ReportingYear(year).to(), "changes since publication"), make);
    }

    @SuppressWarnings("unchecked")
    private <T> T kept(Key key, Supplier<T> make) {
        if (!enabled) {
            return make.get();
        }
        TrackingToken before = dropChanged();
        T kept = (T) reports.getIfPresent(key);
        if (kept != null) {
            return kept;
        }
        boolean complete = readModels.caughtUp() && List.of("IDLE", "DONE").contains(rebuild.status().state());
        T made = make.get();
        if (complete && Objects.equals(dropChanged(), before)) {
            reports.put(key, made);
        }
        return made;
    }

    /**
     * Drops every report kept. A rebuild of the read models does so by itself (on every instance); this is for a change
     * to the read models that is no fact, such as a repair made directly in the database.
     */
    public void clear() {
        reports.invalidateAll();
    }

    /** Drops the reports that the events recorded since the last look could change; the position looked up to. */
    private synchronized TrackingToken dropChanged() {
        Object startedAt = jdbc.queryForList("select started_at from read_model_rebuild where id = 1").stream()
                .findFirst().map(row -> row.get("started_at")).orElse(null);
        if (!Objects.equals(startedAt, rebuildStartedAt)) {
            reports.invalidateAll();
            rebuildStartedAt = startedAt;
        }
        LocalDate earliest = null;
        try (Stream<? extends TrackedEventMessage<?>> recorded = events.readEvents(seen, false)) {
            Iterator<? extends TrackedEventMessage<?>> later = recorded.iterator();
            while (later.hasNext()) {
                TrackedEventMessage<?> event = later.next();
                LocalDate date = earliestDateChanged(event.getPayload());
                earliest = earliest == null || date.isBefore(earliest) ? date : earliest;
                seen = event.trackingToken();
            }
        }
        if (earliest != null) {
            LocalDate from = earliest;
            reports.asMap().keySet().removeIf(key -> !key.end().isBefore(from));
        }
        return seen;
    }

    /** The earliest date a fact can change a report as at: its own date, or any date for a correction or another event. */
    static LocalDate earliestDateChanged(Object payload) {
        LocalDate date = payload instanceof Correction<?> ? null : AuditTrail.businessDate(payload);
        return date == null ? LocalDate.MIN : date;
    }
}
