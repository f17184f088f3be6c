package vn.diplomacy.common;

import jakarta.ws.rs.core.Response.Status;

/** The closed list of problem types the API answers with; each has a stable URI documented in the conventions. */
public enum ProblemType {
    VALIDATION(400, "validation", "Invalid request"),
    MALFORMED(400, "malformed-request", "Malformed request"),
    UNAUTHORIZED(401, "unauthorized", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Not allowed"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    CONFLICT(409, "conflict", "Conflict"),
    REQUEST_TIMEOUT(408, "request-timeout", "Request sent too slowly"),
    PRECONDITION_FAILED(412, "precondition-failed", "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Request body too large"),
    URI_TOO_LONG(414, "uri-too-long", "Address too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    IDEMPOTENCY_MISMATCH(422, "idempotency-key-reused", "Idempotency key reused with a different request"),
    IDEMPOTENCY_IN_PROGRESS(409, "idempotency-in-progress", "A request with this idempotency key is in progress"),
    PRECONDITION_REQUIRED(428, "precondition-required", "Precondition required"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
    HEADERS_TOO_LARGE(431, "headers-too-large", "Request headers too large"),
    INTERNAL(500, "internal-error", "Internal error"),
    UNAVAILABLE(503, "service-unavailable", "Service unavailable");

    public static final String BASE_URI = "https://diplomacy.example/problems/";

    public final int status;
    public final String slug;
    public final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public String uri() {
        return BASE_URI + slug;
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType t : values()) {
            if (t.status == status && t != MALFORMED && t != IDEMPOTENCY_IN_PROGRESS) {
                return t;
            }
        }
        return status >= 500 ? INTERNAL : MALFORMED;
    }

    public static String reason(int status) {
        Status s = Status.fromStatusCode(status);
        return s == null ? "Error" : s.getReasonPhrase();
    }
}
