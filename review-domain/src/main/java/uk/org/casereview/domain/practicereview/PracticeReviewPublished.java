package uk.org.casereview.domain.practicereview;

import java.time.LocalDate;

/** The report (or the improvements only) was published at the given address. */
public record PracticeReviewPublished(String practiceReviewId, LocalDate publishedOn, String url, PublicationScope scope) implements PracticeReviewEvent {

    @Override
    public LocalDate on() {
        return publishedOn;
    }
}
