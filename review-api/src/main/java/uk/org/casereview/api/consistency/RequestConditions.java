package uk.org.casereview.api.consistency;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.WebUtils;
import uk.org.casereview.domain.commandhandling.InvalidCommandException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The conditions a client puts on a write: {@code If-Match} (the version it last read, as an ETag) and
 * {@code Idempotency-Key} (the same key on a retried request returns the first result instead of acting twice).
 */
@Component
public class RequestConditions {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern VERSION = Pattern.compile("^(?:W/)?\"(\\d{1,18})\"$");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,200}");

    /** The version in If-Match, or null when there is none (or it is "*"). */
    public Long expectedVersion() {
        HttpServletRequest request = request();
        String ifMatch = request == null ? null : request.getHeader("If-Match");
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        Matcher matcher = VERSION.matcher(ifMatch.trim());
        if (!matcher.matches()) {
            throw new InvalidCommandException("If-Match", "If-Match must be one version as the ETag gives it, for example \"3\"");
        }
        return Long.parseLong(matcher.group(1));
    }

    /** The request's Idempotency-Key for the user (keys are per user), or null when it has none. */
    public String idempotencyKey(String user) {
        String key = idempotencyKey();
        return key == null ? null : user + ":" + key;
    }

    /** The Idempotency-Key of the request, or null. */
    public String idempotencyKey() {
        HttpServletRequest request = request();
        String key = request == null ? null : request.getHeader(IDEMPOTENCY_KEY);
        if (key == null) {
            return null;
        }
        if (!KEY.matcher(key).matches()) {
            throw new InvalidCommandException(IDEMPOTENCY_KEY, "Idempotency-Key must be 1 to 200 letters, digits, '.', '_', ':' or '-'");
        }
        return key;
    }

    /** A hash of the request's method, path and body: a retry must send the same request. */
    public String requestHash() {
        HttpServletRequest request = request();
        if (request == null) {
            return "";
        }
        ContentCachingRequestWrapper cached = WebUtils.getNativeRequest(request, ContentCachingRequestWrapper.class);
        byte[] body = cached == null ? new byte[0] : cached.getContentAsByteArray();
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServletRequest request() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
    }
}
