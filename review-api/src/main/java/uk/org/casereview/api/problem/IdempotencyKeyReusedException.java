package uk.org.casereview.api.problem;

/** An Idempotency-Key sent again with a different request: 422. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String message) {
        super(message);
    }
}
