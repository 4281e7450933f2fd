package uk.org.casereview.api.problem;

/** The user is authenticated but may not do this (an agency lead reporting on another agency's action). */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
