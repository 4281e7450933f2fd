package uk.org.casereview.api.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small HTTP client for the tests: JSON in, status, headers and JSON out. */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public Api(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A copy of this client that signs in as the user with HTTP Basic. */
    public Api as(String user, String password) {
        String credentials = java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return with("Authorization", "Basic " + credentials);
    }

    /** A copy of this client that sends the header with every request (credentials, If-Match, ...). */
    public Api with(String name, String value) {
        Api copy = new Api(base, headers);
        copy.headers.put(name, value);
        return copy;
    }

    private Api(String base, Map<String, String> headers) {
        this.base = base;
        this.headers.putAll(headers);
    }

    /** http://localhost:port, to build a request of one's own for {@link #send}. */
    public String base() {
        return base;
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), "application/json");
    }

    public Response get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), accept);
    }

    public Response post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), "application/json");
    }

    public Response post(String path, Object body) {
        try {
            return post(path, JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body of a GET as bytes (a file: XLSX, CSV), with the status checked to be 200. */
    public byte[] getBytes(String path, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        headers.forEach(request::header);
        request.header("Accept", accept);
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + ": " + response.statusCode() + " " + new String(response.body(),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response send(HttpRequest.Builder request, String accept) {
        headers.forEach(request::header);
        request.header("Accept", accept);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A GET sent byte for byte as given, over a socket of its own: the path and query may hold what java.net.URI
     * refuses to build (a malformed escape such as {@code %zz}), which is exactly what some tests must send.
     */
    public Response getRaw(String pathAndQuery, String accept) {
        StringBuilder request = new StringBuilder("GET " + pathAndQuery + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        request.append("Accept: ").append(accept).append("\r\n\r\n");
        java.net.URI uri = java.net.URI.create(base);
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(request.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return Response.parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static final class Response {
        private final int status;
        private final Map<String, String> headers;
        private final String body;
        private JsonNode json;

        Response(HttpResponse<String> response) {
            this.status = response.statusCode();
            this.headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            response.headers().map().forEach((name, values) -> this.headers.put(name, values.get(0)));
            this.body = response.body();
        }

        private Response(int status, Map<String, String> headers, String body) {
            this.status = status;
            this.headers = headers;
            this.body = body;
        }

        /** An HTTP/1.1 answer as read from the wire (Content-Length or chunked). */
        static Response parse(byte[] wire) {
            String text = new String(wire, java.nio.charset.StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) {
                throw new IllegalStateException("no HTTP answer: " + text);
            }
            String[] lines = text.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.putIfAbsent(lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim());
            }
            byte[] rest = java.util.Arrays.copyOfRange(wire, end + 4, wire.length);
            if ("chunked".equalsIgnoreCase(headers.get("Transfer-Encoding"))) {
                java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
                int at = 0;
                while (true) {
                    int lineEnd = at;
                    while (rest[lineEnd] != '\r') {
                        lineEnd++;
                    }
                    int size = Integer.parseInt(new String(rest, at, lineEnd - at, java.nio.charset.StandardCharsets.ISO_8859_1).split(";")[0].trim(), 16);
                    if (size == 0) {
                        break;
                    }
                    body.write(rest, lineEnd + 2, size);
                    at = lineEnd + 2 + size + 2;
                }
                rest = body.toByteArray();
            }
            return new Response(status, headers, new String(rest, java.nio.charset.StandardCharsets.UTF_8));
        }

        public int status() {
            return status;
        }

        public String body() {
            return body;
        }

        public String header(String name) {
            return headers.get(name);
        }

        public String contentType() {
            return header("Content-Type");
        }

        public JsonNode json() {
            if (json == null) {
                try {
                    json = JSON.readTree(body);
                } catch (IOException e) {
                    throw new IllegalStateException("not JSON: " + body, e);
                }
            }
            return json;
        }

        public String text(String field) {
            return json().path(field).asText(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
