package uk.org.casereview.api.overdueactions;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.org.casereview.api.web.Today;
import uk.org.casereview.api.spreadsheet.CsvFiles;
import uk.org.casereview.domain.referencedata.ReferenceData;
import uk.org.casereview.projections.overdueactions.OverdueAction;
import uk.org.casereview.projections.overdueactions.OverdueActionQueries;
import uk.org.casereview.projections.overdueactions.OverdueActions;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping(path = "/api/v1/overdue-actions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Overdue actions", description = "Actions past their due date and not complete, as of a date; JSON or CSV")
public class OverdueActionController {

    private static final int CSV_LIMIT = 100_000;

    private final OverdueActionQueries queries;
    private final ReferenceData referenceData;
    private final Today today;
    private final CsvMapper csv = CsvFiles.mapper();

    public OverdueActionController(OverdueActionQueries queries, ReferenceData referenceData, Today today) {
        this.queries = queries;
        this.referenceData = referenceData;
        this.today = today;
    }

    @GetMapping(produces = "application/json")
    @Operation(summary = "Overdue actions as of a date, most overdue first, by agency and theme")
    public OverdueActions overdue(@Parameter(description = "business date to answer as at; default today")
                                  @RequestParam(required = false) LocalDate asOf,
                                  @Parameter(description = "agency code, e.g. POLICE") @RequestParam(required = false) String agency,
                                  @Parameter(description = "theme code, e.g. NEGLECT") @RequestParam(required = false) String theme,
                                  @RequestParam(defaultValue = "0") @Min(0) int page,
                                  @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        checkCodes(agency, theme);
        return queries.overdue(today.orToday(asOf), agency, theme, page, size);
    }

    @GetMapping(produces = "text/csv")
    @Operation(summary = "Overdue actions as of a date, as CSV (every one, most overdue first)")
    public ResponseEntity<String> overdueCsv(@RequestParam(required = false) LocalDate asOf,
                                             @RequestParam(required = false) String agency,
                                             @RequestParam(required = false) String theme) throws IOException {
        checkCodes(agency, theme);
        LocalDate date = today.orToday(asOf);
        OverdueActions overdue = queries.overdue(date, agency, theme, 0, CSV_LIMIT);
        CsvSchema schema = csv.schemaFor(CsvRow.class).withHeader();
        StringWriter out = new StringWriter();
        try (SequenceWriter writer = csv.writer(schema).writeValues(out)) {
            for (OverdueAction action : overdue.items()) {
                writer.write(CsvRow.of(action));
            }
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, "text/csv; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"overdue-actions-" + date + ".csv\"")
                .body(out.toString());
    }

    private void checkCodes(String agency, String theme) {
        if (agency != null) {
            referenceData.requireAgency("agency", agency);
        }
        if (theme != null) {
            referenceData.requireThemes("theme", List.of(theme), 1);
        }
    }

    /** One CSV line: the JSON fields, themes joined with ';'; text neutralised against formula injection ({@link CsvFiles}). */
    @com.fasterxml.jackson.annotation.JsonPropertyOrder({"recommendationId", "sourceReference", "recommendationNumber", "actionId",
            "description", "agency", "owner", "dueOn", "originalDueOn", "daysOverdue", "themes"})
    record CsvRow(String recommendationId, String sourceReference, String recommendationNumber, String actionId,
                  String description, String agency, String owner, LocalDate dueOn, LocalDate originalDueOn, long daysOverdue,
                  String themes) {
        static CsvRow of(OverdueAction a) {
            return new CsvRow(a.recommendationId(), a.sourceReference(), a.recommendationNumber(), a.actionId(),
                    a.description(), a.agency(), a.owner(), a.dueOn(), a.originalDueOn(), a.daysOverdue(), String.join(";", a.themes()));
        }
    }
}
