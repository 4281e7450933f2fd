package uk.org.casereview.api.problem;

import java.io.IOException;

/** The request body is over the size limit. */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(long limit) {
        super("the request body is larger than " + limit + " bytes");
    }
}
