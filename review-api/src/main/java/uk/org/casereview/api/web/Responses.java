package uk.org.casereview.api.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.net.URI;

/** Responses of the write endpoints: the resulting resource with its version as ETag. */
public final class Responses {

    private Responses() {
    }

    public static <T> ResponseEntity<T> created(String location, long version, T body) {
        return ResponseEntity.created(URI.create(location)).eTag(etag(version)).body(body);
    }

    public static <T> ResponseEntity<T> ok(long version, T body) {
        return ResponseEntity.status(HttpStatus.OK).eTag(etag(version)).body(body);
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
