package uk.org.casereview.projections.yearlyreport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.org.casereview.domain.history.Correction;
import uk.org.casereview.domain.yearlyreport.YearlyReportPublication;
import uk.org.casereview.domain.yearlyreport.YearlyReportPublished;
import uk.org.casereview.projections.practicereview.PracticeReviewQueries;
import uk.org.casereview.projections.rapidreview.RapidReviewQueries;
import uk.org.casereview.projections.recommendation.RecommendationQueries;
import uk.org.casereview.projections.readmodel.FactLog;
import uk.org.casereview.projections.readmodel.History;
import uk.org.casereview.projections.readmodel.Recorded;
import uk.org.casereview.projections.readmodel.ReportingYear;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures as published (SPEC 5a): a year's publication is a fact in the event store ({@link YearlyReportPublished},
 * holding the frozen JSON), so it survives rebuilds, exports and imports. What changed since is found by comparing the
 * year's report now, as of the same date, with the frozen one, and naming the facts recorded or corrected after the
 * publication (after its place in the event store) whose dates fall in the year.
 */
@Component
public class YearlyReportPublications {

    /** The parts of the report each kind of fact feeds. */
    private static final Map<String, List<String>> SECTIONS = Map.of(
            "RAPID_REVIEW", List.of("/notifications", "/rapidReviews", "/recurringThemes"),
            "PRACTICE_REVIEW", List.of("/practiceReviews", "/recurringThemes"),
            "RECOMMENDATION", List.of("/recommendations", "/actions", "/impact", "/practiceReviews/reviews", "/recurringThemes"));

    private final JdbcTemplate jdbc;
    private final FactLog<YearlyReportPublished> publications;
    private final ObjectMapper json;
    private final RapidReviewQueries rapidReviews;
    private final PracticeReviewQueries practiceReviews;
    private final RecommendationQueries recommendations;

    public YearlyReportPublications(JdbcTemplate jdbc, EventStore eventStore, ObjectMapper json, RapidReviewQueries rapidReviews,
                                    PracticeReviewQueries practiceReviews, RecommendationQueries recommendations) {
        this.jdbc = jdbc;
        this.publications = new FactLog<>(eventStore, YearlyReportPublished.class, YearlyReportPublished::publishedOn);
        this.json = json;
        this.rapidReviews = rapidReviews;
        this.practiceReviews = practiceReviews;
        this.recommendations = recommendations;
    }

    /** A year's publication: the event, who recorded it and when, and its place in the event store. */
    public record Published(YearlyReportPublished event, String by, java.time.Instant publishedAt, long globalIndex) {

        public YearlyReport.Publication publication() {
            return new YearlyReport.Publication(publishedAt, by, event.publishedOn(), event.asOf(), event.sha256());
        }
    }

    /** The report with its publication and the changes since it. */
    public static YearlyReport withPublication(YearlyReport report, YearlyReport.Publication published, List<YearlyReport.Change> changes) {
        return report.withPublication(published, changes);
    }

    public Optional<Published> find(int year) {
        String id = YearlyReportPublication.idOf(year);
        return publications.find(id).map(history -> {
            Recorded<YearlyReportPublished> first = history.entries().get(0);
            Long index = jdbc.queryForObject("select global_index from domain_event_entry where aggregate_identifier = ?"
                    + " and sequence_number = ?", Long.class, id, first.seq());
            return new Published(first.event(), first.recordedBy(), first.recordedAt(), index);
        });
    }

    /**
     * The facts recorded or corrected after the publication that change the year's figures: {@code now} is the year's
     * whole report as of the publication's date, made now. Empty when no figure differs.
     */
    public List<YearlyReport.Change> changesSince(Published published, YearlyReport now) {
        List<YearlyReport.FigureChange> differences = new ArrayList<>();
        try {
            compare("", json.readTree(published.event().report()), json.valueToTree(now), differences);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the published report of " + published.event().year() + " cannot be read", e);
        }
        if (differences.isEmpty()) {
            return List.of();
        }
        ReportingYear year = new ReportingYear(published.event().year());
        List<YearlyReport.Change> changes = new ArrayList<>();
        Map<String, List<Long>> later = new LinkedHashMap<>();
        jdbc.query("select aggregate_identifier, sequence_number from domain_event_entry where global_index > ? order by global_index",
                rs -> {
                    later.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(rs.getLong(2));
                }, published.globalIndex());
        later.forEach((id, sequences) -> {
            Map.Entry<String, History<?>> source = history(id);
            if (source == null) {
                return;
            }
            String kind = source.getKey();
            History<?> history = source.getValue();
            List<YearlyReport.FigureChange> changed = differences.stream()
                    .filter(d -> SECTIONS.get(kind).stream().anyMatch(section -> d.figure().startsWith(section))).toList();
            if (changed.isEmpty()) {
                return;
            }
            for (Recorded<?> recorded : history.entries()) {
                if (sequences.contains(recorded.seq())) {
                    LocalDate on = dateInYear(history, recorded, year);
                    if (on != null) {
                        changes.add(new YearlyReport.Change(recorded.event().getClass().getSimpleName(), id, recorded.seq(), on,
                                recorded.recordedAt(), recorded.recordedBy(), changed));
                    }
                }
            }
        });
        return changes;
    }

    /** The kind of aggregate and its history, or null when it is none of the three (a publication, say). */
    private Map.Entry<String, History<?>> history(String id) {
        Optional<? extends History<?>> rapid = rapidReviews.history(id);
        if (rapid.isPresent()) {
            return Map.entry("RAPID_REVIEW", rapid.get());
        }
        Optional<? extends History<?>> practice = practiceReviews.history(id);
        if (practice.isPresent()) {
            return Map.entry("PRACTICE_REVIEW", practice.get());
        }
        Optional<? extends History<?>> recommendation = recommendations.history(id);
        return recommendation.<Map.Entry<String, History<?>>>map(h -> Map.entry("RECOMMENDATION", h)).orElse(null);
    }

    /** The fact's date when it falls in the year; for a correction, that of the fact it corrects or of its replacement. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static LocalDate dateInYear(History history, Recorded<?> recorded, ReportingYear year) {
        List<LocalDate> dates = new ArrayList<>();
        if (recorded.event() instanceof Correction<?> correction) {
            for (Object entry : history.entries()) {
                Recorded<?> fact = (Recorded<?>) entry;
                if (fact.seq() == correction.sequence()) {
                    dates.add(history.businessDate(fact.event()));
                }
            }
            if (correction.replacement() != null) {
                dates.add(history.businessDate(correction.replacement()));
            }
        } else {
            dates.add(history.businessDate(recorded.event()));
        }
        return dates.stream().filter(d -> d != null && !d.isBefore(year.from()) && !d.isAfter(year.to())).findFirst().orElse(null);
    }

    /** Every value of the published report that differs now, as JSON pointers (an entry of a list by its place). */
    private static void compare(String path, JsonNode published, JsonNode now, List<YearlyReport.FigureChange> differences) {
        if (published != null && now != null && published.isObject() && now.isObject()) {
            List<String> names = new ArrayList<>();
            published.fieldNames().forEachRemaining(names::add);
            now.fieldNames().forEachRemaining(name -> {
                if (!names.contains(name)) {
                    names.add(name);
                }
            });
            for (String name : names) {
                compare(path + "/" + name, published.get(name), now.get(name), differences);
            }
        } else if (published != null && now != null && published.isArray() && now.isArray()) {
            for (int i = 0; i < Math.max(published.size(), now.size()); i++) {
                compare(path + "/" + i, published.get(i), now.get(i), differences);
            }
        } else if (!text(published).equals(text(now))) {
            differences.add(new YearlyReport.FigureChange(path, published == null ? null : text(published), now == null ? null : text(now)));
        }
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }
}
