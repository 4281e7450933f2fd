package uk.org.casereview.api.problem;

/** The If-Match version is not the current one: someone else changed the resource since the client read it. */
public class PreconditionFailedException extends RuntimeException {

    public PreconditionFailedException(String message) {
        super(message);
    }
}
