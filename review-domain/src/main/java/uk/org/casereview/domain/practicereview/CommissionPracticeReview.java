package uk.org.casereview.domain.practicereview;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

public record CommissionPracticeReview(@TargetAggregateIdentifier String practiceReviewId,
        String reference,
        PracticeReviewKind kind,
        String rapidReviewId,
        String title,
        LocalDate decidedOn,
        List<String> children,
        List<String> themes,
        List<JointPartner> jointWith) {
}
