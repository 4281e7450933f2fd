package uk.org.casereview.api.rapidreview;

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
import uk.org.casereview.api.shared.Commands;
import uk.org.casereview.api.shared.Ids;
import uk.org.casereview.api.shared.Responses;
import uk.org.casereview.api.shared.Today;
import uk.org.casereview.domain.rapidreview.NotifySeriousIncident;
import uk.org.casereview.domain.rapidreview.RecordPanelResponse;
import uk.org.casereview.domain.rapidreview.RecordRapidReviewDecision;
import uk.org.casereview.domain.rapidreview.RecordRapidReviewMeeting;
import uk.org.casereview.domain.rapidreview.SubmitRapidReviewToPanel;
import uk.org.casereview.projections.rapidreview.RapidReviewQueries;
import uk.org.casereview.projections.rapidreview.RapidReviewView;
import uk.org.casereview.projections.shared.Page;
import uk.org.casereview.projections.shared.Timeline;

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

    public RapidReviewController(Commands commands, RapidReviewQueries queries, Ids ids, Today today) {
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
        commands.send(id, new NotifySeriousIncident(id, body.reference(), body.children(), body.outcome(), body.awareOn(),
                body.notifiedOn(), body.harmCategories(), body.themes() == null ? List.of() : body.themes()));
        RapidReviewView view = current(id);
        return Responses.created("/api/v1/rapid-reviews/" + id, view.version(), view);
    }

    @PostMapping("/{id}/meetings")
    @Operation(summary = "Record a rapid review meeting and the agencies present")
    public ResponseEntity<RapidReviewView> meeting(@PathVariable String id, @Valid @RequestBody RapidReviewRequests.Meeting body) {
        return send(id, new RecordRapidReviewMeeting(id, body.heldOn(), body.agencies()));
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "Record (or revise) the rapid review decision",
            description = "A decision can be revised only before submission to the National Panel or after the Panel disagreed.")
    public ResponseEntity<RapidReviewView> decision(@PathVariable String id, @Valid @RequestBody RapidReviewRequests.Decision body) {
        return send(id, new RecordRapidReviewDecision(id, body.decidedOn(), body.decision(), body.rationale()));
    }

    @PostMapping("/{id}/submission")
    @Operation(summary = "Record that the rapid review was sent to the National Panel")
    public ResponseEntity<RapidReviewView> submission(@PathVariable String id, @Valid @RequestBody RapidReviewRequests.Submission body) {
        return send(id, new SubmitRapidReviewToPanel(id, body.submittedOn()));
    }

    @PostMapping("/{id}/panel-response")
    @Operation(summary = "Record the National Panel's response")
    public ResponseEntity<RapidReviewView> panelResponse(@PathVariable String id,
                                                         @Valid @RequestBody RapidReviewRequests.PanelResponseBody body) {
        return send(id, new RecordPanelResponse(id, body.respondedOn(), body.response(), body.comments()));
    }

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
