package uk.org.casereview.api.recommendation;

import uk.org.casereview.api.correction.CorrectionRequest;
import uk.org.casereview.api.correction.FactRequest;
import uk.org.casereview.api.correction.Replacements;
import uk.org.casereview.domain.recommendation.*;
import uk.org.casereview.projections.readmodel.History;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.org.casereview.api.problem.ResourceNotFoundException;
import uk.org.casereview.api.web.Commands;
import uk.org.casereview.api.web.CurrentUser;
import uk.org.casereview.api.security.Roles;
import uk.org.casereview.api.problem.ForbiddenException;
import uk.org.casereview.api.web.Ids;
import uk.org.casereview.api.web.Responses;
import uk.org.casereview.api.web.Today;
import uk.org.casereview.domain.recommendation.AssignAction;
import uk.org.casereview.domain.recommendation.CloseRecommendation;
import uk.org.casereview.domain.recommendation.MakeRecommendation;
import uk.org.casereview.domain.recommendation.ReportActionProgress;
import uk.org.casereview.domain.recommendation.RespondToRecommendation;
import uk.org.casereview.domain.recommendation.ReviewActionEvidence;
import uk.org.casereview.domain.recommendation.ReviseActionDueDate;
import uk.org.casereview.domain.recommendation.SubmitActionEvidence;
import uk.org.casereview.domain.commandhandling.InvalidCommandException;
import uk.org.casereview.projections.practicereview.PracticeReviewQueries;
import uk.org.casereview.projections.rapidreview.RapidReviewQueries;
import uk.org.casereview.projections.recommendation.RecommendationQueries;
import uk.org.casereview.projections.recommendation.RecommendationView;
import uk.org.casereview.projections.readmodel.Page;
import uk.org.casereview.projections.readmodel.Timeline;
import uk.org.casereview.projections.recommendation.RecommendationFilter;
import uk.org.casereview.domain.recommendation.RecommendationStatus;
import uk.org.casereview.domain.calendar.Rag;
import uk.org.casereview.domain.referencedata.ReferenceData;

import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping(path = "/api/v1/recommendations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Recommendations and actions", description = "Recommendations of reviews, the partnership's response, actions assigned to agencies, progress, evidence and closure")
public class RecommendationController {

    private final Commands commands;
    private final RecommendationQueries queries;
    private final RapidReviewQueries rapidReviews;
    private final PracticeReviewQueries practiceReviews;
    private final Ids ids;
    private final Today today;
    private final ReferenceData referenceData;
    private final CurrentUser currentUser;
    private final Replacements replacements;

    public RecommendationController(Commands commands, RecommendationQueries queries, RapidReviewQueries rapidReviews,
                                    PracticeReviewQueries practiceReviews, Ids ids, Today today, ReferenceData referenceData,
                                    CurrentUser currentUser, Replacements replacements) {
        this.replacements = replacements;
        this.referenceData = referenceData;
        this.currentUser = currentUser;
        this.commands = commands;
        this.queries = queries;
        this.rapidReviews = rapidReviews;
        this.practiceReviews = practiceReviews;
        this.ids = ids;
        this.today = today;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a recommendation of a rapid review or practice review")
    public ResponseEntity<RecommendationView> make(@Valid @RequestBody RecommendationRequests.Make body) {
        if (!rapidReviews.exists(body.sourceId()) && !practiceReviews.exists(body.sourceId())) {
            throw new InvalidCommandException("sourceId", "sourceId " + body.sourceId() + " is not a recorded rapid review or practice review");
        }
        String id = ids.next();
        commands.send(id, body.command(id, null));
        RecommendationView view = current(id);
        return Responses.created("/api/v1/recommendations/" + id, view.version(), view);
    }

    @PostMapping("/{id}/response")
    @Operation(summary = "Accept or decline the recommendation (a decline needs a rationale)")
    public ResponseEntity<RecommendationView> respond(@PathVariable String id, @Valid @RequestBody RecommendationRequests.Response body) {
        return send(id, body.command(id, null));
    }

    @PostMapping("/{id}/actions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Assign an action to an agency, with an owner and a due date")
    public ResponseEntity<RecommendationView.ActionView> assign(@PathVariable String id, @Valid @RequestBody RecommendationRequests.Assign body) {
        String actionId = commands.send(id, body.command(id, null));
        RecommendationView view = current(id);
        return Responses.created("/api/v1/recommendations/" + id + "/actions/" + actionId, view.version(), action(view, actionId));
    }

    @PostMapping("/{id}/actions/{actionId}/progress")
    @Operation(summary = "Report progress on an action")
    public ResponseEntity<RecommendationView.ActionView> progress(@PathVariable String id, @PathVariable String actionId,
                                                                  @Valid @RequestBody RecommendationRequests.Progress body) {
        requireOwnAgency(id, actionId);
        return sendForAction(id, actionId, body.command(id, actionId));
    }

    @PostMapping("/{id}/actions/{actionId}/due-date")
    @Operation(summary = "Revise an action's due date, with the reason (the original due date is kept)")
    public ResponseEntity<RecommendationView.ActionView> dueDate(@PathVariable String id, @PathVariable String actionId,
                                                                 @Valid @RequestBody RecommendationRequests.DueDate body) {
        return sendForAction(id, actionId, body.command(id, actionId));
    }

    @PostMapping("/{id}/actions/{actionId}/evidence")
    @Operation(summary = "Submit evidence that an action is done")
    public ResponseEntity<RecommendationView.ActionView> evidence(@PathVariable String id, @PathVariable String actionId,
                                                                  @Valid @RequestBody RecommendationRequests.Evidence body) {
        requireOwnAgency(id, actionId);
        return sendForAction(id, actionId, body.command(id, actionId));
    }

    @PostMapping("/{id}/actions/{actionId}/evidence-review")
    @Operation(summary = "Accept the evidence (the action is complete) or return it with a reason")
    public ResponseEntity<RecommendationView.ActionView> evidenceReview(@PathVariable String id, @PathVariable String actionId,
                                                                        @Valid @RequestBody RecommendationRequests.EvidenceReview body) {
        return sendForAction(id, actionId, body.command(id, actionId));
    }

    @PostMapping("/{id}/actions/{actionId}/cancellation")
    @Operation(summary = "Cancel an action that was withdrawn or superseded (it is never overdue and does not hold up closure)")
    public ResponseEntity<RecommendationView.ActionView> cancel(@PathVariable String id, @PathVariable String actionId,
                                                                @Valid @RequestBody RecommendationRequests.Cancellation body) {
        return sendForAction(id, actionId, body.command(id, actionId));
    }

    @PostMapping("/{id}/actions/{actionId}/reassignment")
    @Operation(summary = "Reassign an action to another agency or owner, with the reason (the timeline keeps who held it)")
    public ResponseEntity<RecommendationView.ActionView> reassign(@PathVariable String id, @PathVariable String actionId,
                                                                  @Valid @RequestBody RecommendationRequests.Reassignment body) {
        return sendForAction(id, actionId, body.command(id, actionId));
    }

    @PostMapping("/{id}/closure")
    @Operation(summary = "Close the recommendation with an impact statement, once every action is complete or cancelled",
            description = "A recommendation with no action at all is closed with a rationale (accepted as already in place).")
    public ResponseEntity<RecommendationView> close(@PathVariable String id, @Valid @RequestBody RecommendationRequests.Closure body) {
        return send(id, body.command(id, null));
    }

    @PostMapping("/{id}/reopening")
    @Operation(summary = "Reopen a closed recommendation, with the reason (back to IN_PROGRESS)")
    public ResponseEntity<RecommendationView> reopen(@PathVariable String id, @Valid @RequestBody RecommendationRequests.Reopening body) {
        return send(id, body.command(id, null));
    }

    @PostMapping("/{id}/impact-reviews")
    @Operation(summary = "Record an impact review of a closed recommendation: months later, did the change last?")
    public ResponseEntity<RecommendationView> impactReview(@PathVariable String id, @Valid @RequestBody RecommendationRequests.ImpactReview body) {
        return send(id, body.command(id, null));
    }

    @PostMapping("/{id}/corrections")
    @Operation(summary = "Correct a fact recorded in error, or strike it out",
            description = "Replaces the business fields of the fact with the given sequence (its timeline entry's) by the replacement, "
                    + "which has the fields of the request that recorded it; \"replacement\": null strikes it out. The original stays in "
                    + "the timeline and the audit trail; every view, list, report and metric answers as if the fact had been recorded so. "
                    + "A correction that would make the history impossible is refused like the command it corrects.")
    public ResponseEntity<RecommendationView> correct(@PathVariable String id, @Valid @RequestBody CorrectionRequest body) {
        History<RecommendationEvent> history = queries.history(id).orElseThrow(() -> notFound(id, today.date()));
        Object replacement = replacements.command(history, id, body, FACT_REQUESTS);
        return send(id, new CorrectRecommendationFact(id, body.sequence(), body.reason(), replacement));
    }

    /** The request that records each kind of fact: a correction's replacement is read as it. */
    public static final Map<Class<?>, Class<? extends FactRequest>> FACT_REQUESTS = Map.ofEntries(
            Map.entry(RecommendationMade.class, RecommendationRequests.Make.class),
            Map.entry(RecommendationAccepted.class, RecommendationRequests.Response.class),
            Map.entry(RecommendationDeclined.class, RecommendationRequests.Response.class),
            Map.entry(ActionAssigned.class, RecommendationRequests.Assign.class),
            Map.entry(ActionProgressReported.class, RecommendationRequests.Progress.class),
            Map.entry(ActionDueDateRevised.class, RecommendationRequests.DueDate.class),
            Map.entry(ActionEvidenced.class, RecommendationRequests.Evidence.class),
            Map.entry(ActionEvidenceAccepted.class, RecommendationRequests.EvidenceReview.class),
            Map.entry(ActionEvidenceReturned.class, RecommendationRequests.EvidenceReview.class),
            Map.entry(ActionCancelled.class, RecommendationRequests.Cancellation.class),
            Map.entry(ActionReassigned.class, RecommendationRequests.Reassignment.class),
            Map.entry(RecommendationClosed.class, RecommendationRequests.Closure.class),
            Map.entry(RecommendationReopened.class, RecommendationRequests.Reopening.class),
            Map.entry(ImpactReviewed.class, RecommendationRequests.ImpactReview.class));

    @GetMapping("/{id}")
    @Operation(summary = "A recommendation as of a date, with its actions, their RAG and their current and original due dates")
    public ResponseEntity<RecommendationView> get(@PathVariable String id,
                                                  @Parameter(description = "business date to answer as at; default today")
                                                  @RequestParam(required = false) LocalDate asOf) {
        LocalDate date = today.orToday(asOf);
        RecommendationView view = queries.find(id, date).orElseThrow(() -> notFound(id, date));
        return Responses.ok(view.version(), view);
    }

    @GetMapping("/{id}/actions/{actionId}")
    @Operation(summary = "One action of a recommendation as of a date")
    public ResponseEntity<RecommendationView.ActionView> getAction(@PathVariable String id, @PathVariable String actionId,
                                                                   @RequestParam(required = false) LocalDate asOf) {
        LocalDate date = today.orToday(asOf);
        RecommendationView view = queries.find(id, date).orElseThrow(() -> notFound(id, date));
        return Responses.ok(view.version(), action(view, actionId));
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "What happened to the recommendation and its actions, in business-date order, with the actions' due dates interleaved")
    public Timeline timeline(@PathVariable String id,
                             @RequestParam(required = false) LocalDate asOf) {
        LocalDate date = today.orToday(asOf);
        return queries.timeline(id, date).orElseThrow(() -> notFound(id, date));
    }

    @GetMapping
    @Operation(summary = "Recommendation progress: recommendations with their actions, RAG and due dates, as of a date",
            description = "Filters: the review (sourceId), an agency with an action on it, a theme, the status and the RAG "
                    + "(worst of its open actions) as of the date.")
    public Page<RecommendationView> list(@RequestParam(required = false) String sourceId,
                                         @Parameter(description = "agency code, e.g. POLICE") @RequestParam(required = false) String agency,
                                         @Parameter(description = "theme code, e.g. NEGLECT") @RequestParam(required = false) String theme,
                                         @RequestParam(required = false) RecommendationStatus status,
                                         @RequestParam(required = false) Rag rag,
                                         @RequestParam(required = false) LocalDate asOf,
                                         @RequestParam(defaultValue = "0") @Min(0) int page,
                                         @RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
        if (agency != null) {
            referenceData.requireAgency("agency", agency);
        }
        if (theme != null) {
            referenceData.requireThemes("theme", List.of(theme), 1);
        }
        return queries.list(new RecommendationFilter(sourceId, agency, theme, status, rag), today.orToday(asOf), page, size);
    }

    /** An agency lead (who is not also a recorder) reports only on actions assigned to its own agency. */
    private void requireOwnAgency(String id, String actionId) {
        if (currentUser.hasRole(Roles.RECORDER)) {
            return;
        }
        RecommendationView.ActionView action = action(current(id), actionId);
        String agency = currentUser.agency();
        if (agency == null || !agency.equals(action.agency())) {
            throw new ForbiddenException("an agency lead for " + agency + " may report only on its own agency's actions; action "
                    + actionId + " is assigned to " + action.agency());
        }
    }

    private ResponseEntity<RecommendationView> send(String id, Object command) {
        commands.send(id, command);
        RecommendationView view = current(id);
        return Responses.ok(view.version(), view);
    }

    private ResponseEntity<RecommendationView.ActionView> sendForAction(String id, String actionId, Object command) {
        commands.send(id, command);
        RecommendationView view = current(id);
        return Responses.ok(view.version(), action(view, actionId));
    }

    private RecommendationView current(String id) {
        return queries.find(id, today.date()).orElseThrow(() -> notFound(id, today.date()));
    }

    private static RecommendationView.ActionView action(RecommendationView view, String actionId) {
        return view.actions().stream().filter(a -> a.actionId().equals(actionId)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("recommendation " + view.number() + " has no action " + actionId
                        + " as of " + view.asOf()));
    }

    private static ResourceNotFoundException notFound(String id, LocalDate asOf) {
        return new ResourceNotFoundException("no recommendation " + id + " had been made as of " + asOf);
    }
}
