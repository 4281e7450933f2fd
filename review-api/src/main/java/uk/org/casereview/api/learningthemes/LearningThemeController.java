package uk.org.casereview.api.learningthemes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.org.casereview.api.web.Period;
import uk.org.casereview.api.web.Today;
import uk.org.casereview.projections.learningthemes.LearningThemeQueries;
import uk.org.casereview.projections.learningthemes.LearningThemes;

import java.time.LocalDate;

@RestController
@RequestMapping(path = "/api/v1/learning-themes", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Learning themes", description = "What was learned: reviews and recommendations by theme, and the themes that recur")
public class LearningThemeController {

    private final LearningThemeQueries queries;
    private final Today today;

    public LearningThemeController(LearningThemeQueries queries, Today today) {
        this.queries = queries;
        this.today = today;
    }

    @GetMapping
    @Operation(summary = "Per theme: the reviews and recommendations that carry it, with open, overdue and closed counts",
            description = "Reviews notified or commissioned in the period and recommendations made in it, as they stood on asOf "
                    + "(default: the end of the period): those that existed by then, and whether they were open, overdue or closed. "
                    + "Default period: the reporting year so far.")
    public LearningThemes themes(@Parameter(description = "first day; default 1 April of the reporting year")
                                 @RequestParam(required = false) LocalDate from,
                                 @Parameter(description = "last day; default today")
                                 @RequestParam(required = false) LocalDate to,
                                 @Parameter(description = "business date to answer as at; default the last day of the period")
                                 @RequestParam(required = false) LocalDate asOf) {
        Period period = Period.of(from, to, today);
        return queries.themes(period.from(), period.to(), asOf == null ? period.to() : asOf);
    }
}
