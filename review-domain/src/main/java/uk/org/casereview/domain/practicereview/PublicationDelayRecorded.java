package uk.org.casereview.domain.practicereview;

import java.time.LocalDate;

/** Publication is delayed, for example by a criminal trial or an inquest; expectedOn may be unknown. */
public record PublicationDelayRecorded(String practiceReviewId, LocalDate recordedOn, String reason, LocalDate expectedOn) implements PracticeReviewEvent {

    @Override
    public LocalDate on() {
        return recordedOn;
    }
}
