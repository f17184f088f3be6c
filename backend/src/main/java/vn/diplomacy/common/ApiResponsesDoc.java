package vn.diplomacy.common;

/** Shared text for OpenAPI annotations so that every resource documents the same answers the same way. */
public final class ApiResponsesDoc {
    public static final String IF_MATCH = "The ETag from your last read. Missing → 428, stale → 412.";
    public static final String IDEMPOTENCY_KEY = "Optional. The same key and body within 24 h replays the first answer;"
            + " the same key with another body → 422.";

    private ApiResponsesDoc() {}
}
