package uk.org.casereview.projections.practicereview;

import uk.org.casereview.domain.calendar.Milestone;
import uk.org.casereview.domain.calendar.MilestoneDates;
import uk.org.casereview.domain.calendar.StatutoryClock;
import uk.org.casereview.domain.practicereview.PracticeReviewCommissioned;
import uk.org.casereview.domain.practicereview.PracticeReviewEvent;
import uk.org.casereview.domain.practicereview.PracticeReviewState;
import uk.org.casereview.projections.readmodel.DerivedRow;
import uk.org.casereview.projections.readmodel.History;
import uk.org.casereview.projections.readmodel.MilestoneRow;
import uk.org.casereview.projections.readmodel.ReviewThemeRow;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rows a practice review's effective history stands for: the review, its themes and its milestones. */
final class PracticeReviewRows {

    private PracticeReviewRows() {
    }

    static Set<DerivedRow> derive(History<PracticeReviewEvent> history, StatutoryClock clock) {
        Set<DerivedRow> rows = new HashSet<>();
        if (history.effective().isEmpty()) {
            return rows;
        }
        PracticeReviewState state = PracticeReviewState.of(history.effectiveEvents());
        PracticeReviewCommissioned c = state.commission();
        List<MilestoneDates> milestones = state.milestones(clock);
        boolean publicationDue = milestones.stream().anyMatch(m -> m.name() == Milestone.PUBLICATION);
        PracticeReviewState.Delay delay = state.delay();
        rows.add(new PracticeReviewRow(c.practiceReviewId(), c.reference(), c.kind().name(), c.rapidReviewId(), c.decidedOn(),
                publicationDue ? clock.publicationDue(c.decidedOn()) : null,
                state.reviewers().isEmpty() ? null : state.reviewers().get(0).appointedOn(), state.finalReportSentOn(),
                state.firstPublishedOn(), state.withholding() == null ? null : state.withholding().decidedOn(),
                delay == null ? null : state.delays().get(0).recordedOn(), delay == null ? null : delay.expectedOn(),
                state.status().name(), history.lastFactOn()));
        for (String theme : c.themes()) {
            rows.add(new ReviewThemeRow(c.practiceReviewId(), theme, c.kind().name(), c.reference(), c.decidedOn()));
        }
        for (MilestoneDates milestone : milestones) {
            rows.add(MilestoneRow.of(c.practiceReviewId(), c.kind().name(), c.reference(), milestone));
        }
        return rows;
    }

    /** {@code delayRecordedOn}: the first delay recorded, for the reports' "late with a reason recorded before the due date". */
    record PracticeReviewRow(String id, String reference, String kind, String rapidReviewId, LocalDate decidedOn,
                             LocalDate publicationDueOn, LocalDate reviewerAppointedOn, LocalDate finalReportSentOn,
                             LocalDate publishedOn, LocalDate withheldOn, LocalDate delayRecordedOn,
                             LocalDate delayExpectedOn, String status, LocalDate lastFactOn) implements DerivedRow {
        @Override
        public String table() {
            return "practice_review";
        }

        @Override
        public List<String> key() {
            return List.of("id");
        }
    }
}
