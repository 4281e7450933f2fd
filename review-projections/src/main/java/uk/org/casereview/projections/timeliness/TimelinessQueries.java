package uk.org.casereview.projections.timeliness;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.org.casereview.domain.calendar.Milestone;
import uk.org.casereview.domain.calendar.MilestoneState;
import uk.org.casereview.projections.shared.MilestoneView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Statutory timeliness: the milestones due in a period and their state as of a date. */
@Component
public class TimelinessQueries {

    private final JdbcTemplate jdbc;

    public TimelinessQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public StatutoryTimeliness timeliness(LocalDate from, LocalDate to, LocalDate asOf) {
        Map<Milestone, List<StatutoryTimeliness.Review>> byMilestone = new EnumMap<>(Milestone.class);
        Map<Milestone, Boolean> statutory = new EnumMap<>(Milestone.class);
        jdbc.query("select milestone, review_id, reference, review_kind, due_on, done_on, statutory, on_hold from milestone"
                        + " where due_on >= ? and due_on <= ? order by due_on, reference",
                rs -> {
                    Milestone milestone = Milestone.valueOf(rs.getString(1));
                    LocalDate dueOn = rs.getObject(5, LocalDate.class);
                    LocalDate doneOn = rs.getObject(6, LocalDate.class);
                    boolean onHold = rs.getBoolean(8);
                    LocalDate doneBy = doneOn != null && !doneOn.isAfter(asOf) ? doneOn : null;
                    byMilestone.computeIfAbsent(milestone, m -> new ArrayList<>()).add(new StatutoryTimeliness.Review(
                            rs.getString(2), rs.getString(3), rs.getString(4), dueOn, doneBy,
                            MilestoneView.state(dueOn, doneOn, onHold, asOf), onHold));
                    statutory.put(milestone, rs.getBoolean(7));
                }, from, to);
        List<StatutoryTimeliness.MilestoneTimeliness> milestones = new ArrayList<>();
        for (Milestone milestone : Milestone.values()) {
            List<StatutoryTimeliness.Review> reviews = byMilestone.getOrDefault(milestone, List.of());
            milestones.add(new StatutoryTimeliness.MilestoneTimeliness(milestone, statutory.getOrDefault(milestone, milestone != Milestone.PANEL_RESPONSE),
                    count(reviews, MilestoneState.MET), count(reviews, MilestoneState.MISSED),
                    count(reviews, MilestoneState.OVERDUE), count(reviews, MilestoneState.DUE), reviews));
        }
        return new StatutoryTimeliness(from, to, asOf, milestones);
    }

    private static long count(List<StatutoryTimeliness.Review> reviews, MilestoneState state) {
        return reviews.stream().filter(r -> r.state() == state).count();
    }
}
