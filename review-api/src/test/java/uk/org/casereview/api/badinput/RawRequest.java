package uk.org.casereview.api.badinput;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request exactly as it goes on the wire: a POST with its path, body bytes, Content-Type (or none), chunked or not and
 * extra headers, or a GET (no body) of a path with its query.
 */
record RawRequest(String path, byte[] body, String contentType, boolean chunked, Map<String, String> headers) {

    static RawRequest json(String path, String body) {
        return new RawRequest(path, body.getBytes(StandardCharsets.UTF_8), "application/json", false, Map.of());
    }

    static RawRequest json(String path, byte[] body) {
        return new RawRequest(path, body, "application/json", false, Map.of());
    }

    static RawRequest get(String pathAndQuery) {
        return new RawRequest(pathAndQuery, null, null, false, Map.of());
    }

    boolean isGet() {
        return body == null;
    }

    RawRequest withContentType(String type) {
        return new RawRequest(path, body, type, chunked, headers);
    }

    RawRequest asChunked() {
        return new RawRequest(path, body, contentType, true, headers);
    }

    RawRequest withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new RawRequest(path, body, contentType, chunked, more);
    }

    /** A short description for failure messages: the path, the content type and the start of the body. */
    String summary() {
        if (body == null) {
            return "GET " + path + (headers.isEmpty() ? "" : " " + headers);
        }
        String text = new String(body, StandardCharsets.UTF_8);
        String shown = text.length() > 300 ? text.substring(0, 300) + "... (" + body.length + " bytes)" : text;
        return "POST " + path + (contentType == null ? " (no Content-Type)" : " [" + contentType + "]") + (chunked ? " chunked" : "")
                + (headers.isEmpty() ? "" : " " + headers) + " " + printable(shown);
    }

    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || (c >= 0xD800 && c <= 0xDFFF)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
