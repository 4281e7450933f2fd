package uk.org.casereview.domain.commandhandling;

/** A command names something inside an aggregate that does not exist (an action number). The API answers 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
