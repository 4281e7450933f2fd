package uk.org.casereview.projections.practicereview;

import uk.org.casereview.domain.practicereview.PracticeReviewKind;
import uk.org.casereview.domain.practicereview.PublicationScope;
import uk.org.casereview.projections.shared.MilestoneView;

import java.time.LocalDate;
import java.util.List;

/** A practice review as of a date, with its statutory milestones (CSPRs and legacy SCRs). */
public record PracticeReviewView(
        String id,
        String reference,
        PracticeReviewKind kind,
        String rapidReviewId,
        String title,
        PracticeReviewStatus status,
        LocalDate decidedOn,
        List<String> children,
        List<String> themes,
        Reviewer reviewer,
        List<Reviewer> earlierReviewers,
        List<Delay> delays,
        LocalDate finalReportSentOn,
        Publication publication,
        Withholding withholding,
        List<MilestoneView> milestones,
        LocalDate asOf,
        long version) {

    public record Reviewer(String reviewer, LocalDate appointedOn) {
    }

    public record Delay(LocalDate recordedOn, String reason, LocalDate expectedOn) {
    }

    public record Publication(LocalDate publishedOn, String url, PublicationScope scope) {
    }

    public record Withholding(LocalDate decidedOn, String reason) {
    }
}
