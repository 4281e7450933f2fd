package uk.org.casereview.api.timeliness;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.org.casereview.api.web.Period;
import uk.org.casereview.api.web.Today;
import uk.org.casereview.projections.timeliness.StatutoryTimeliness;
import uk.org.casereview.projections.timeliness.TimelinessQueries;

import java.time.LocalDate;

@RestController
@RequestMapping(path = "/api/v1/statutory-timeliness", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Statutory timeliness", description = "Milestones due in a period: met, missed, overdue, due")
public class TimelinessController {

    private final TimelinessQueries queries;
    private final Today today;

    public TimelinessController(TimelinessQueries queries, Today today) {
        this.queries = queries;
        this.today = today;
    }

    @GetMapping
    @Operation(summary = "Per statutory milestone due in the period: met, missed, overdue and due, with the reviews concerned",
            description = "States are as of asOf (default today). Default period: the reporting year so far.")
    public StatutoryTimeliness timeliness(@RequestParam(required = false) LocalDate from,
                                          @RequestParam(required = false) LocalDate to,
                                          @RequestParam(required = false) LocalDate asOf) {
        Period period = Period.of(from, to, today);
        return queries.timeliness(period.from(), period.to(), today.orToday(asOf));
    }
}
