package uk.org.casereview.api.pages;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.org.casereview.api.web.CurrentUser;
import uk.org.casereview.domain.calendar.MilestoneState;
import uk.org.casereview.projections.overdueactions.OverdueAction;
import uk.org.casereview.projections.overdueactions.OverdueActionQueries;
import uk.org.casereview.projections.practicereview.PracticeReviewQueries;
import uk.org.casereview.projections.rapidreview.RapidReviewQueries;
import uk.org.casereview.projections.recommendation.RecommendationFilter;
import uk.org.casereview.projections.recommendation.RecommendationQueries;
import uk.org.casereview.domain.recommendation.RecommendationStatus;
import uk.org.casereview.projections.recommendation.RecommendationView;
import uk.org.casereview.projections.readmodel.Page;
import uk.org.casereview.projections.readmodel.Timeline;
import uk.org.casereview.projections.readmodel.TimelineEntry;
import uk.org.casereview.projections.timeliness.StatutoryTimeliness;
import uk.org.casereview.projections.timeliness.TimelinessQueries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The home page of each role, as at a date: overdue actions by agency (a chart with its figures), the statutory
 * milestones due and overdue, recommendations by status, and what changed in the week to the date; an agency lead
 * also sees its own agency's actions, a recorder the forms that start the process.
 */
@Controller
public class HomePage {

    private static final int LIST_PAGE = 500;

    private final AsAt asAt;
    private final CurrentUser currentUser;
    private final OverdueActionQueries overdueActions;
    private final TimelinessQueries timeliness;
    private final RecommendationQueries recommendations;
    private final RapidReviewQueries rapidReviews;
    private final PracticeReviewQueries practiceReviews;

    public HomePage(AsAt asAt, CurrentUser currentUser, OverdueActionQueries overdueActions, TimelinessQueries timeliness,
                    RecommendationQueries recommendations, RapidReviewQueries rapidReviews, PracticeReviewQueries practiceReviews) {
        this.asAt = asAt;
        this.currentUser = currentUser;
        this.overdueActions = overdueActions;
        this.timeliness = timeliness;
        this.recommendations = recommendations;
        this.rapidReviews = rapidReviews;
        this.practiceReviews = practiceReviews;
    }

    /** One bar of the chart: an agency and its overdue actions, with the bar's length as a share of the longest. */
    public record Bar(String agency, long count, int percent) {
    }

    /** A milestone due or overdue, with the page of its review. */
    public record DueMilestone(StatutoryTimeliness.Review review, String milestone, String page) {
    }

    /** Something that happened in the week, with the page it concerns. */
    public record Change(LocalDate on, String reference, String what, String recordedBy, String page) {
    }

    @GetMapping("/")
    public String home(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) {
        LocalDate date = asAt.date(asOf, model);
        List<OverdueAction> overdue = overdueActions.overdue(date, null, null, 0, 100_000).items();
        model.addAttribute("overdueTotal", overdue.size());
        model.addAttribute("bars", bars(overdue));
        model.addAttribute("milestones", dueMilestones(date));
        Map<RecommendationStatus, Long> byStatus = new LinkedHashMap<>();
        for (RecommendationStatus status : RecommendationStatus.values()) {
            byStatus.put(status, recommendations.list(new RecommendationFilter(null, null, null, status, null), date, 0, 1).total());
        }
        model.addAttribute("byStatus", byStatus);
        model.addAttribute("weekFrom", date.minusDays(6));
        model.addAttribute("changes", changes(date.minusDays(6), date));
        String agency = currentUser.agency();
        if (agency != null) {
            model.addAttribute("ownOverdue", overdue.stream().filter(a -> agency.equals(a.agency())).count());
        }
        return "pages/home";
    }

    private static List<Bar> bars(List<OverdueAction> overdue) {
        Map<String, Long> byAgency = overdue.stream().collect(Collectors.groupingBy(OverdueAction::agency, Collectors.counting()));
        long most = byAgency.values().stream().mapToLong(Long::longValue).max().orElse(1);
        return byAgency.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Bar(e.getKey(), e.getValue(), (int) Math.max(1, Math.round(100.0 * e.getValue() / most)))).toList();
    }

    private List<DueMilestone> dueMilestones(LocalDate date) {
        StatutoryTimeliness all = timeliness.timeliness(date.minusYears(3), date.plusMonths(6), date);
        List<DueMilestone> due = new ArrayList<>();
        for (StatutoryTimeliness.MilestoneTimeliness milestone : all.milestones()) {
            for (StatutoryTimeliness.Review review : milestone.reviews()) {
                if (review.state() == MilestoneState.DUE || review.state() == MilestoneState.OVERDUE) {
                    String page = ("RAPID_REVIEW".equals(review.kind()) ? "/rapid-reviews/" : "/practice-reviews/") + review.reviewId();
                    due.add(new DueMilestone(review, milestone.milestone().name(), page));
                }
            }
        }
        due.sort(Comparator.comparing((DueMilestone m) -> m.review().state() == MilestoneState.OVERDUE ? 0 : 1)
                .thenComparing(m -> m.review().dueOn()));
        return due;
    }

    /** The facts whose business date falls in the week, from the timelines of the reviews and recommendations. */
    private List<Change> changes(LocalDate from, LocalDate to) {
        List<Change> changes = new ArrayList<>();
        everything(page -> rapidReviews.list(to, page, LIST_PAGE)).forEach(review ->
                week(rapidReviews.timeline(review.id(), to), from, "/rapid-reviews/" + review.id(), changes));
        everything(page -> practiceReviews.list(to, page, LIST_PAGE)).forEach(review ->
                week(practiceReviews.timeline(review.id(), to), from, "/practice-reviews/" + review.id(), changes));
        everything(page -> recommendations.list(RecommendationFilter.none(), to, page, LIST_PAGE)).forEach(recommendation ->
                week(recommendations.timeline(recommendation.id(), to), from, "/recommendations/" + recommendation.id(), changes,
                        recommendation));
        changes.sort(Comparator.comparing(Change::on).reversed());
        return changes;
    }

    private static void week(Optional<Timeline> timeline, LocalDate from, String page, List<Change> changes) {
        week(timeline, from, page, changes, null);
    }

    private static void week(Optional<Timeline> timeline, LocalDate from, String page, List<Change> changes, RecommendationView recommendation) {
        timeline.ifPresent(t -> t.entries().stream()
                .filter(e -> TimelineEntry.FACT.equals(e.entry()) && !e.on().isBefore(from) && !e.on().isAfter(t.asOf()))
                .forEach(e -> changes.add(new Change(e.on(), recommendation == null ? t.reference()
                        : recommendation.sourceReference() + " recommendation " + recommendation.number(), e.what(), e.recordedBy(), page))));
    }

    private static <T> List<T> everything(Function<Integer, Page<T>> pages) {
        List<T> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<T> one = pages.apply(page);
            all.addAll(one.items());
            if (all.size() >= one.total() || one.items().isEmpty()) {
                return all;
            }
        }
    }
}
