package uk.org.casereview.projections.recommendation;

import uk.org.casereview.domain.calendar.Rag;
import uk.org.casereview.domain.recommendation.ActionStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * A recommendation as of a date with its actions. {@code rag} is the worst RAG of its open actions, COMPLETE when
 * every action is complete, null before any action is assigned.
 */
public record RecommendationView(
        String id,
        String sourceId,
        String sourceReference,
        String number,
        String text,
        List<String> themes,
        LocalDate madeOn,
        RecommendationStatus status,
        Rag rag,
        Response response,
        Closure closure,
        List<ActionView> actions,
        LocalDate asOf,
        long version) {

    public record Response(LocalDate respondedOn, boolean accepted, String rationale) {
    }

    public record Closure(LocalDate closedOn, String impactStatement) {
    }

    public record ActionView(
            String actionId,
            String description,
            String agency,
            String owner,
            LocalDate assignedOn,
            LocalDate dueOn,
            LocalDate originalDueOn,
            ActionStatus status,
            Rag rag,
            long daysOverdue,
            LocalDate completedOn,
            List<DueDateRevision> dueDateRevisions,
            List<Progress> progress,
            List<Evidence> evidence) {
    }

    public record DueDateRevision(LocalDate revisedOn, LocalDate previousDueOn, LocalDate dueOn, String reason) {
    }

    public record Progress(LocalDate reportedOn, String note) {
    }

    public record Evidence(LocalDate submittedOn, String summary, String link, LocalDate reviewedOn, Boolean accepted, String comment) {
    }
}
