package uk.org.casereview.api.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** RFC 9457 problem details with this service's problem types. */
public final class Problems {

    private static final String BASE = "https://casereview.example/problems/";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(BASE + type));
        problem.setTitle(title);
        return problem;
    }

    /** The problem type of an error raised by Spring itself (unknown path, wrong method, unsupported media type). */
    public static URI typeFor(int status) {
        String slug = switch (status) {
            case 400 -> "invalid-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            case 500 -> "internal-error";
            case 501 -> "not-implemented";
            default -> "http-" + status;
        };
        return URI.create(BASE + slug);
    }

    /** A 400 that names each offending field: {"errors":[{"field":"children","message":"..."}]}. */
    public static ProblemDetail invalid(String detail, List<Map<String, Object>> errors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "invalid-request", "The request is not valid", detail);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    public static Map<String, Object> fieldError(String field, String message) {
        return field == null ? Map.of("message", message) : Map.of("field", field, "message", message);
    }
}
