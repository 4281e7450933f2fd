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

    public static final class Response {
        private final HttpResponse<String> response;
        private JsonNode json;

        Response(HttpResponse<String> response) {
            this.response = response;
        }

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        public JsonNode json() {
            if (json == null) {
                try {
                    json = JSON.readTree(response.body());
                } catch (IOException e) {
                    throw new IllegalStateException("not JSON: " + response.body(), e);
                }
            }
            return json;
        }

        public String text(String field) {
            return json().path(field).asText(null);
        }

        @Override
        public String toString() {
            return response.statusCode() + " " + response.body();
        }
    }
}
