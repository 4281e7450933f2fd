package uk.org.casereview.api.pages;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import uk.org.casereview.api.learningthemes.LearningThemeController;
import uk.org.casereview.api.overdueactions.OverdueActionController;
import uk.org.casereview.api.web.Period;
import uk.org.casereview.api.web.Today;
import uk.org.casereview.api.timeliness.TimelinessController;
import uk.org.casereview.api.yearlyreport.YearlyReportController;
import uk.org.casereview.domain.referencedata.ReferenceData;
import uk.org.casereview.projections.overdueactions.OverdueActions;
import uk.org.casereview.projections.readmodel.Page;
import uk.org.casereview.projections.readmodel.ReportingYear;
import uk.org.casereview.projections.yearlyreport.YearlyReport;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The scrutineer's and the subgroup's reports as pages: overdue actions (with the CSV download), learning themes and
 * statutory timeliness, each as at a date; and, until the yearly report has its page, its JSON for the signed-in person.
 * Each answers what the API's endpoint answers, through the same controller.
 */
@Controller
public class ReportPages {

    private final AsAt asAt;
    private final Today today;
    private final OverdueActionController overdueActions;
    private final LearningThemeController learningThemes;
    private final TimelinessController timeliness;
    private final YearlyReportController yearlyReports;
    private final Words words;
    private final ReferenceData referenceData;

    public ReportPages(AsAt asAt, Today today, OverdueActionController overdueActions, LearningThemeController learningThemes,
                       TimelinessController timeliness, YearlyReportController yearlyReport, ReferenceData referenceData,
                       Words words) {
        this.asAt = asAt;
        this.today = today;
        this.overdueActions = overdueActions;
        this.learningThemes = learningThemes;
        this.timeliness = timeliness;
        this.yearlyReports = yearlyReport;
        this.words = words;
        this.referenceData = referenceData;
    }

    @GetMapping("/overdue-actions")
    public String overdue(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                          @RequestParam(required = false) String agency, @RequestParam(required = false) String theme,
                          @RequestParam(defaultValue = "0") int page, Model model) {
        LocalDate date = asAt.date(asOf, model);
        OverdueActions overdue = overdueActions.overdue(date, blankToNull(agency), blankToNull(theme), Math.max(0, page), 50);
        model.addAttribute("overdue", overdue);
        model.addAttribute("overduePage", new Page<>(overdue.items(), overdue.total(), overdue.page(), overdue.size()));
        model.addAttribute("agency", blankToNull(agency));
        model.addAttribute("theme", blankToNull(theme));
        model.addAttribute("agencies", referenceData.agencies());
        model.addAttribute("themes", referenceData.themes());
        return "pages/overdue-actions";
    }

    @GetMapping("/overdue-actions.csv")
    public ResponseEntity<String> overdueCsv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                             @RequestParam(required = false) String agency,
                                             @RequestParam(required = false) String theme) throws IOException {
        return overdueActions.overdueCsv(asOf, blankToNull(agency), blankToNull(theme));
    }

    @GetMapping("/learning-themes")
    public String learningThemes(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                 Model model) {
        Period period = Period.of(from, to, today);
        LocalDate date = asOf == null ? period.to() : asOf;
        model.addAttribute("asOf", date);
        model.addAttribute("asOfAsked", asOf);
        model.addAttribute("period", period);
        model.addAttribute("themes", learningThemes.themes(period.from(), period.to(), date));
        return "pages/learning-themes";
    }

    @GetMapping("/statutory-timeliness")
    public String timeliness(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                             Model model) {
        LocalDate date = asAt.date(asOf, model);
        Period period = Period.of(from, to, today);
        model.addAttribute("period", period);
        model.addAttribute("timeliness", timeliness.timeliness(period.from(), period.to(), date));
        return "pages/statutory-timeliness";
    }

    @GetMapping("/yearly-reports")
    public String yearlyReports(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                @RequestParam(required = false) Integer year, Model model) {
        if (year != null) {
            return "redirect:/yearly-reports/" + year + (asOf == null ? "" : "?asOf=" + asOf);
        }
        LocalDate date = asAt.date(asOf, model);
        model.addAttribute("years", years(date));
        return "pages/yearly-reports";
    }

    /** The yearly report as a page: a year chooser, the printable page, its PDF and CSV, and the report itself. */
    @GetMapping("/yearly-reports/{year}")
    public String yearlyReportPage(@PathVariable @Min(2000) @Max(2100) int year,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                   Model model) {
        asAt.date(asOf, model);
        model.addAttribute("r", yearlyReports.wholeReport(year, asOf));
        model.addAttribute("years", years(today.date()));
        model.addAttribute("words", words);
        return "pages/yearly-report";
    }

    @GetMapping(value = "/yearly-reports/{year}/printable", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> printableYearlyReport(@PathVariable @Min(2000) @Max(2100) int year,
                                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return yearlyReports.html(year, asOf);
    }

    @GetMapping(value = "/yearly-reports/{year}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    public ResponseEntity<byte[]> yearlyReportPdf(@PathVariable @Min(2000) @Max(2100) int year,
                                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return yearlyReports.pdf(year, asOf);
    }

    @GetMapping(value = "/yearly-reports/{year}.csv", produces = "text/csv")
    public void yearlyReportCsv(@PathVariable @Min(2000) @Max(2100) int year,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                HttpServletResponse response) throws IOException {
        yearlyReports.csv(year, asOf, response);
    }

    @GetMapping(value = "/yearly-reports/{year}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public YearlyReport yearlyReport(@PathVariable int year,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return yearlyReports.report(year, asOf);
    }

    /** The reporting years to choose from: the one of the date and the five before it. */
    private static List<Integer> years(LocalDate date) {
        int current = ReportingYear.of(date).from().getYear();
        return java.util.stream.IntStream.iterate(current, y -> y - 1).limit(6).boxed().toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
