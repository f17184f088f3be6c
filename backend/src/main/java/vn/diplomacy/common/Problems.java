package vn.diplomacy.common;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** Builds problem+json responses; the one place that knows their shape. */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {}

    public static Problem body(
            ProblemType type, int status, String detail, String instance, List<Problem.FieldError> errors) {
        return body(type, status, detail, instance, errors, null, null);
    }

    public static Problem body(
            ProblemType type,
            int status,
            String detail,
            String instance,
            List<Problem.FieldError> errors,
            String code,
            Map<String, String> params) {
        String title = type.status == status ? type.title : ProblemType.reason(status);
        return new Problem(type.uri(), title, status, detail, instance, RequestIds.current(), errors, code, params);
    }

    public static Response response(ProblemType type, String detail, String instance) {
        return response(type, type.status, detail, instance, null, Map.of());
    }

    public static Response response(
            ProblemType type,
            int status,
            String detail,
            String instance,
            List<Problem.FieldError> errors,
            Map<String, String> headers) {
        Response.ResponseBuilder builder =
                Response.status(status).type(MEDIA_TYPE).entity(body(type, status, detail, instance, errors));
        headers.forEach(builder::header);
        return builder.build();
    }

    /** Hand-written JSON for the few answers produced below JAX-RS (Vert.x handlers). */
    public static String json(ProblemType type, String detail, String instance) {
        return json(type, type.status, detail, instance);
    }

    public static String json(ProblemType type, int status, String detail, String instance) {
        String title = type.status == status ? type.title : ProblemType.reason(status);
        return "{\"type\":\"" + type.uri() + "\",\"title\":\"" + escape(title) + "\",\"status\":" + status
                + ",\"detail\":\"" + escape(detail) + "\",\"instance\":\"" + escape(instance) + "\""
                + (RequestIds.current() == null ? "" : ",\"requestId\":\"" + escape(RequestIds.current()) + "\"") + "}";
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
