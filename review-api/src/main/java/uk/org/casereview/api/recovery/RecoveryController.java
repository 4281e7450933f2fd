package uk.org.casereview.api.recovery;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.IOException;

@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "Administration", description = "Rebuilding the read models, backup, export and import")
public class RecoveryController {

    public static final String JSON_LINES = "application/x-ndjson";

    private final Backup backup;
    private final EventExport export;
    private final EventImport importer;

    public RecoveryController(Backup backup, EventExport export, EventImport importer) {
        this.backup = backup;
        this.export = export;
        this.importer = importer;
    }

    @PostMapping(path = "/backup", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Write an online backup of the embedded database into data/backups/",
            description = "H2's BACKUP TO, consistent while writes go on. Answers the file, its size in bytes and the "
                    + "integrity chain it holds (length and head, as GET /api/v1/integrity answers after a restore). "
                    + "Refused (409) on PostgreSQL: use pg_dump.")
    public ResponseEntity<Backup.Made> backUp() throws IOException {
        return ResponseEntity.status(HttpStatus.CREATED).body(backup.backUp());
    }

    @GetMapping(path = "/export", produces = JSON_LINES)
    @Operation(summary = "Every event with its metadata and its link, as JSON lines, in global-index order",
            description = "One line per event: globalIndex, eventIdentifier, aggregateType, aggregateIdentifier, "
                    + "sequenceNumber, timestamp, payloadType, payloadRevision, payload, metaData, link. "
                    + "POST /api/v1/admin/import loads it into an empty tracker.")
    public ResponseEntity<StreamingResponseBody> export() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(JSON_LINES))
                .header("Content-Disposition", "attachment; filename=\"casereview-events.jsonl\"")
                .body(export::writeTo);
    }

    @PostMapping(path = "/import", consumes = JSON_LINES, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Load an export into an empty tracker",
            description = "Checks the whole stream first (every line, every link), then loads it in one transaction; "
                    + "every read, the audit trail and the integrity head then answer as where it was exported. 409 when "
                    + "the tracker holds any event; 400 naming the line when the stream is not a whole export.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "what GET /api/v1/admin/export answered, unchanged",
                    content = @Content(mediaType = JSON_LINES)))
    public EventImport.Imported importEvents(HttpServletRequest request) throws IOException {
        return importer.load(request.getInputStream());
    }
}
