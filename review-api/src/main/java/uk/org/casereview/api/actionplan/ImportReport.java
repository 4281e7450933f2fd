package uk.org.casereview.api.actionplan;

import java.util.List;
import java.util.Map;

/**
 * What an import did (or, in a dry run, would do), row by row: each row's outcome, the commands sent (or that would
 * be sent) for it, and its problems, each with the line, the column and the domain's message.
 */
public record ImportReport(
        boolean dryRun,
        String format,
        String sha256,
        int rows,
        int recorded,
        int alreadyRecorded,
        int refused,
        int commands,
        List<Row> items) {

    /** RECORDED: its commands were recorded; WOULD_RECORD: a dry run found nothing wrong; ALREADY_RECORDED: nothing new. */
    public enum Outcome { RECORDED, WOULD_RECORD, ALREADY_RECORDED, REFUSED }

    public record Row(int line, Outcome outcome, List<Command> commands, List<Problem> problems) {
    }

    /** A command as the API sends it: its name, the aggregate it is for, and its fields. */
    public record Command(String command, String aggregateId, Map<String, Object> fields) {
    }

    public record Problem(int line, String column, String message) {
    }
}
