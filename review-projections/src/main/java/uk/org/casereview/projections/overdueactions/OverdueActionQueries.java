package uk.org.casereview.projections.overdueactions;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.org.casereview.projections.readmodel.ActivePeriods;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Actions past their due date and not complete as of a date, from the overdue periods of actions: the due date in force
 * on that date (a revision made later does not count yet) and completion on or before it.
 */
@Component
public class OverdueActionQueries {

    private final JdbcTemplate jdbc;

    public OverdueActionQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public OverdueActions overdue(LocalDate asOf, String agency, String theme, int page, int size) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" from " + ActivePeriods.containing("action_overdue_period",
                "recommendation_id, action_id, agency, due_on", asOf, "", List.of(), false, args) + " ap where 1 = 1");
        if (agency != null) {
            where.append(" and ap.agency = ?");
            args.add(agency);
        }
        if (theme != null) {
            where.append(" and ap.recommendation_id in (select t.recommendation_id from recommendation_theme t where t.theme = ?)");
            args.add(theme);
        }
        long total = jdbc.queryForObject("select count(*)" + where, Long.class, args.toArray());
        args.add(size);
        args.add((long) page * size);
        List<Row> rows = jdbc.query("select ap.recommendation_id, ap.action_id, ap.agency, ap.due_on, a.description, a.owner,"
                        + " a.original_due_on, r.number, coalesce(pr.reference, rr.reference) from (select ap.recommendation_id,"
                        + " ap.action_id, ap.agency, ap.due_on" + where + " order by ap.due_on, ap.recommendation_id, ap.action_id"
                        + " limit ? offset ?) ap"
                        + " join action a on a.recommendation_id = ap.recommendation_id and a.action_id = ap.action_id"
                        + " join recommendation r on r.id = ap.recommendation_id"
                        + " left join practice_review pr on pr.id = r.source_id left join rapid_review rr on rr.id = r.source_id"
                        + " order by ap.due_on, ap.recommendation_id, ap.action_id",
                (rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                        rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), rs.getString(8), rs.getString(9)),
                args.toArray());
        Map<String, List<String>> themes = themes(rows.stream().map(Row::recommendationId).distinct().toList());
        List<OverdueAction> items = rows.stream().map(row -> new OverdueAction(row.recommendationId(), row.sourceReference(),
                row.number(), row.actionId(), row.description(), row.agency(), row.owner(), row.dueOn(), row.originalDueOn(),
                ChronoUnit.DAYS.between(row.dueOn(), asOf), themes.getOrDefault(row.recommendationId(), List.of()))).toList();
        return new OverdueActions(asOf, items, total, page, size);
    }

    private Map<String, List<String>> themes(List<String> recommendationIds) {
        Map<String, List<String>> themes = new HashMap<>();
        if (recommendationIds.isEmpty()) {
            return themes;
        }
        String marks = recommendationIds.stream().map(id -> "?").collect(Collectors.joining(","));
        jdbc.query("select recommendation_id, theme from recommendation_theme where recommendation_id in (" + marks
                        + ") order by recommendation_id, theme",
                rs -> {
                    themes.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(rs.getString(2));
                }, recommendationIds.toArray());
        return themes;
    }

    private record Row(String recommendationId, String actionId, String agency, LocalDate dueOn, String description,
                       String owner, LocalDate originalDueOn, String number, String sourceReference) {
    }
}
