package uk.org.casereview.api.strictinput;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.org.casereview.api.problem.Problems;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What Tomcat and Spring would otherwise read leniently, refused before any controller runs, as a problem detail naming
 * what is wrong:
 * <ul>
 *     <li>a query parameter whose name or value is not correctly percent-encoded UTF-8 ({@code ?sourceId=%zz}; Tomcat
 *     drops such a parameter silently, so the default would be used), given more than once ({@code page=1&page=2};
 *     every parameter of the API takes one value) or given with no value ({@code asOf=}): 400;</li>
 *     <li>an {@code Accept} header that is not a list of media types ({@code garbage}, {@code q=x}, {@code q=NaN}): 400
 *     (one that can be read but names nothing the endpoint answers with is a 406, by the {@code produces} of its
 *     mapping, before the handler runs);</li>
 *     <li>a {@code Content-Type} that is a wildcard ({@code *}{@code /*}, {@code application/*}) or cannot be read: 415.</li>
 * </ul>
 * The values themselves are converted by {@link StrictParameters}.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
public class StrictRequestFilter extends OncePerRequestFilter {

    private final ObjectMapper json;

    public StrictRequestFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ProblemDetail problem = queryProblem(request.getQueryString());
        if (problem == null) {
            problem = acceptProblem(request);
        }
        if (problem == null) {
            problem = contentTypeProblem(request.getHeader(HttpHeaders.CONTENT_TYPE));
        }
        if (problem == null) {
            chain.doFilter(request, response);
            return;
        }
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    static ProblemDetail queryProblem(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        Set<String> seen = new HashSet<>();
        for (String pair : query.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String name;
            try {
                name = decode(rawName);
            } catch (IllegalArgumentException e) {
                return invalidParameter(rawName, "the query parameter name '" + rawName + "' is not correctly percent-encoded UTF-8: "
                        + e.getMessage());
            }
            String rawValue = equals < 0 ? "" : pair.substring(equals + 1);
            try {
                decode(rawValue);
            } catch (IllegalArgumentException e) {
                return invalidParameter(name, "the value of " + name + " ('" + rawValue + "') is not correctly percent-encoded UTF-8: "
                        + e.getMessage());
            }
            if (rawValue.isEmpty()) {
                return invalidParameter(name, name + " is given with no value; leave it out to use its default");
            }
            if (!seen.add(name)) {
                return invalidParameter(name, name + " is given more than once; it takes one value");
            }
        }
        return null;
    }

    /** Form-style percent-decoding ('+' is a space), strict: a '%' must start two hex digits, and the bytes must be UTF-8. */
    static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0 || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    throw new IllegalArgumentException("'%' must be followed by two hexadecimal digits");
                }
                bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                throw new IllegalArgumentException("a character outside ASCII must be percent-encoded");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the bytes are not UTF-8");
        }
    }

    private static ProblemDetail acceptProblem(HttpServletRequest request) {
        List<String> accept = Collections.list(request.getHeaders(HttpHeaders.ACCEPT));
        try {
            MediaType.parseMediaTypes(accept);
            return null;
        } catch (InvalidMediaTypeException e) {
            String message = "the Accept header '" + String.join(", ", accept) + "' is not a list of media types ("
                    + e.getMessage() + "); send Accept: application/json, or leave it out";
            return Problems.invalid(message, List.of(Problems.fieldError(HttpHeaders.ACCEPT, message)));
        }
    }

    private static ProblemDetail contentTypeProblem(String contentType) {
        if (contentType == null) {
            return null;
        }
        String reason;
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            if (!type.isConcrete()) {
                reason = "a Content-Type names one media type, not a wildcard";
            } else {
                return null;
            }
        } catch (InvalidMediaTypeException e) {
            reason = "the Content-Type cannot be read (" + e.getMessage() + ")";
        }
        ProblemDetail problem = Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type",
                reason + ": '" + contentType + "'; request bodies are application/json");
        problem.setProperty("errors", List.of(Map.of("field", HttpHeaders.CONTENT_TYPE, "message", reason)));
        return problem;
    }

    private static ProblemDetail invalidParameter(String name, String message) {
        return Problems.invalid(message, List.of(Problems.fieldError(name, message)));
    }
}
