package uk.org.casereview.projections.timeliness;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.org.casereview.domain.calendar.Milestone;
import uk.org.casereview.domain.calendar.MilestoneDates;
import uk.org.casereview.domain.calendar.MilestoneState;
import uk.org.casereview.projections.practicereview.PracticeReviewQueries;
import uk.org.casereview.projections.rapidreview.RapidReviewQueries;
import uk.org.casereview.projections.readmodel.MilestoneView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Statutory timeliness: the milestones due in a period and their state as of a date. A review with nothing recorded
 * after that date reads from its milestone rows; one with later facts (a delay recorded since, say) is folded as of the
 * date, so that the answer is the one its view gives.
 */
@Component
public class TimelinessQueries {

    private static final String RAPID_REVIEW = "RAPID_REVIEW";

    private final JdbcTemplate jdbc;
    private final RapidReviewQueries rapidReviews;
    private final PracticeReviewQueries practiceReviews;

    public TimelinessQueries(JdbcTemplate jdbc, RapidReviewQueries rapidReviews, PracticeReviewQueries practiceReviews) {
        this.jdbc = jdbc;
        this.rapidReviews = rapidReviews;
        this.practiceReviews = practiceReviews;
    }

    public StatutoryTimeliness timeliness(LocalDate from, LocalDate to, LocalDate asOf) {
        Map<Milestone, List<StatutoryTimeliness.Review>> byMilestone = new EnumMap<>(Milestone.class);
        Map<Milestone, Boolean> statutory = new EnumMap<>(Milestone.class);
        jdbc.query("select m.milestone, m.review_id, m.reference, m.review_kind, m.due_on, m.done_on, m.statutory, m.not_required_on,"
                        + " m.lapsed_on"
                        + " from milestone m left join rapid_review rr on rr.id = m.review_id left join practice_review pr on pr.id = m.review_id"
                        + " where m.due_on >= ? and m.due_on <= ? and coalesce(rr.last_fact_on, pr.last_fact_on) <= ?",
                rs -> {
                    MilestoneDates dates = new MilestoneDates(Milestone.valueOf(rs.getString(1)), rs.getObject(5, LocalDate.class),
                            rs.getObject(6, LocalDate.class), rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class),
                            rs.getBoolean(7));
                    add(byMilestone, statutory, dates.name(), rs.getString(2), rs.getString(3), rs.getString(4), dates.dueOn(),
                            dates.doneBy(asOf), dates.stateOn(asOf), dates.statutory());
                }, from, to, asOf);
        for (String id : jdbc.queryForList("select id from rapid_review where notified_on <= ? and last_fact_on > ?", String.class, asOf, asOf)) {
            rapidReviews.find(id, asOf).ifPresent(view -> view.milestones().stream().filter(m -> within(m, from, to)).forEach(m ->
                    add(byMilestone, statutory, m.name(), id, view.reference(), RAPID_REVIEW, m.dueOn(), m.doneOn(), m.state(), m.statutory())));
        }
        for (String id : jdbc.queryForList("select id from practice_review where decided_on <= ? and last_fact_on > ?", String.class, asOf, asOf)) {
            practiceReviews.find(id, asOf).ifPresent(view -> view.milestones().stream().filter(m -> within(m, from, to)).forEach(m ->
                    add(byMilestone, statutory, m.name(), id, view.reference(), view.kind().name(), m.dueOn(), m.doneOn(), m.state(), m.statutory())));
        }
        byMilestone.values().forEach(reviews -> reviews.sort(Comparator.comparing(StatutoryTimeliness.Review::dueOn)
                .thenComparing(StatutoryTimeliness.Review::reference)));
        List<StatutoryTimeliness.MilestoneTimeliness> milestones = new ArrayList<>();
        for (Milestone milestone : Milestone.values()) {
            List<StatutoryTimeliness.Review> reviews = byMilestone.getOrDefault(milestone, List.of());
            milestones.add(new StatutoryTimeliness.MilestoneTimeliness(milestone, statutory.getOrDefault(milestone, milestone != Milestone.PANEL_RESPONSE),
                    count(reviews, MilestoneState.MET), count(reviews, MilestoneState.MISSED),
                    count(reviews, MilestoneState.OVERDUE), count(reviews, MilestoneState.DUE),
                    count(reviews, MilestoneState.NOT_REQUIRED), reviews));
        }
        return new StatutoryTimeliness(from, to, asOf, milestones);
    }

    private static boolean within(MilestoneView milestone, LocalDate from, LocalDate to) {
        return milestone.dueOn() != null && !milestone.dueOn().isBefore(from) && !milestone.dueOn().isAfter(to);
    }

    private static void add(Map<Milestone, List<StatutoryTimeliness.Review>> byMilestone, Map<Milestone, Boolean> statutory,
                            Milestone milestone, String reviewId, String reference, String kind, LocalDate dueOn, LocalDate doneOn,
                            MilestoneState state, boolean isStatutory) {
        byMilestone.computeIfAbsent(milestone, m -> new ArrayList<>()).add(new StatutoryTimeliness.Review(reviewId, reference, kind,
                dueOn, doneOn, state));
        statutory.put(milestone, isStatutory);
    }

    private static long count(List<StatutoryTimeliness.Review> reviews, MilestoneState state) {
        return reviews.stream().filter(r -> r.state() == state).count();
    }
}
