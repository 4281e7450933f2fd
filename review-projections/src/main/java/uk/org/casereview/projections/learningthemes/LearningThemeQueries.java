package uk.org.casereview.projections.learningthemes;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.org.casereview.domain.referencedata.ReferenceData;
import uk.org.casereview.projections.readmodel.ActivePeriods;
import uk.org.casereview.projections.readmodel.Labels;
import uk.org.casereview.projections.readmodel.ReportingYear;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** What was learned, by theme: reviews and recommendations carrying each theme, and the themes that recur. */
@Component
public class LearningThemeQueries {

    private final JdbcTemplate jdbc;
    private final ReferenceData referenceData;
    private final Labels labels;

    public LearningThemeQueries(JdbcTemplate jdbc, ReferenceData referenceData) {
        this.jdbc = jdbc;
        this.referenceData = referenceData;
        this.labels = new Labels(referenceData);
    }

    /** The period's themes as at its last day. */
    public LearningThemes themes(LocalDate from, LocalDate to) {
        return themes(from, to, to);
    }

    /**
     * The period's themes as at {@code asOf}: the reviews and recommendations of the period that existed by then, and
     * whether they were open, overdue or closed on that date (a date after the period shows what became of them since).
     */
    public LearningThemes themes(LocalDate from, LocalDate to, LocalDate asOf) {
        LocalDate last = asOf.isBefore(to) ? asOf : to;
        Map<String, List<LearningThemes.Review>> reviews = new HashMap<>();
        jdbc.query("select theme, review_id, reference, review_kind, on_date from review_theme where on_date >= ? and on_date <= ?"
                        + " order by on_date, reference",
                rs -> {
                    reviews.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(new LearningThemes.Review(
                            rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class)));
                }, from, last);
        Map<String, long[]> counts = counts(from, last, asOf);
        List<LearningThemes.Theme> themes = new ArrayList<>();
        for (String theme : referenceData.themes().keySet()) {
            long[] c = counts.getOrDefault(theme, new long[4]);
            themes.add(new LearningThemes.Theme(theme, labels.theme(theme), reviews.getOrDefault(theme, List.of()), c[0], c[1], c[2], c[3]));
        }
        themes.sort(Comparator.comparing((LearningThemes.Theme t) -> -(t.reviews().size() + t.recommendations())));
        return new LearningThemes(from, to, asOf, themes, recurring(last, null));
    }

    /**
     * For each theme, the recommendations made in [from, last] that carry it, and how many of them were open, overdue
     * (an action open past its due date) and closed on {@code asOf}. The period's recommendations and their themes are
     * index ranges by the day they were made (V43), joined by their ids, and the recommendations with an action overdue
     * that day are one set, read once. Before, the query probed each recommendation's periods and actions once per
     * theme, 9,000 probes nationally: cheap on the embedded database, 155 ms on PostgreSQL.
     */
    private Map<String, long[]> counts(LocalDate from, LocalDate last, LocalDate asOf) {
        List<Object> args = new ArrayList<>();
        String overdue = ActivePeriods.containing("action_overdue_period", "recommendation_id", asOf, "", List.of(), false, args);
        args.addAll(List.of(from, last, asOf, asOf, from, last));
        Map<String, long[]> counts = new HashMap<>();
        jdbc.query("select t.theme, count(*),"
                        + " sum(case when p.status not in ('CLOSED', 'DECLINED') then 1 else 0 end),"
                        + " sum(case when p.recommendation_id in (select ov.recommendation_id from " + overdue + " ov) then 1 else 0 end),"
                        + " sum(case when p.status = 'CLOSED' then 1 else 0 end)"
                        + " from recommendation_period p join recommendation_theme t on t.recommendation_id = p.recommendation_id"
                        + " where p.made_on >= ? and p.made_on <= ? and p.from_on <= ? and p.to_on > ?"
                        + " and t.made_on >= ? and t.made_on <= ? group by t.theme",
                rs -> {
                    counts.put(rs.getString(1), new long[]{rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)});
                }, args.toArray());
        return counts;
    }

    /**
     * Themes carried by reviews in at least two reporting years up to {@code to}; when {@code year} is given, only the
     * themes that recur in that year (carried then and in an earlier year).
     */
    public List<LearningThemes.RecurringTheme> recurring(LocalDate to, ReportingYear year) {
        Map<String, Set<Integer>> years = new TreeMap<>();
        Map<String, Long> reviews = new HashMap<>();
        jdbc.query("select theme, on_date from review_theme where on_date <= ?",
                rs -> {
                    String theme = rs.getString(1);
                    years.computeIfAbsent(theme, t -> new TreeSet<>()).add(ReportingYear.of(rs.getObject(2, LocalDate.class)).startYear());
                    reviews.merge(theme, 1L, Long::sum);
                }, to);
        Map<String, LearningThemes.RecurringTheme> recurring = new LinkedHashMap<>();
        years.forEach((theme, starts) -> {
            boolean recurs = starts.size() > 1 && (year == null
                    || (starts.contains(year.startYear()) && starts.stream().anyMatch(s -> s < year.startYear())));
            if (recurs) {
                List<String> labelsOfYears = starts.stream().map(s -> new ReportingYear(s).label()).toList();
                recurring.put(theme, new LearningThemes.RecurringTheme(theme, labels.theme(theme), labelsOfYears, reviews.get(theme)));
            }
        });
        List<LearningThemes.RecurringTheme> list = new ArrayList<>(recurring.values());
        list.sort(Comparator.comparing((LearningThemes.RecurringTheme r) -> -r.years().size()).thenComparing(r -> -r.reviews()));
        return list;
    }
}
