package uk.org.casereview.api.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/admin", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Administration", description = "Rebuilding the read models")
public class AdminController {

    private final ReadModelRebuild rebuild;

    public AdminController(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping("/rebuild")
    @Operation(summary = "Rebuild every read model from the event store",
            description = "Answers 202 at once; GET /api/v1/admin/rebuild says when it is DONE. Reads answer from the "
                    + "read models being rebuilt meanwhile, and writes wait for them (up to 10 s) before answering.")
    public ResponseEntity<RebuildStatus> startRebuild() {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(rebuild.start());
    }

    @GetMapping("/rebuild")
    @Operation(summary = "Where the last rebuild of the read models stands")
    public RebuildStatus rebuildStatus() {
        return rebuild.status();
    }
}
