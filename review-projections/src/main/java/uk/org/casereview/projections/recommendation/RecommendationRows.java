package uk.org.casereview.projections.recommendation;

import uk.org.casereview.domain.calendar.Rag;
import uk.org.casereview.domain.calendar.StatutoryClock;
import uk.org.casereview.domain.recommendation.ActionState;
import uk.org.casereview.domain.recommendation.RecommendationEvent;
import uk.org.casereview.domain.recommendation.RecommendationState;
import uk.org.casereview.domain.recommendation.RecommendationStatus;
import uk.org.casereview.projections.readmodel.ActivePeriods;
import uk.org.casereview.projections.readmodel.DailyCount;
import uk.org.casereview.projections.readmodel.DailyCounts;
import uk.org.casereview.projections.readmodel.DatedFactRow;
import uk.org.casereview.projections.readmodel.DerivedRow;
import uk.org.casereview.projections.readmodel.History;
import uk.org.casereview.projections.readmodel.ReadModels;
import uk.org.casereview.projections.readmodel.Recorded;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The rows a recommendation's effective history stands for. Besides its current state, the status of the recommendation
 * and the due date (and agency) of each open action are kept as periods [from_on, to_on) of business dates, so that a
 * list "as of" any date is one indexed join. The periods come from one pass over the effective facts in business-date
 * order, folded by the domain's {@link RecommendationState}: a period ends whenever a status, a due date or the agency
 * holding an action changes. So is the recommendation's RAG, the domain's {@link RecommendationState#worstRag} on each
 * date, which also changes between facts: as a due date comes within the amber window, and when it passes. The status
 * and RAG periods are counted day by day ({@link DailyCounts}), so that a list by either has its total at once.
 */
final class RecommendationRows {

    /** What the daily counts of the recommendations' status and RAG periods are called. */
    static final String STATUS_COUNT = "RECOMMENDATION_STATUS";
    static final String RAG_COUNT = "RECOMMENDATION_RAG";
    /** The daily counts of recommendations made: one value, counted from the day each was made. */
    static final String MADE_COUNT = "RECOMMENDATION_MADE";
    static final String MADE = "MADE";

    private RecommendationRows() {
    }

    /** An open action's due date and holder on a date. */
    private record Open(LocalDate dueOn, String agency) {
    }

    static Set<DerivedRow> derive(History<RecommendationEvent> history, StatutoryClock clock) {
        Set<DerivedRow> rows = new HashSet<>();
        List<Recorded<RecommendationEvent>> facts = history.effective();
        if (facts.isEmpty()) {
            return rows;
        }
        RecommendationState state = new RecommendationState();
        String id = facts.get(0).event().recommendationId();
        Periods<RecommendationStatus> status = new Periods<>();
        Periods<Boolean> open = new Periods<>();
        Periods<Rag> rag = new Periods<>();
        Map<String, Periods<Open>> actions = new LinkedHashMap<>();
        LocalDate day = null;
        for (int i = 0; i < facts.size(); i++) {
            RecommendationEvent event = facts.get(i).event();
            state.evolve(event);
            day = day == null || event.on().isAfter(day) ? event.on() : day;
            boolean lastOfDay = i == facts.size() - 1 || facts.get(i + 1).event().on().isAfter(day);
            if (lastOfDay) {
                status.at(day, state.status());
                open.at(day, state.status().isSettled() ? null : Boolean.TRUE);
                for (ActionState action : state.actions()) {
                    actions.computeIfAbsent(action.actionId(), a -> new Periods<>())
                            .at(day, action.isOpen() ? new Open(action.dueOn(), action.agency()) : null);
                }
                LocalDate next = i == facts.size() - 1 ? ReadModels.OPEN_END : facts.get(i + 1).event().on();
                ragUntil(state, day, next, clock, rag);
            }
        }
        rows.add(new RecommendationRow(id, state.sourceId(), state.number(), state.madeOn(),
                state.response() == null ? null : state.response().respondedOn(),
                state.response() == null ? null : state.response().accepted(),
                state.closure() == null ? null : state.closure().closedOn(), history.version()));
        for (String theme : state.themes()) {
            rows.add(new ThemeRow(id, theme, state.madeOn()));
        }
        for (ActionState action : state.actions()) {
            rows.add(new ActionRow(id, action.actionId(), action.agency(), action.description(), action.owner(),
                    action.assignedOn(), action.originalDueOn(), action.dueOn(), action.completedOn(), action.cancelledOn(),
                    action.status().name()));
        }
        for (int i = 0; i < state.closures().size(); i++) {
            rows.add(new DatedFactRow(id, DatedFactRow.CLOSURE, i, state.closures().get(i).closedOn()));
        }
        for (int i = 0; i < state.reopenings().size(); i++) {
            rows.add(new DatedFactRow(id, DatedFactRow.REOPENING, i, state.reopenings().get(i).reopenedOn()));
        }
        for (int i = 0; i < state.impactReviews().size(); i++) {
            rows.add(new DatedFactRow(id, DatedFactRow.IMPACT_REVIEW, i, state.impactReviews().get(i).reviewedOn()));
        }
        int revisions = 0;
        for (ActionState action : state.actions()) {
            for (ActionState.Revision revision : action.revisions()) {
                rows.add(new DatedFactRow(id, DatedFactRow.DUE_DATE_REVISION, revisions++, revision.revisedOn()));
            }
        }
        status.forEach((from, to, value) -> rows.add(new StatusPeriodRow(id, from, to, value.name(), state.madeOn())));
        open.forEach((from, to, value) -> rows.add(new OpenPeriodRow(id, from, to)));
        rag.forEach((from, to, value) -> rows.add(new RagPeriodRow(id, from, to, value.name(), state.madeOn())));
        actions.forEach((actionId, periods) -> periods.forEach((from, to, held) -> actionPeriod(id, actionId, from, to, held, rows)));
        return rows;
    }

    /**
     * The values a thing took, each from the date it took it until the next change (the last until {@code OPEN_END});
     * null values are gaps.
     */
    private static final class Periods<T> {
        private final List<LocalDate> from = new ArrayList<>();
        private final List<T> values = new ArrayList<>();

        void at(LocalDate date, T value) {
            T last = values.isEmpty() ? null : values.get(values.size() - 1);
            if (values.isEmpty() ? value != null : !Objects.equals(last, value)) {
                from.add(date);
                values.add(value);
            }
        }

        interface Period<T> {
            void accept(LocalDate from, LocalDate to, T value);
        }

        void forEach(Period<T> period) {
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) != null) {
                    period.accept(from.get(i), i + 1 < from.size() ? from.get(i + 1) : ReadModels.OPEN_END, values.get(i));
                }
            }
        }
    }

    /**
     * The RAG on each date from {@code day} until {@code next} (excluded), with the state the facts of {@code day} leave:
     * it changes only on a day an action's due date comes within the amber window or the day after it is due.
     */
    private static void ragUntil(RecommendationState state, LocalDate day, LocalDate next, StatutoryClock clock, Periods<Rag> rag) {
        java.util.TreeSet<LocalDate> changes = new java.util.TreeSet<>();
        changes.add(day);
        int amber = clock.timescales().amberWithinDays();
        for (ActionState action : state.actions()) {
            if (action.dueOn() != null) {
                for (LocalDate change : List.of(action.dueOn().minusDays(amber), action.dueOn().plusDays(1))) {
                    if (change.isAfter(day) && change.isBefore(next)) {
                        changes.add(change);
                    }
                }
            }
        }
        for (LocalDate date : changes) {
            rag.at(date, state.worstRag(clock, date));
        }
    }

    /** The period the action was open with this due date and holder, and the part of it after the due date, when it was overdue. */
    private static void actionPeriod(String id, String actionId, LocalDate from, LocalDate to, Open open, Set<DerivedRow> rows) {
        rows.add(new ActionPeriodRow(id, actionId, open.agency(), from, to, open.dueOn()));
        LocalDate overdueFrom = open.dueOn().plusDays(1).isAfter(from) ? open.dueOn().plusDays(1) : from;
        if (overdueFrom.isBefore(to)) {
            rows.add(new OverduePeriodRow(id, actionId, open.agency(), overdueFrom, to, open.dueOn()));
        }
    }

    /** Closed and declined: the recommendation is not open. */
    private static boolean settled(RecommendationStatus status) {
        return status.isSettled();
    }

    /** {@code version}: the sequence number of the last event the row stands for (an event handed over again is left out). */
    record RecommendationRow(String id, String sourceId, String number, LocalDate madeOn, LocalDate respondedOn,
                             Boolean accepted, LocalDate closedOn, long version) implements DerivedRow {
        @Override
        public String table() {
            return "recommendation";
        }

        @Override
        public List<String> key() {
            return List.of("id");
        }

        /** Made on its day, and from then on: how many were made by a date is one sum of a row a day. */
        @Override
        public List<DailyCount> dailyCounts() {
            return DailyCount.ofPeriod(MADE_COUNT, MADE, madeOn, ReadModels.OPEN_END);
        }
    }

    record ThemeRow(String recommendationId, String theme, LocalDate madeOn) implements DerivedRow {
        @Override
        public String table() {
            return "recommendation_theme";
        }

        @Override
        public List<String> key() {
            return List.of("recommendation_id", "theme");
        }
    }

    record ActionRow(String recommendationId, String actionId, String agency, String description, String owner,
                     LocalDate assignedOn, LocalDate originalDueOn, LocalDate dueOn, LocalDate completedOn, LocalDate cancelledOn,
                     String status) implements DerivedRow {
        @Override
        public String table() {
            return "action";
        }

        @Override
        public List<String> key() {
            return List.of("recommendation_id", "action_id");
        }
    }

    /**
     * The recommendation had this status on every business date in [from_on, to_on); {@code madeOn}, the day it was
     * made, puts the periods that have not ended in the order of the lists.
     */
    record StatusPeriodRow(String recommendationId, LocalDate fromOn, LocalDate toOn, String status, int lengthClass,
                           LocalDate madeOn) implements DerivedRow {
        StatusPeriodRow(String recommendationId, LocalDate fromOn, LocalDate toOn, String status, LocalDate madeOn) {
            this(recommendationId, fromOn, toOn, status, ActivePeriods.lengthClass(fromOn, toOn, settled(RecommendationStatus.valueOf(status))),
                    madeOn);
        }

        @Override
        public String table() {
            return "recommendation_period";
        }

        @Override
        public List<String> key() {
            return List.of("recommendation_id", "from_on");
        }

        @Override
        public List<DailyCount> dailyCounts() {
            return DailyCount.ofPeriod(STATUS_COUNT, status, fromOn, toOn);
        }
    }

    /** The recommendation's RAG (the worst of its actions') was this on every business date in [from_on, to_on). */
    record RagPeriodRow(String recommendationId, LocalDate fromOn, LocalDate toOn, String rag, int lengthClass,
                        LocalDate madeOn) implements DerivedRow {
        RagPeriodRow(String recommendationId, LocalDate fromOn, LocalDate toOn, String rag, LocalDate madeOn) {
            this(recommendationId, fromOn, toOn, rag, ActivePeriods.lengthClass(fromOn, toOn), madeOn);
        }

        @Override
        public String table() {
            return "recommendation_rag_period";
        }

        @Override
        public List<String> key() {
            return List.of("recommendation_id", "from_on");
        }

        @Override
        public List<DailyCount> dailyCounts() {
            return DailyCount.ofPeriod(RAG_COUNT, rag, fromOn, toOn);
        }
    }

    /** The action was open, due on due_on, on every business date in [from_on, to_on). */
    record ActionPeriodRow(String recommendationId, String actionId, String agency, LocalDate fromOn, LocalDate toOn,
                           LocalDate dueOn, int lengthClass) implements DerivedRow {
        ActionPeriodRow(String recommendationId, String actionId, String agency, LocalDate fromOn, LocalDate toOn, LocalDate dueOn) {
            this(recommendationId, actionId, agency, fromOn, toOn, dueOn, ActivePeriods.lengthClass(fromOn, toOn));
        }

        @Override
        public String table() {
            return "action_period";
        }

        @Override
        public List<String> key() {
            return List.of("recommendation_id", "action_id", "from_on");
        }
    }

    /**
     * The recommendation was open (made, and neither closed nor declined) on every business date in [from_on, to_on); a
     * reopened recommendation, or one accepted after a decline, has more than one such period.
     */
    record OpenPeriodRow(String recommendationId, LocalDate fromOn, LocalDate toOn, int lengthClass) implements DerivedRow {
        OpenPeriodRow(String recommendationId, LocalDate fromOn, LocalDate toOn) {
            this(recommendationId, fromOn, toOn, ActivePeriods.lengthClass(fromOn, toOn));
        }

        @Override
        public String table() {
            return "recommendation_open_period";
        }

        @Override
        public List<String> key() {
            return List.of("recommendation_id", "from_on");
        }
    }

    /** The action was open and overdue, due on due_on, on every business date in [from_on, to_on). */
    record OverduePeriodRow(String recommendationId, String actionId, String agency, LocalDate fromOn, LocalDate toOn,
                            LocalDate dueOn, int lengthClass) implements DerivedRow {
        OverduePeriodRow(String recommendationId, String actionId, String agency, LocalDate fromOn, LocalDate toOn, LocalDate dueOn) {
            this(recommendationId, actionId, agency, fromOn, toOn, dueOn, ActivePeriods.lengthClass(fromOn, toOn));
        }

        @Override
        public String table() {
            return "action_overdue_period";
        }

        @Override
        public List<String> key() {
            return List.of("recommendation_id", "action_id", "from_on");
        }
    }
}
