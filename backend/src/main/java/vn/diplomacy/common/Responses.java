package vn.diplomacy.common;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The success answers of the convention: 201 + Location + ETag, 200 + ETag, 204. */
public final class Responses {
    private Responses() {}

    /**
     * Location is built from APP_PUBLIC_BASE_URL, never from the request's Host header (which a client or a
     * misconfigured proxy controls); without it, the Location is the path alone, which HTTP allows.
     */
    public static Response created(UriInfo uri, Object id, Object body, long version) {
        String path = uri.getRequestUri().getRawPath().replaceAll("/+$", "") + "/" + id;
        String location = PublicBaseUrl.VALUE.map(base -> base + path).orElse(path);
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, location)
                .entity(body)
                .header(HttpHeaders.ETAG, ETags.of(version))
                .build();
    }

    /** The address callers reach the API at: APP_PUBLIC_BASE_URL behind a proxy, else the request's own, no trailing slash. */
    public static String root(UriInfo uri) {
        return PublicBaseUrl.VALUE.orElse(uri.getBaseUri().toString().replaceAll("/+$", ""));
    }

    private static final class PublicBaseUrl {
        static final java.util.Optional<String> VALUE = io.quarkus.arc.Arc.container()
                .instance(AppConfig.class)
                .get()
                .publicBaseUrl()
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(s -> s.replaceAll("/+$", ""));
    }

    public static Response ok(Object body, long version) {
        return Response.ok(body).header(HttpHeaders.ETAG, ETags.of(version)).build();
    }

    /** The same 200 + ETag for a record, typed so that OpenAPI documents its body (see {@link RecordResource}). */
    public static <V extends RecordView> org.jboss.resteasy.reactive.RestResponse<V> ok(V view) {
        return org.jboss.resteasy.reactive.RestResponse.ResponseBuilder.ok(view)
                .header(HttpHeaders.ETAG, ETags.of(view.version()))
                .build();
    }

    public static Response noContent() {
        return Response.noContent().build();
    }
}
