package uk.org.casereview.domain.practicereview;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * A practice review was commissioned, on the date of the decision to initiate it. {@code jointWith} names the partners
 * of a JOINT_REVIEW (empty for other kinds; events recorded before it existed are upcast with an empty list).
 */
@Revision("2")
public record PracticeReviewCommissioned(String practiceReviewId,
        String reference,
        PracticeReviewKind kind,
        String rapidReviewId,
        String title,
        LocalDate decidedOn,
        List<String> children,
        List<String> themes,
        List<JointPartner> jointWith) implements PracticeReviewEvent {

    public PracticeReviewCommissioned {
        jointWith = jointWith == null ? List.of() : List.copyOf(jointWith);
    }

    @Override
    public LocalDate on() {
        return decidedOn;
    }
}
