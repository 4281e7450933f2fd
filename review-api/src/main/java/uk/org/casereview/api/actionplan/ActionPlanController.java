package uk.org.casereview.api.actionplan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import uk.org.casereview.api.problem.PayloadTooLargeException;
import uk.org.casereview.api.web.Today;
import uk.org.casereview.domain.calendar.Rag;
import uk.org.casereview.domain.recommendation.RecommendationStatus;
import uk.org.casereview.domain.referencedata.ReferenceData;
import uk.org.casereview.projections.recommendation.RecommendationFilter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An existing action plan brought in (CSV or XLSX), its template, and the register given back out in the same columns.
 */
@RestController
@Tag(name = "Action plans", description = "Import of an existing action plan (CSV or XLSX), its template, and the export of the register in the same columns")
public class ActionPlanController {

    private final ActionPlanImport importer;
    private final ActionPlanExport export;
    private final ReferenceData referenceData;
    private final Today today;
    private static final String NDJSON = "application/x-ndjson";

    private final long maxFileSize;
    private final int maxRows;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    public ActionPlanController(ActionPlanImport importer, ActionPlanExport export, ReferenceData referenceData, Today today,
                                @Value("${casereview.imports.max-file-size:10MB}") DataSize maxFileSize,
                                @Value("${casereview.imports.max-rows:20000}") int maxRows, com.fasterxml.jackson.databind.ObjectMapper json) {
        this.maxRows = maxRows;
        this.json = json;
        this.importer = importer;
        this.export = export;
        this.referenceData = referenceData;
        this.today = today;
        this.maxFileSize = maxFileSize.toBytes();
    }

    @PostMapping(path = "/api/v1/imports/action-plan", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import an action plan (CSV or XLSX): one row per action, through the same commands as the API",
            description = "The body is the file, with Content-Type text/csv (UTF-8) or "
                    + SpreadsheetFormat.XLSX_VALUE + ", or a multipart/form-data form with the file in the part 'file'. "
                    + "The first row names the columns of the template (GET /api/v1/imports/action-plan/template), in any order. "
                    + "Each row is recorded whole or refused with its line, column and reason; the others are recorded. The same "
                    + "file imported again records nothing new. With dryRun=true nothing is recorded and the answer gives, row by "
                    + "row, the commands that would be sent and every problem. Up to 10 MiB and 20,000 rows.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
                    @Content(mediaType = SpreadsheetFormat.CSV_VALUE, schema = @Schema(type = "string")),
                    @Content(mediaType = SpreadsheetFormat.XLSX_VALUE, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(type = "object"))}))
    public ImportReport importPlan(HttpServletRequest request,
                                   @Parameter(description = "true: record nothing, answer what would be sent and every problem")
                                   @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        Upload upload = upload(request);
        return importer.run(upload.bytes(), upload.format(), dryRun);
    }

    @PostMapping(path = "/api/v1/imports/action-plan", produces = NDJSON)
    @Operation(summary = "Import an action plan, with its progress: each row's answer as a line of JSON as soon as it has one",
            description = "The same import as with Accept: application/json, answered as JSON lines (application/x-ndjson): one line per "
                    + "row as it is done (a row whose recommendation is closed after the last row comes again with its closure), then "
                    + "the whole report without its items. A file that cannot be read is refused (400) before anything is sent.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
                    @Content(mediaType = SpreadsheetFormat.CSV_VALUE, schema = @Schema(type = "string")),
                    @Content(mediaType = SpreadsheetFormat.XLSX_VALUE, schema = @Schema(type = "string", format = "binary"))}))
    public ResponseEntity<StreamingResponseBody> importPlanWithProgress(HttpServletRequest request,
                                                                        @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        Upload upload = upload(request);
        // the file is read (and a bad one refused with 400) before the answer starts
        List<PlanRow> checked = PlanSheet.read(upload.bytes(), upload.format(), maxRows);
        org.springframework.security.core.context.SecurityContext security = org.springframework.security.core.context.SecurityContextHolder.getContext();
        StreamingResponseBody body = out -> {
            org.springframework.security.core.context.SecurityContextHolder.setContext(security);
            try {
                ImportReport report = importer.run(upload.bytes(), upload.format(), dryRun, row -> line(out, row));
                line(out, new ImportReport(report.dryRun(), report.format(), report.sha256(), report.rows(), report.recorded(),
                        report.alreadyRecorded(), report.refused(), report.commands(), List.of()));
            } finally {
                org.springframework.security.core.context.SecurityContextHolder.clearContext();
            }
        };
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(NDJSON)).header("X-Rows", String.valueOf(checked.size())).body(body);
    }

    private void line(java.io.OutputStream out, Object value) {
        try {
            out.write(json.writeValueAsBytes(value));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @GetMapping(path = "/api/v1/imports/action-plan/template", produces = {SpreadsheetFormat.CSV_VALUE, SpreadsheetFormat.XLSX_VALUE})
    @Operation(summary = "The action plan template: the header row of every column an import reads (Accept: text/csv or XLSX)")
    public ResponseEntity<byte[]> template(@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) throws IOException {
        return file(List.of(), formatAccepted(accept), "action-plan-template");
    }

    @GetMapping(path = "/api/v1/recommendations/export", produces = {SpreadsheetFormat.CSV_VALUE, SpreadsheetFormat.XLSX_VALUE})
    @Operation(summary = "The register as an action plan (CSV or XLSX): the columns of the import, with the filters of the recommendation list",
            description = "One row per action, one row for a recommendation with no action, as of the date. It imports back into an "
                    + "empty tracker. Cells that begin with =, +, - or @ are prefixed with ' so that a spreadsheet never runs them.")
    public ResponseEntity<byte[]> exportPlan(@RequestParam(required = false) String sourceId,
                                             @Parameter(description = "agency code, e.g. POLICE") @RequestParam(required = false) String agency,
                                             @Parameter(description = "theme code, e.g. NEGLECT") @RequestParam(required = false) String theme,
                                             @RequestParam(required = false) RecommendationStatus status,
                                             @RequestParam(required = false) Rag rag,
                                             @RequestParam(required = false) LocalDate asOf,
                                             @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) throws IOException {
        if (agency != null) {
            referenceData.requireAgency("agency", agency);
        }
        if (theme != null) {
            referenceData.requireThemes("theme", List.of(theme), 1);
        }
        LocalDate date = today.orToday(asOf);
        List<Map<String, String>> rows = export.rows(new RecommendationFilter(sourceId, agency, theme, status, rag), date);
        return file(rows, formatAccepted(accept), "action-plan-" + date);
    }

    private static ResponseEntity<byte[]> file(List<Map<String, String>> rows, SpreadsheetFormat format, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlanWriter.write(rows, format, out);
        return ResponseEntity.ok()
                .contentType(format == SpreadsheetFormat.CSV ? MediaType.parseMediaType("text/csv;charset=UTF-8") : format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "." + format.extension() + "\"")
                .body(out.toByteArray());
    }

    /** XLSX when the client accepts it before CSV; CSV otherwise (the mapping's produces has already refused anything else). */
    private static SpreadsheetFormat formatAccepted(String accept) {
        if (accept == null) {
            return SpreadsheetFormat.CSV;
        }
        for (MediaType type : MediaType.parseMediaTypes(accept).stream().sorted(MediaType.QUALITY_VALUE_COMPARATOR).toList()) {
            SpreadsheetFormat format = SpreadsheetFormat.of(type);
            if (format != null) {
                return format;
            }
            if (type.includes(SpreadsheetFormat.CSV.mediaType())) {
                return SpreadsheetFormat.CSV;
            }
        }
        return SpreadsheetFormat.CSV;
    }

    private record Upload(byte[] bytes, SpreadsheetFormat format) {
    }

    /** The file and its format: the body as it is, or the part 'file' of a form; by media type, else by the file name. */
    private Upload upload(HttpServletRequest request) throws IOException {
        MediaType type = mediaType(request.getContentType());
        if (type != null && MediaType.MULTIPART_FORM_DATA.equalsTypeAndSubtype(type)) {
            Part part;
            try {
                part = request.getPart("file");
            } catch (ServletException | IllegalStateException e) {
                throw new UnreadableFileException("the form could not be read: " + e.getMessage());
            }
            if (part == null || part.getSize() == 0) {
                throw new UnreadableFileException("the form has no file: send it in the part 'file'");
            }
            SpreadsheetFormat format = SpreadsheetFormat.of(mediaType(part.getContentType()));
            if (format == null) {
                format = SpreadsheetFormat.ofFileName(part.getSubmittedFileName());
            }
            if (format == null) {
                throw notASpreadsheet();
            }
            try (InputStream in = part.getInputStream()) {
                return new Upload(read(in), format);
            }
        }
        SpreadsheetFormat format = SpreadsheetFormat.of(type);
        if (format == null) {
            throw notASpreadsheet();
        }
        try (InputStream in = request.getInputStream()) {
            return new Upload(read(in), format);
        }
    }

    private byte[] read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileSize + 1));
        if (bytes.length > maxFileSize) {
            throw new PayloadTooLargeException(maxFileSize);
        }
        if (bytes.length == 0) {
            throw new UnreadableFileException("the file is empty");
        }
        return bytes;
    }

    private static UnreadableFileException notASpreadsheet() {
        return new UnreadableFileException("an action plan is a CSV file (Content-Type text/csv) or an XLSX workbook (Content-Type "
                + SpreadsheetFormat.XLSX_VALUE + "), as the body or in the part 'file' of a form");
    }

    private static MediaType mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        try {
            return MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            return null;
        }
    }
}
