package uk.org.casereview.api.yearlyreport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.org.casereview.api.consistency.IdempotencyKeys;
import uk.org.casereview.api.consistency.RequestConditions;
import uk.org.casereview.api.problem.ResourceNotFoundException;
import uk.org.casereview.api.web.Commands;
import uk.org.casereview.api.web.CurrentUser;
import uk.org.casereview.api.web.Today;
import uk.org.casereview.domain.commandhandling.CommandRefusedException;
import uk.org.casereview.domain.commandhandling.InvalidCommandException;
import uk.org.casereview.domain.yearlyreport.PublishYearlyReport;
import uk.org.casereview.domain.yearlyreport.YearlyReportPublication;
import uk.org.casereview.projections.readmodel.ReportingYear;
import uk.org.casereview.projections.yearlyreport.YearlyReport;
import uk.org.casereview.projections.yearlyreport.YearlyReportPublications;
import uk.org.casereview.projections.yearlyreport.YearlyReportQueries;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The yearly report (SPEC 5a) for a reporting year: JSON (one page of the record), a printable HTML page, the same page
 * as a PDF, the record as CSV; and its publication, which freezes the figures as published.
 */
@RestController
@RequestMapping(path = "/api/v1/reports/yearly", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Yearly report", description = "The partnership's yearly report on reviews and recommendations, and its publication")
public class YearlyReportController {

    private final YearlyReportQueries queries;
    private final YearlyReportCache reports;
    private final YearlyReportPublications publications;
    private final YearlyReportDocuments documents;
    private final Commands commands;
    private final RequestConditions conditions;
    private final CurrentUser currentUser;
    private final IdempotencyKeys idempotencyKeys;
    private final ObjectMapper json;
    private final Today today;

    public YearlyReportController(YearlyReportQueries queries, YearlyReportCache reports, YearlyReportPublications publications,
                                  YearlyReportDocuments documents,
                                  Commands commands, RequestConditions conditions, CurrentUser currentUser,
                                  IdempotencyKeys idempotencyKeys, ObjectMapper json, Today today) {
        this.queries = queries;
        this.reports = reports;
        this.publications = publications;
        this.documents = documents;
        this.commands = commands;
        this.conditions = conditions;
        this.currentUser = currentUser;
        this.idempotencyKeys = idempotencyKeys;
        this.json = json;
        this.today = today;
    }

    /** The report with the first page of its record, as the pages and older callers ask for it. */
    public YearlyReport report(int year, LocalDate asOf) {
        return page(year, date(year, asOf), 0, YearlyReportQueries.DEFAULT_RECORD_SIZE);
    }

    @GetMapping(path = "/{year}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The yearly report for the reporting year starting 1 April {year}",
            description = "Each fact counts in the year of its own date. asOf defaults to the end of the year (31 March) or today,"
                    + " whichever is earlier. The record of recommendations comes a page at a time (recordPage, recordSize);"
                    + " the HTML, PDF and CSV answers hold all of it. Once the year is published, the answer carries"
                    + " `published` and `changedSincePublication`; asPublished=true answers the frozen report byte for byte."
                    + " Accept: text/html, application/pdf or text/csv for the other formats.")
    @ApiResponse(responseCode = "200", description = "the report (with asPublished=true: the frozen report, as published)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = YearlyReport.class)))
    public ResponseEntity<?> json(@Parameter(description = "the year the reporting year starts in, e.g. 2024 for 2024-25")
                                  @PathVariable @Min(2000) @Max(2100) int year,
                                  @Parameter(description = "business date to answer as at") @RequestParam(required = false) LocalDate asOf,
                                  @Parameter(description = "the report as published, exactly") @RequestParam(defaultValue = "false") boolean asPublished,
                                  @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int recordPage,
                                  @RequestParam(defaultValue = "" + YearlyReportQueries.DEFAULT_RECORD_SIZE) @Min(1) @Max(1000) int recordSize) {
        if (asPublished) {
            YearlyReportPublications.Published published = publications.find(year)
                    .orElseThrow(() -> new ResourceNotFoundException("the yearly report " + new ReportingYear(year).label() + " has not been published"));
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.ETAG, "\"" + published.event().sha256() + "\"")
                    .body(published.event().report().getBytes(StandardCharsets.UTF_8));
        }
        return ResponseEntity.ok(page(year, date(year, asOf), recordPage, recordSize));
    }

    @GetMapping(path = "/{year}", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The yearly report as a printable page, in the partnership's words")
    public ResponseEntity<String> html(@PathVariable @Min(2000) @Max(2100) int year, @RequestParam(required = false) LocalDate asOf) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(documents.html(wholeReport(year, asOf)));
    }

    @GetMapping(path = "/{year}", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The yearly report as a PDF: the printable page, rendered on the server (tagged PDF)")
    public ResponseEntity<byte[]> pdf(@PathVariable @Min(2000) @Max(2100) int year, @RequestParam(required = false) LocalDate asOf) {
        YearlyReport report = wholeReport(year, asOf);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"yearly-report-" + year + ".pdf\"")
                .body(documents.pdf(report));
    }

    @GetMapping(path = "/{year}", produces = "text/csv")
    @Operation(summary = "The record of the yearly report as CSV: one row per action (a recommendation without one: one row)")
    public void csv(@PathVariable @Min(2000) @Max(2100) int year, @RequestParam(required = false) LocalDate asOf,
                    HttpServletResponse response) throws IOException {
        LocalDate date = date(year, asOf);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"yearly-report-" + year + "-record.csv\"");
        documents.csv(year, date, response.getOutputStream());
    }

    @PostMapping(path = "/{year}/publication", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Publish the yearly report: freeze its figures as they stand, with who, when and the SHA-256 of its JSON",
            description = "Once per year, after the year has ended. asOf (default 31 March, the year's end, or today if earlier) is the date the"
                    + " frozen report is made as of. The answer is the report with `published`; GET ?asPublished=true gives the"
                    + " frozen JSON, whose SHA-256 is `published.sha256`.")
    public ResponseEntity<YearlyReport> publish(@PathVariable @Min(2000) @Max(2100) int year,
                                                @Valid @RequestBody PublicationRequest body) {
        ReportingYear reportingYear = new ReportingYear(year);
        LocalDate asOf = body.asOf() != null ? body.asOf() : date(year, null);
        if (asOf.isAfter(today.date())) {
            throw new InvalidCommandException("asOf", "is after today (" + today.date() + ")");
        }
        String key = conditions.idempotencyKey(currentUser.name());
        Optional<YearlyReportPublications.Published> earlier = publications.find(year);
        if (earlier.isPresent() && (key == null || !idempotencyKeys.remembered(key))) {
            throw new CommandRefusedException("the yearly report " + reportingYear.label() + " was published on "
                    + earlier.get().event().publishedOn() + ": its figures stay as published, and what changed since is in"
                    + " changedSincePublication");
        }
        String frozen = earlier.map(p -> p.event().report()).orElseGet(() -> frozen(year, asOf));
        String id = YearlyReportPublication.idOf(year);
        commands.send(id, new PublishYearlyReport(id, year, asOf, frozen, YearlyReportPublication.sha256(frozen)));
        return ResponseEntity.created(URI.create("/api/v1/reports/yearly/" + year + "?asPublished=true"))
                .body(report(year, null));
    }

    /** What a publication asks for: the date the frozen report is made as of (default the year's end). */
    public record PublicationRequest(LocalDate asOf) {
    }

    private String frozen(int year, LocalDate asOf) {
        try {
            return json.writeValueAsString(queries.wholeReport(year, asOf));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the yearly report of " + year + " cannot be written as JSON", e);
        }
    }

    /** The report with a page of its record, kept until a fact that could change it is recorded, with its publication. */
    private YearlyReport page(int year, LocalDate asOf, int recordPage, int recordSize) {
        return withPublication(reports.report(year, asOf, recordPage, recordSize, () -> queries.report(year, asOf, recordPage, recordSize)));
    }

    /** The whole report (every recommendation of the record), with its publication: what the HTML and PDF show. */
    public YearlyReport wholeReport(int year, LocalDate asOf) {
        return withPublication(queries.wholeReport(year, date(year, asOf)));
    }

    /** The report with its publication and the changes since, once the year is published. */
    private YearlyReport withPublication(YearlyReport report) {
        return publications.find(report.year()).map(published -> {
            List<YearlyReport.Change> changes = reports.changesSincePublication(report.year(), () -> {
                YearlyReport asPublishedThen = published.event().asOf().equals(report.asOf()) && report.recommendations().recordSize()
                        == report.recommendations().recordTotal() ? report : queries.wholeReport(report.year(), published.event().asOf());
                return publications.changesSince(published, asPublishedThen);
            });
            return YearlyReportPublications.withPublication(report, published.publication(), changes);
        }).orElse(report);
    }

    private LocalDate date(int year, LocalDate asOf) {
        LocalDate end = new ReportingYear(year).to();
        return asOf != null ? asOf : (today.date().isBefore(end) ? today.date() : end);
    }
}
