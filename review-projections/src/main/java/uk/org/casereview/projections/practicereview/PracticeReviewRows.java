package uk.org.casereview.projections.practicereview;

import uk.org.casereview.domain.calendar.StatutoryClock;
import uk.org.casereview.domain.practicereview.PracticeReviewEvent;
import uk.org.casereview.projections.shared.DerivedRow;
import uk.org.casereview.projections.shared.History;
import uk.org.casereview.projections.shared.MilestoneRow;
import uk.org.casereview.projections.shared.MilestoneView;
import uk.org.casereview.projections.shared.ReadModels;
import uk.org.casereview.projections.shared.ReviewThemeRow;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rows a practice review's history stands for: the review with its key dates, its themes and milestones. */
final class PracticeReviewRows {

    private PracticeReviewRows() {
    }

    static Set<DerivedRow> derive(History<PracticeReviewEvent> history, StatutoryClock clock) {
        Set<DerivedRow> rows = new HashSet<>();
        PracticeReviewView view = PracticeReviewFold.view(history, ReadModels.OPEN_END.minusDays(1), clock).orElse(null);
        if (view == null) {
            return rows;
        }
        PracticeReviewView.Delay delay = view.delays().isEmpty() ? null : view.delays().get(view.delays().size() - 1);
        rows.add(new PracticeReviewRow(view.id(), view.reference(), view.kind().name(), view.rapidReviewId(), view.decidedOn(),
                view.kind().hasStatutoryClocks() ? clock.publicationDue(view.decidedOn()) : null,
                view.reviewer() == null ? null : view.reviewer().appointedOn(), view.finalReportSentOn(),
                view.publication() == null ? null : view.publication().publishedOn(),
                view.withholding() == null ? null : view.withholding().decidedOn(),
                delay == null ? null : delay.recordedOn(), delay == null ? null : delay.expectedOn(),
                history.lastFactOn()));
        for (String theme : view.themes()) {
            rows.add(new ReviewThemeRow(view.id(), theme, view.kind().name(), view.reference(), view.decidedOn()));
        }
        for (MilestoneView milestone : view.milestones()) {
            rows.add(MilestoneRow.of(view.id(), view.kind().name(), view.reference(), milestone));
        }
        return rows;
    }

    record PracticeReviewRow(String id, String reference, String kind, String rapidReviewId, LocalDate decidedOn,
                             LocalDate publicationDueOn, LocalDate reviewerAppointedOn, LocalDate finalReportSentOn,
                             LocalDate publishedOn, LocalDate withheldOn, LocalDate delayRecordedOn,
                             LocalDate delayExpectedOn, LocalDate lastFactOn) implements DerivedRow {
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
