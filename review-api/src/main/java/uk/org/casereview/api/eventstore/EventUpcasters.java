package uk.org.casereview.api.eventstore;

import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import uk.org.casereview.domain.practicereview.PracticeReviewCommissioned;
import uk.org.casereview.domain.recommendation.RecommendationClosed;

/**
 * Every event recorded by an earlier release is read through this chain, by the event store (aggregates and
 * processors), the bulk rebuild and the audit trail alike.
 * <ul>
 * <li>release 0.1 &rarr; 2: {@code PracticeReviewCommissioned} gains {@code jointWith} (empty: it was no joint review);
 * {@code RecommendationClosed} gains {@code rationale} (null: it was closed with its actions).</li>
 * </ul>
 */
public final class EventUpcasters {

    private EventUpcasters() {
    }

    public static EventUpcasterChain chain() {
        return new EventUpcasterChain(
                new AddedFieldUpcaster(PracticeReviewCommissioned.class, null, "2", payload -> payload.putArray("jointWith")),
                new AddedFieldUpcaster(RecommendationClosed.class, null, "2", payload -> payload.putNull("rationale")));
    }
}
