package uk.org.casereview.projections.recommendation;

import uk.org.casereview.domain.calendar.StatutoryClock;
import uk.org.casereview.domain.recommendation.ActionStatus;
import uk.org.casereview.domain.recommendation.RecommendationEvent;
import uk.org.casereview.projections.shared.ActivePeriods;
import uk.org.casereview.projections.shared.DerivedRow;
import uk.org.casereview.projections.shared.History;
import uk.org.casereview.projections.shared.ReadModels;
import uk.org.casereview.projections.shared.Recorded;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rows a recommendation's history stands for. Besides its current state, the status of the recommendation and
 * the due date of each open action are kept as periods [from_on, to_on) of business dates, so that a list "as of"
 * any date is one indexed join. The periods come from the same fold as the views: the state as of each date on which
 * something was recorded.
 */
final class RecommendationRows {

    private RecommendationRows() {
    }

    static Set<DerivedRow> derive(History<RecommendationEvent> history, StatutoryClock clock) {
        Set<DerivedRow> rows = new HashSet<>();
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (Recorded<RecommendationEvent> recorded : history.entries()) {
            dates.add(recorded.event().on());
        }
        List<LocalDate> changes = new ArrayList<>(dates);
        List<RecommendationView> states = new ArrayList<>();
        for (LocalDate date : changes) {
            states.add(RecommendationFold.view(history, date, clock, null).orElse(null));
        }
        RecommendationView current = states.isEmpty() ? null : states.get(states.size() - 1);
        if (current == null) {
            return rows;
        }
        rows.add(new RecommendationRow(current.id(), current.sourceId(), current.number(), current.madeOn(),
                current.response() == null ? null : current.response().respondedOn(),
                current.response() == null ? null : current.response().accepted(),
                current.closure() == null ? null : current.closure().closedOn()));
        for (String theme : current.themes()) {
            rows.add(new ThemeRow(current.id(), theme, current.madeOn()));
        }
        for (RecommendationView.ActionView action : current.actions()) {
            rows.add(new ActionRow(current.id(), action.actionId(), action.agency(), action.description(), action.owner(),
                    action.assignedOn(), action.originalDueOn(), action.dueOn(), action.completedOn()));
        }
        statusPeriods(current.id(), changes, states, rows);
        for (RecommendationView.ActionView action : current.actions()) {
            actionPeriods(current.id(), action, changes, states, rows);
        }
        return rows;
    }

    private static void statusPeriods(String id, List<LocalDate> changes, List<RecommendationView> states, Set<DerivedRow> rows) {
        LocalDate from = null;
        RecommendationStatus status = null;
        LocalDate made = null;
        LocalDate settled = null;
        for (int i = 0; i < changes.size(); i++) {
            RecommendationView state = states.get(i);
            RecommendationStatus now = state == null ? null : state.status();
            if (!Objects.equals(now, status)) {
                if (status != null) {
                    rows.add(new StatusPeriodRow(id, from, changes.get(i), status.name()));
                }
                from = changes.get(i);
                status = now;
                made = made == null ? from : made;
                settled = settled == null && settled(now) ? from : settled;
            }
        }
        if (status != null) {
            rows.add(new StatusPeriodRow(id, from, ReadModels.OPEN_END, status.name()));
            rows.add(new OpenPeriodRow(id, made, settled == null ? ReadModels.OPEN_END : settled));
        }
    }

    /** Closed and declined are final: the recommendation is no longer open. */
    private static boolean settled(RecommendationStatus status) {
        return status == RecommendationStatus.CLOSED || status == RecommendationStatus.DECLINED;
    }

    private static void actionPeriods(String id, RecommendationView.ActionView action, List<LocalDate> changes,
                                      List<RecommendationView> states, Set<DerivedRow> rows) {
        LocalDate from = null;
        LocalDate due = null;
        for (int i = 0; i < changes.size(); i++) {
            RecommendationView.ActionView then = states.get(i) == null ? null : find(states.get(i), action.actionId());
            LocalDate openDue = then == null || then.status() == ActionStatus.COMPLETE ? null : then.dueOn();
            if (!Objects.equals(openDue, due)) {
                if (due != null) {
                    actionPeriod(id, action, from, changes.get(i), due, rows);
                }
                from = changes.get(i);
                due = openDue;
            }
        }
        if (due != null) {
            actionPeriod(id, action, from, ReadModels.OPEN_END, due, rows);
        }
    }

    /** The period the action was open with this due date, and the part of it after the due date, when it was overdue. */
    private static void actionPeriod(String id, RecommendationView.ActionView action, LocalDate from, LocalDate to, LocalDate due,
                                     Set<DerivedRow> rows) {
        rows.add(new ActionPeriodRow(id, action.actionId(), action.agency(), from, to, due));
        LocalDate overdueFrom = due.plusDays(1).isAfter(from) ? due.plusDays(1) : from;
        if (overdueFrom.isBefore(to)) {
            rows.add(new OverduePeriodRow(id, action.actionId(), action.agency(), overdueFrom, to, due));
        }
    }

    private static RecommendationView.ActionView find(RecommendationView view, String actionId) {
        for (RecommendationView.ActionView action : view.actions()) {
            if (action.actionId().equals(actionId)) {
                return action;
            }
        }
        return null;
    }

    record RecommendationRow(String id, String sourceId, String number, LocalDate madeOn, LocalDate respondedOn,
                             Boolean accepted, LocalDate closedOn) implements DerivedRow {
        @Override
        public String table() {
            return "recommendation";
        }

        @Override
        public List<String> key() {
            return List.of("id");
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
                     LocalDate assignedOn, LocalDate originalDueOn, LocalDate dueOn, LocalDate completedOn) implements DerivedRow {
        @Override
        public String table() {
            return "action";
        }

        @Override
        public List<String> key() {
            return List.of("recommendation_id", "action_id");
        }
    }

    /** The recommendation had this status on every business date in [from_on, to_on). */
    record StatusPeriodRow(String recommendationId, LocalDate fromOn, LocalDate toOn, String status, int lengthClass) implements DerivedRow {
        StatusPeriodRow(String recommendationId, LocalDate fromOn, LocalDate toOn, String status) {
            this(recommendationId, fromOn, toOn, status, ActivePeriods.lengthClass(fromOn, toOn, settled(RecommendationStatus.valueOf(status))));
        }

        @Override
        public String table() {
            return "recommendation_period";
        }

        @Override
        public List<String> key() {
            return List.of("recommendation_id", "from_on");
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

    /** The recommendation was open (made, and neither closed nor declined) on every business date in [from_on, to_on). */
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
            return List.of("recommendation_id");
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
