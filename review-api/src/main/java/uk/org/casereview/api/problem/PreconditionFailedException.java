package uk.org.casereview.api.problem;

/** The If-Match version is not the current one: someone else changed the resource since the client read it. */
public class PreconditionFailedException extends RuntimeException {

    public PreconditionFailedException(String message) {
        super(message);
    }

    /** The aggregate is at another version than the one If-Match gives. */
    public static PreconditionFailedException staleVersion(Object version, Object expected) {
        return new PreconditionFailedException("the resource is at version " + version + ", not " + expected
                + " as If-Match says: read it again and retry");
    }
}
