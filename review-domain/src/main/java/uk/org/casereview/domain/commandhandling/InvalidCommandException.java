package uk.org.casereview.domain.commandhandling;

/**
 * The command itself cannot be right whatever the state: a missing field, an impossible date, an unknown code.
 * The API answers 400.
 */
public class InvalidCommandException extends RuntimeException {

    private final String field;

    public InvalidCommandException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field at fault, or null when the fault is not in one field. */
    public String field() {
        return field;
    }
}
