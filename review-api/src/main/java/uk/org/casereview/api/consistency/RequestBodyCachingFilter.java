package uk.org.casereview.api.consistency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;

import java.io.IOException;

/** Keeps a copy of a write's body as it is read, so that an Idempotency-Key can be checked against the request. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class RequestBodyCachingFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean keyed = request.getHeader(RequestConditions.IDEMPOTENCY_KEY) != null && "POST".equals(request.getMethod());
        chain.doFilter(keyed ? new ContentCachingRequestWrapper(request, 1024 * 1024) : request, response);
    }
}
