package uk.org.casereview.api.yearlyreport;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.org.casereview.api.shared.Today;
import uk.org.casereview.projections.shared.ReportingYear;
import uk.org.casereview.projections.yearlyreport.YearlyReport;
import uk.org.casereview.projections.yearlyreport.YearlyReportQueries;

import java.time.LocalDate;

@RestController
@RequestMapping(path = "/api/v1/reports/yearly", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Yearly report", description = "The figures of the partnership's yearly report on reviews and recommendations")
public class YearlyReportController {

    private final YearlyReportQueries queries;
    private final Today today;

    public YearlyReportController(YearlyReportQueries queries, Today today) {
        this.queries = queries;
        this.today = today;
    }

    @GetMapping("/{year}")
    @Operation(summary = "The yearly report for the reporting year starting 1 April {year}",
            description = "asOf defaults to the end of the year (31 March) or today, whichever is earlier.")
    public YearlyReport report(@Parameter(description = "the year the reporting year starts in, e.g. 2024 for 2024-25")
                               @PathVariable @Min(2000) @Max(2100) int year,
                               @RequestParam(required = false) LocalDate asOf) {
        LocalDate end = new ReportingYear(year).to();
        LocalDate date = asOf != null ? asOf : (today.date().isBefore(end) ? today.date() : end);
        return queries.report(year, date);
    }
}
