package uk.org.casereview.api.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;

/**
 * Refuses request bodies over the limit (1 MiB by default) with 413: at once when Content-Length says so, and while
 * reading when the body is chunked. An import of an export (POST /api/v1/admin/import) is not limited; an action plan
 * (POST /api/v1/imports/action-plan) may be up to {@code casereview.imports.max-file-size} (10 MiB by default).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    private static final String ACTION_PLAN_IMPORT = "/api/v1/imports/action-plan";

    private final long requestLimit;
    private final long actionPlanLimit;
    private final ObjectMapper json;

    public RequestSizeLimitFilter(@Value("${casereview.max-request-size:1MB}") DataSize limit,
                                  @Value("${casereview.imports.max-file-size:10MB}") DataSize actionPlanLimit, ObjectMapper json) {
        this.requestLimit = limit.toBytes();
        // a form's boundaries and headers come on top of the file
        this.actionPlanLimit = actionPlanLimit.toBytes() + 64 * 1024;
        this.json = json;
    }

    /** An import carries a whole export (role ADMIN): it is not limited. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return "/api/v1/admin/import".equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = ACTION_PLAN_IMPORT.equals(request.getRequestURI()) ? actionPlanLimit : requestLimit;
        if (request.getContentLengthLong() > limit) {
            ProblemDetail problem = tooLarge(limit);
            problem.setInstance(URI.create(request.getRequestURI()));
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    public static ProblemDetail tooLarge(long limit) {
        return Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "The request body is too large",
                "the request body is larger than the limit of " + limit + " bytes");
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long limit;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0) {
                        count(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int off, int len) throws IOException {
                    int n = in.read(buffer, off, len);
                    if (n > 0) {
                        count(n);
                    }
                    return n;
                }

                private void count(int n) throws PayloadTooLargeException {
                    read += n;
                    if (read > limit) {
                        throw new PayloadTooLargeException(limit);
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
