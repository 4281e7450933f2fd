package uk.org.casereview.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import uk.org.casereview.api.problem.Problems;

import java.io.IOException;
import java.net.URI;

/** 401 and 403 as problem details, like every other error. */
@Component
public class ProblemResponses {

    private final ObjectMapper json;
    private final SecuritySettings settings;

    public ProblemResponses(ObjectMapper json, SecuritySettings settings) {
        this.json = json;
        this.settings = settings;
    }

    public void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        response.setHeader("WWW-Authenticate", settings.jwtMode() ? "Bearer" : "Basic realm=\"case-review-tracker\"");
        write(request, response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Authentication is required",
                "sign in to use the case-review tracker: " + (settings.jwtMode() ? "a bearer token" : "HTTP Basic credentials")
                        + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")")));
    }

    public void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        write(request, response, Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Not allowed for your role",
                "your role does not allow " + request.getMethod() + " " + request.getRequestURI()));
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
