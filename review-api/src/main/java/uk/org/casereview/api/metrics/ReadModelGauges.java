package uk.org.casereview.api.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.org.casereview.api.web.ProcessorTokens;
import uk.org.casereview.api.web.Today;
import uk.org.casereview.domain.calendar.Milestone;
import uk.org.casereview.domain.calendar.MilestoneDates;
import uk.org.casereview.domain.calendar.MilestoneState;
import uk.org.casereview.domain.calendar.Rag;
import uk.org.casereview.domain.calendar.StatutoryClock;
import uk.org.casereview.domain.referencedata.ReferenceData;
import uk.org.casereview.domain.recommendation.RecommendationStatus;
import uk.org.casereview.projections.readmodel.ActivePeriods;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The partnership's gauges, computed from the read models as of today every {@code casereview.metrics.refresh-interval}
 * (15 s by default) and served from memory, so that a scrape never queries the database, let alone the event store.
 * Label values are reference-data codes and enumerations: the number of series is bounded and every one is always
 * present (zero when nothing matches).
 */
@Component
public class ReadModelGauges {

    private static final Logger log = LoggerFactory.getLogger(ReadModelGauges.class);

    private final JdbcTemplate jdbc;
    private final Today today;
    private final ReferenceData referenceData;
    private final StatutoryClock clock;
    private final ProcessorTokens tokens;

    private final MultiGauge openByAgency;
    private final MultiGauge overdueByAgency;
    private final MultiGauge openByTheme;
    private final MultiGauge overdueByTheme;
    private final MultiGauge actionsByRag;
    private final MultiGauge recommendationsByStatus;
    private final MultiGauge milestonesByState;
    private final AtomicLong lag = new AtomicLong();
    private final AtomicLong refreshedAt = new AtomicLong();
    /** The date, the processor's tokens and the rebuild's state the gauges were last counted at. */
    private volatile List<Object> counted;
    /** Set by {@link #recount()}: count at the next refresh whatever has moved. */
    private volatile boolean stale;

    public ReadModelGauges(MeterRegistry registry, JdbcTemplate jdbc, Today today, ReferenceData referenceData,
                           StatutoryClock clock, ProcessorTokens tokens) {
        this.jdbc = jdbc;
        this.today = today;
        this.referenceData = referenceData;
        this.clock = clock;
        this.tokens = tokens;
        openByAgency = MultiGauge.builder("casereview.actions.open").description("Actions not complete, by agency, as of today").register(registry);
        overdueByAgency = MultiGauge.builder("casereview.actions.overdue").description("Actions past their due date and not complete (RED), by agency").register(registry);
        openByTheme = MultiGauge.builder("casereview.theme.actions.open").description("Open actions of recommendations carrying the theme").register(registry);
        overdueByTheme = MultiGauge.builder("casereview.theme.actions.overdue").description("Overdue actions of recommendations carrying the theme").register(registry);
        actionsByRag = MultiGauge.builder("casereview.actions").description("Actions by RAG as of today (COMPLETE: evidence accepted)").register(registry);
        recommendationsByStatus = MultiGauge.builder("casereview.recommendations").description("Recommendations by status as of today").register(registry);
        milestonesByState = MultiGauge.builder("casereview.milestones").description("Statutory milestones of every review by state as of today").register(registry);
        Gauge.builder("casereview.read.model.lag", lag, AtomicLong::get).baseUnit("events")
                .description("Events in the event store not yet in the read models").register(registry);
        Gauge.builder("casereview.metrics.refreshed.timestamp", refreshedAt, AtomicLong::get).baseUnit("seconds")
                .description("When these gauges were last computed (Unix time)").register(registry);
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${casereview.metrics.refresh-interval:15s}")
    public void refresh() {
        try {
            LocalDate date = today.date();
            long head = tokens.eventStoreHead();
            Map<Integer, TrackingToken> positions = tokens.bySegment();
            List<Map<String, Object>> rebuild = jdbc.queryForList("select started_at, state, finished_at from read_model_rebuild where id = 1");
            // the gauges are counts of the read models as of today: while neither they (every segment's token, gaps
            // included, and the rebuild's state) nor the date have moved, they stand (nationally a count takes about
            // 2 s of a core, taken every 15 s from the people asking questions)
            List<Object> moved = List.of(date, positions, rebuild);
            if (stale || !moved.equals(counted)) {
                stale = false;
                actions(date);
                recommendations(date);
                milestones(date);
                counted = moved;
            }
            long reached = reached(positions);
            lag.set(Math.max(0, head - reached));
            refreshedAt.set(System.currentTimeMillis() / 1000);
        } catch (RuntimeException e) {
            log.warn("could not compute the read-model gauges", e);
        }
    }

    private void actions(LocalDate date) {
        Map<String, long[]> byAgency = new HashMap<>();
        long[] rag = new long[Rag.values().length];
        LocalDate amberLimit = date.plusDays(clock.timescales().amberWithinDays());
        List<Object> args = new ArrayList<>(List.of(date, date, amberLimit));
        String open = ActivePeriods.containing("action_period", "recommendation_id, agency, due_on", date, args);
        jdbc.query("select agency, count(*), sum(case when due_on < ? then 1 else 0 end), sum(case when due_on >= ? and due_on <= ? then 1 else 0 end)"
                        + " from " + open + " ap group by agency",
                rs -> {
                    byAgency.put(rs.getString(1), new long[]{rs.getLong(2), rs.getLong(3)});
                    rag[Rag.RED.ordinal()] += rs.getLong(3);
                    rag[Rag.AMBER.ordinal()] += rs.getLong(4);
                    rag[Rag.GREEN.ordinal()] += rs.getLong(2) - rs.getLong(3) - rs.getLong(4);
                }, args.toArray());
        rag[Rag.COMPLETE.ordinal()] = jdbc.queryForObject("select count(*) from action where completed_on <= ?", Long.class, date);
        rag[Rag.CANCELLED.ordinal()] = jdbc.queryForObject("select count(*) from action where cancelled_on <= ?", Long.class, date);
        openByAgency.register(rows("agency", referenceData.agencies().keySet(), code -> byAgency.getOrDefault(code, new long[2])[0]), true);
        overdueByAgency.register(rows("agency", referenceData.agencies().keySet(), code -> byAgency.getOrDefault(code, new long[2])[1]), true);
        List<MultiGauge.Row<?>> ragRows = new ArrayList<>();
        for (Rag value : Rag.values()) {
            ragRows.add(MultiGauge.Row.of(Tags.of("rag", value.name()), rag[value.ordinal()]));
        }
        actionsByRag.register(ragRows, true);

        Map<String, long[]> byTheme = new HashMap<>();
        List<Object> themeArgs = new ArrayList<>(List.of(date));
        String openForThemes = ActivePeriods.containing("action_period", "recommendation_id, due_on", date, themeArgs);
        jdbc.query("select t.theme, count(*), sum(case when ap.due_on < ? then 1 else 0 end) from " + openForThemes + " ap"
                        + " join recommendation_theme t on t.recommendation_id = ap.recommendation_id group by t.theme",
                rs -> {
                    byTheme.put(rs.getString(1), new long[]{rs.getLong(2), rs.getLong(3)});
                }, themeArgs.toArray());
        openByTheme.register(rows("theme", referenceData.themes().keySet(), code -> byTheme.getOrDefault(code, new long[2])[0]), true);
        overdueByTheme.register(rows("theme", referenceData.themes().keySet(), code -> byTheme.getOrDefault(code, new long[2])[1]), true);
    }

    private void recommendations(LocalDate date) {
        Map<String, Long> byStatus = new HashMap<>();
        List<Object> args = new ArrayList<>();
        String periods = ActivePeriods.containing("recommendation_period", "status", date, args);
        jdbc.query("select status, count(*) from " + periods + " p group by status",
                rs -> {
                    byStatus.put(rs.getString(1), rs.getLong(2));
                }, args.toArray());
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        for (RecommendationStatus status : RecommendationStatus.values()) {
            rows.add(MultiGauge.Row.of(Tags.of("status", status.name()), byStatus.getOrDefault(status.name(), 0L)));
        }
        recommendationsByStatus.register(rows, true);
    }

    private void milestones(LocalDate date) {
        Map<Milestone, Map<MilestoneState, Long>> counts = new EnumMap<>(Milestone.class);
        for (Milestone milestone : Milestone.values()) {
            Map<MilestoneState, Long> states = new EnumMap<>(MilestoneState.class);
            for (MilestoneState state : MilestoneState.values()) {
                states.put(state, 0L);
            }
            counts.put(milestone, states);
        }
        jdbc.query("select milestone, due_on, done_on, not_required_on, lapsed_on from milestone",
                rs -> {
                    MilestoneState state = MilestoneDates.state(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                            rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), date);
                    counts.get(Milestone.valueOf(rs.getString(1))).merge(state, 1L, Long::sum);
                });
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        counts.forEach((milestone, states) -> states.forEach((state, count) ->
                rows.add(MultiGauge.Row.of(Tags.of("milestone", milestone.name(), "state", state.name()), count))));
        milestonesByState.register(rows, true);
    }

    /** Has the next refresh count again, though neither the read models' position nor the date has moved. */
    public void recount() {
        stale = true;
    }

    /** The position the slowest segment of the read-model processor has reached: 0 while it has none. */
    private static long reached(Map<Integer, TrackingToken> positions) {
        long slowest = Long.MAX_VALUE;
        for (TrackingToken token : positions.values()) {
            long position = token == null ? 0 : WrappedToken.unwrap(token, GapAwareTrackingToken.class).map(GapAwareTrackingToken::getIndex).orElse(0L);
            slowest = Math.min(slowest, position);
        }
        return slowest == Long.MAX_VALUE ? 0 : slowest;
    }

    private static List<MultiGauge.Row<?>> rows(String tag, Iterable<String> codes, java.util.function.ToLongFunction<String> value) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        for (String code : codes) {
            rows.add(MultiGauge.Row.of(Tags.of(tag, code), value.applyAsLong(code)));
        }
        return rows;
    }
}
