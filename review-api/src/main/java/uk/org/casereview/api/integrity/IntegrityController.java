package uk.org.casereview.api.integrity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Integrity", description = "The tamper-evident record: a SHA-256 chain over every event")
public class IntegrityController {

    private final IntegrityCheck check;

    public IntegrityController(IntegrityCheck check) {
        this.check = check;
    }

    @GetMapping(path = "/api/v1/integrity", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Verify the whole chain of links over the event store (SCRUTINEER, ADMIN)",
            description = "Computes every link again from its event as stored and answers the chain's length, its head "
                    + "(the last link, hex) and the first event whose link does not match (global index, aggregate and "
                    + "sequence; null when every link matches). An event changed, deleted or added in the database "
                    + "behind the service's back is found here.")
    public Integrity verify() {
        return check.verify();
    }
}
