package uk.org.casereview.domain.practicereview;

import java.time.LocalDate;

/** An event of one practice review: every one is a fact with the business date the user gave. */
public sealed interface PracticeReviewEvent permits PracticeReviewCommissioned, ReviewerAppointed, PublicationDelayRecorded,
        FinalReportSent, PracticeReviewPublished, PublicationWithheld, PracticeReviewFactCorrected {

    String practiceReviewId();

    /** The business date of the fact (not when it was recorded). */
    LocalDate on();
}
