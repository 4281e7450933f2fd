package uk.org.casereview.domain.commandhandling;

/**
 * The command is well formed but the current state of the review or recommendation forbids it
 * (evidence for an action with nothing pending, closing with open actions). The API answers 409.
 */
public class CommandRefusedException extends RuntimeException {

    public CommandRefusedException(String message) {
        super(message);
    }
}
