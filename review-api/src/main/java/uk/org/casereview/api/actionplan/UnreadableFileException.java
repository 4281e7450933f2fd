package uk.org.casereview.api.actionplan;

import uk.org.casereview.domain.commandhandling.InvalidCommandException;

/** The file is not an action plan that can be read (format, encoding, header, size): a 400, nothing recorded. */
public class UnreadableFileException extends InvalidCommandException {

    public UnreadableFileException(String message) {
        super("file", message);
    }
}
