package uk.org.casereview.api.rapidreview;

import uk.org.casereview.api.correction.CorrectionRequest;
import uk.org.casereview.api.correction.FactRequest;
import uk.org.casereview.api.correction.Replacements;
import uk.org.casereview.domain.rapidreview.*;
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
import uk.org.casereview.api.web.Ids;
import uk.org.casereview.api.web.Responses;
import uk.org.casereview.api.web.Today;
import uk.org.casereview.domain.rapidreview.NotifySeriousIncident;
import uk.org.casereview.domain.rapidreview.RecordPanelResponse;
import uk.org.casereview.domain.rapidreview.RecordRapidReviewDecision;
import uk.org.casereview.domain.rapidreview.RecordRapidReviewMeeting;
import uk.org.casereview.domain.rapidreview.SubmitRapidReviewToPanel;
import uk.org.casereview.projections.rapidreview.RapidReviewQueries;
import uk.org.casereview.projections.rapidreview.RapidReviewView;
import uk.org.casereview.projections.readmodel.Page;
import uk.org.casereview.projections.readmodel.Timeline;

import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping(path = "/api/v1/rapid-reviews", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Rapid reviews", description = "Serious incident notifications, rapid review meetings and decisions, the National Panel's response")
public class RapidReviewController {

    private final Commands commands;
    private final RapidReviewQueries queries;
    private final Ids ids;
    private final Today today;

    private final Replacements replacements;

    public RapidReviewController(Commands commands, RapidReviewQueries queries, Ids ids, Today today, Replacements replacements) {
        this.replacements = replacements;
        this.commands = commands;
        this.queries = queries;
        this.ids = ids;
        this.today = today;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a serious incident notification",
            description = "Opens a rapid review. A late notification (more than 5 working days after awareness) is recorded and flagged, not refused.")
    public ResponseEntity<RapidReviewView> notifyIncident(@Valid @RequestBody RapidReviewRequests.Notify body) {
        String id = ids.next();
        commands.send(id, body.command(id, null));
        RapidReviewView view = current(id);
        return Responses.created("/api/v1/rapid-reviews/" + id, view.version(), view);
    }

    @PostMapping("/{id}/meetings")
    @Operation(summary = "Record a rapid review meeting and the agencies present")
    public ResponseEntity<RapidReviewView> meeting(@PathVariable String id, @Valid @RequestBody RapidReviewRequests.Meeting body) {
        return send(id, body.command(id, null));
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "Record (or revise) the rapid review decision",
            description = "A decision may be revised at any time (new information after the Panel agreed, say), with its rationale: "
                    + "every decision stays in the timeline, and the latest one counts.")
    public ResponseEntity<RapidReviewView> decision(@PathVariable String id, @Valid @RequestBody RapidReviewRequests.Decision body) {
        return send(id, body.command(id, null));
    }

    @PostMapping("/{id}/submission")
    @Operation(summary = "Record that the rapid review was sent to the National Panel")
    public ResponseEntity<RapidReviewView> submission(@PathVariable String id, @Valid @RequestBody RapidReviewRequests.Submission body) {
        return send(id, body.command(id, null));
    }

    @PostMapping("/{id}/panel-response")
    @Operation(summary = "Record the National Panel's response")
    public ResponseEntity<RapidReviewView> panelResponse(@PathVariable String id,
                                                         @Valid @RequestBody RapidReviewRequests.PanelResponseBody body) {
        return send(id, body.command(id, null));
    }

    @PostMapping("/{id}/not-required")
    @Operation(summary = "Record that, after notifying, the partners determined that no rapid review is needed",
            description = "The RAPID_REVIEW and PANEL_RESPONSE milestones are NOT_REQUIRED from that date: never overdue, never alerted.")
    public ResponseEntity<RapidReviewView> notRequired(@PathVariable String id, @Valid @RequestBody RapidReviewRequests.NotRequired body) {
        return send(id, body.command(id, null));
    }

    @PostMapping("/{id}/corrections")
    @Operation(summary = "Correct a fact recorded in error, or strike it out",
            description = "Replaces the business fields of the fact with the given sequence (its timeline entry's) by the replacement, "
                    + "which has the fields of the request that recorded it; \"replacement\": null strikes it out. The original stays in "
                    + "the timeline and the audit trail; every view, list, report and metric answers as if the fact had been recorded so. "
                    + "A correction that would make the history impossible is refused like the command it corrects.")
    public ResponseEntity<RapidReviewView> correct(@PathVariable String id, @Valid @RequestBody CorrectionRequest body) {
        History<RapidReviewEvent> history = queries.history(id).orElseThrow(() -> notFound(id, today.date()));
        Object replacement = replacements.command(history, id, body, FACT_REQUESTS);
        return send(id, new CorrectRapidReviewFact(id, body.sequence(), body.reason(), replacement));
    }

    /** The request that records each kind of fact: a correction's replacement is read as it. */
    public static final Map<Class<?>, Class<? extends FactRequest>> FACT_REQUESTS = Map.of(
            SeriousIncidentNotified.class, RapidReviewRequests.Notify.class,
            RapidReviewMeetingHeld.class, RapidReviewRequests.Meeting.class,
            RapidReviewDecisionRecorded.class, RapidReviewRequests.Decision.class,
            RapidReviewSubmittedToPanel.class, RapidReviewRequests.Submission.class,
            NationalPanelResponded.class, RapidReviewRequests.PanelResponseBody.class,
            RapidReviewFoundNotRequired.class, RapidReviewRequests.NotRequired.class);

    @GetMapping("/{id}")
    @Operation(summary = "A rapid review as of a date, with its statutory milestones")
    public ResponseEntity<RapidReviewView> get(@PathVariable String id,
                                               @Parameter(description = "business date to answer as at; default today")
                                               @RequestParam(required = false) LocalDate asOf) {
        LocalDate date = today.orToday(asOf);
        RapidReviewView view = queries.find(id, date).orElseThrow(() -> notFound(id, date));
        return Responses.ok(view.version(), view);
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "What happened to the rapid review, in business-date order, with its statutory milestones interleaved")
    public Timeline timeline(@PathVariable String id,
                             @Parameter(description = "business date to answer as at; default today")
                             @RequestParam(required = false) LocalDate asOf) {
        LocalDate date = today.orToday(asOf);
        return queries.timeline(id, date).orElseThrow(() -> notFound(id, date));
    }

    @GetMapping
    @Operation(summary = "Rapid reviews notified by a date, most recent first")
    public Page<RapidReviewView> list(@RequestParam(required = false) LocalDate asOf,
                                      @RequestParam(defaultValue = "0") @Min(0) int page,
                                      @RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
        return queries.list(today.orToday(asOf), page, size);
    }

    private ResponseEntity<RapidReviewView> send(String id, Object command) {
        commands.send(id, command);
        RapidReviewView view = current(id);
        return Responses.ok(view.version(), view);
    }

    private RapidReviewView current(String id) {
        return queries.find(id, today.date()).orElseThrow(() -> notFound(id, today.date()));
    }

    private static ResourceNotFoundException notFound(String id, LocalDate asOf) {
        return new ResourceNotFoundException("no rapid review " + id + " had been notified as of " + asOf);
    }
}
