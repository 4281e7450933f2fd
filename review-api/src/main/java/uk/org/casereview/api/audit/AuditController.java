package uk.org.casereview.api.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.org.casereview.api.web.Period;
import uk.org.casereview.api.web.Today;
import uk.org.casereview.projections.readmodel.Page;

import java.time.LocalDate;

@RestController
@RequestMapping(path = "/api/v1/audit", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Audit trail", description = "Who recorded what and when: the raw trail (scrutineer and admin)")
public class AuditController {

    private final AuditTrail trail;
    private final Today today;

    public AuditController(AuditTrail trail, Today today) {
        this.trail = trail;
        this.today = today;
    }

    @GetMapping
    @Operation(summary = "The raw audit trail: every fact recorded in the period, by whom, when, with its business date",
            description = "from and to are the days the facts were recorded (UTC); default the reporting year so far. "
                    + "Filter by the user who recorded them and by the review or recommendation (aggregateId).")
    public Page<AuditEntry> audit(@RequestParam(required = false) LocalDate from,
                                  @RequestParam(required = false) LocalDate to,
                                  @RequestParam(required = false) String user,
                                  @RequestParam(required = false) String aggregateId,
                                  @RequestParam(defaultValue = "0") @Min(0) int page,
                                  @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        Period period = Period.of(from, to, today);
        return trail.trail(period.from(), period.to(), user, aggregateId, page, size);
    }
}
