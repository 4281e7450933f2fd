package uk.org.casereview.api.practicereview;

import uk.org.casereview.api.correction.CorrectionRequest;
import uk.org.casereview.api.correction.FactRequest;
import uk.org.casereview.api.correction.Replacements;
import uk.org.casereview.domain.practicereview.*;
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
import uk.org.casereview.domain.practicereview.AppointReviewer;
import uk.org.casereview.domain.practicereview.CommissionPracticeReview;
import uk.org.casereview.domain.practicereview.PublishPracticeReview;
import uk.org.casereview.domain.practicereview.RecordPublicationDelay;
import uk.org.casereview.domain.practicereview.SendFinalReport;
import uk.org.casereview.domain.practicereview.WithholdPublication;
import uk.org.casereview.domain.commandhandling.InvalidCommandException;
import uk.org.casereview.projections.practicereview.PracticeReviewQueries;
import uk.org.casereview.projections.practicereview.PracticeReviewView;
import uk.org.casereview.projections.rapidreview.RapidReviewQueries;
import uk.org.casereview.projections.readmodel.Page;
import uk.org.casereview.projections.readmodel.Timeline;

import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping(path = "/api/v1/practice-reviews", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Practice reviews", description = "CSPRs, legacy serious case reviews, national reviews and local learning reviews: reviewer, delays, final report, publication")
public class PracticeReviewController {

    private final Commands commands;
    private final PracticeReviewQueries queries;
    private final RapidReviewQueries rapidReviews;
    private final Ids ids;
    private final Today today;

    private final Replacements replacements;

    public PracticeReviewController(Commands commands, PracticeReviewQueries queries, RapidReviewQueries rapidReviews, Ids ids, Today today,
                                    Replacements replacements) {
        this.replacements = replacements;
        this.commands = commands;
        this.queries = queries;
        this.rapidReviews = rapidReviews;
        this.ids = ids;
        this.today = today;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Commission a practice review",
            description = "Recorded on the date of the decision to initiate it. Kinds: CSPR, SERIOUS_CASE_REVIEW, NATIONAL_REVIEW, "
                    + "LEARNING_REVIEW, MULTI_AGENCY_AUDIT, JOINT_REVIEW (with jointWith). The statutory milestones of each kind are "
                    + "configuration: by default a CSPR's final report and publication (6 months later) and an SCR's publication.")
    public ResponseEntity<PracticeReviewView> commission(@Valid @RequestBody PracticeReviewRequests.Commission body) {
        if (body.rapidReviewId() != null && !rapidReviews.exists(body.rapidReviewId())) {
            throw new InvalidCommandException("rapidReviewId", "rapidReviewId " + body.rapidReviewId() + " is not a recorded rapid review");
        }
        String id = ids.next();
        commands.send(id, body.command(id, null));
        PracticeReviewView view = current(id);
        return Responses.created("/api/v1/practice-reviews/" + id, view.version(), view);
    }

    @PostMapping("/{id}/reviewer")
    @Operation(summary = "Record the appointment of the lead reviewer")
    public ResponseEntity<PracticeReviewView> reviewer(@PathVariable String id, @Valid @RequestBody PracticeReviewRequests.Reviewer body) {
        return send(id, body.command(id, null));
    }

    @PostMapping("/{id}/delays")
    @Operation(summary = "Record a publication delay (for example parallel criminal proceedings or an inquest), with its reason")
    public ResponseEntity<PracticeReviewView> delay(@PathVariable String id, @Valid @RequestBody PracticeReviewRequests.Delay body) {
        return send(id, body.command(id, null));
    }

    @PostMapping("/{id}/final-report")
    @Operation(summary = "Record that the final report went to the National Panel and the Secretary of State")
    public ResponseEntity<PracticeReviewView> finalReport(@PathVariable String id, @Valid @RequestBody PracticeReviewRequests.FinalReport body) {
        return send(id, body.command(id, null));
    }

    @PostMapping("/{id}/publication")
    @Operation(summary = "Record publication (full report or improvements only)")
    public ResponseEntity<PracticeReviewView> publication(@PathVariable String id, @Valid @RequestBody PracticeReviewRequests.Publication body) {
        return send(id, body.command(id, null));
    }

    @PostMapping("/{id}/withholding")
    @Operation(summary = "Record a decision not to publish, with its reason")
    public ResponseEntity<PracticeReviewView> withholding(@PathVariable String id, @Valid @RequestBody PracticeReviewRequests.Withholding body) {
        return send(id, body.command(id, null));
    }


    @PostMapping("/{id}/corrections")
    @Operation(summary = "Correct a fact recorded in error, or strike it out",
            description = "Replaces the business fields of the fact with the given sequence (its timeline entry's) by the replacement, "
                    + "which has the fields of the request that recorded it; \"replacement\": null strikes it out. The original stays in "
                    + "the timeline and the audit trail; every view, list, report and metric answers as if the fact had been recorded so. "
                    + "A correction that would make the history impossible is refused like the command it corrects.")
    public ResponseEntity<PracticeReviewView> correct(@PathVariable String id, @Valid @RequestBody CorrectionRequest body) {
        History<PracticeReviewEvent> history = queries.history(id).orElseThrow(() -> notFound(id, today.date()));
        Object replacement = replacements.command(history, id, body, FACT_REQUESTS);
        return send(id, new CorrectPracticeReviewFact(id, body.sequence(), body.reason(), replacement));
    }

    /** The request that records each kind of fact: a correction's replacement is read as it. */
    public static final Map<Class<?>, Class<? extends FactRequest>> FACT_REQUESTS = Map.of(
            PracticeReviewCommissioned.class, PracticeReviewRequests.Commission.class,
            ReviewerAppointed.class, PracticeReviewRequests.Reviewer.class,
            PublicationDelayRecorded.class, PracticeReviewRequests.Delay.class,
            FinalReportSent.class, PracticeReviewRequests.FinalReport.class,
            PracticeReviewPublished.class, PracticeReviewRequests.Publication.class,
            PublicationWithheld.class, PracticeReviewRequests.Withholding.class);

    @GetMapping("/{id}")
    @Operation(summary = "A practice review as of a date, with its statutory milestones")
    public ResponseEntity<PracticeReviewView> get(@PathVariable String id,
                                                  @Parameter(description = "business date to answer as at; default today")
                                                  @RequestParam(required = false) LocalDate asOf) {
        LocalDate date = today.orToday(asOf);
        PracticeReviewView view = queries.find(id, date).orElseThrow(() -> notFound(id, date));
        return Responses.ok(view.version(), view);
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "What happened to the practice review, in business-date order, with its statutory milestones interleaved")
    public Timeline timeline(@PathVariable String id,
                             @Parameter(description = "business date to answer as at; default today")
                             @RequestParam(required = false) LocalDate asOf) {
        LocalDate date = today.orToday(asOf);
        return queries.timeline(id, date).orElseThrow(() -> notFound(id, date));
    }

    @GetMapping
    @Operation(summary = "Practice reviews commissioned by a date, most recent first")
    public Page<PracticeReviewView> list(@RequestParam(required = false) LocalDate asOf,
                                         @RequestParam(defaultValue = "0") @Min(0) int page,
                                         @RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
        return queries.list(today.orToday(asOf), page, size);
    }

    private ResponseEntity<PracticeReviewView> send(String id, Object command) {
        commands.send(id, command);
        PracticeReviewView view = current(id);
        return Responses.ok(view.version(), view);
    }

    private PracticeReviewView current(String id) {
        return queries.find(id, today.date()).orElseThrow(() -> notFound(id, today.date()));
    }

    private static ResourceNotFoundException notFound(String id, LocalDate asOf) {
        return new ResourceNotFoundException("no practice review " + id + " had been commissioned as of " + asOf);
    }
}
