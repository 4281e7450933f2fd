package uk.org.casereview.domain.rapidreview;

import java.time.LocalDate;

/** An event of one rapid review: every one is a fact with the business date the user gave. */
public sealed interface RapidReviewEvent permits SeriousIncidentNotified, RapidReviewMeetingHeld, RapidReviewDecisionRecorded,
        RapidReviewSubmittedToPanel, NationalPanelResponded, RapidReviewFoundNotRequired, RapidReviewFactCorrected {

    String rapidReviewId();

    /** The business date of the fact (not when it was recorded). */
    LocalDate on();
}
