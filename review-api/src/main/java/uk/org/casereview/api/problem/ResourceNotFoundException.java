package uk.org.casereview.api.problem;

/** No rapid review, practice review or recommendation with the id in the path (or not yet as of the date asked). */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String message) {
        super(message);
    }
}
