package vn.diplomacy.common;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/** The success answers of the convention: 201 + Location + ETag, 200 + ETag, 204. */
public final class Responses {
    private Responses() {
    }

    public static Response created(UriInfo uri, Object id, Object body, long version) {
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(id)).build();
        return Response.created(location).entity(body).header(HttpHeaders.ETAG, ETags.of(version)).build();
    }

    public static Response ok(Object body, long version) {
        return Response.ok(body).header(HttpHeaders.ETAG, ETags.of(version)).build();
    }

    public static Response noContent() {
        return Response.noContent().build();
    }
}
