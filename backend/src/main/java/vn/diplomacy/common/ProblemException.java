package vn.diplomacy.common;

import java.util.List;
import java.util.Map;

/** Thrown by services for every expected failure; mapped to application/problem+json. */
public class ProblemException extends RuntimeException {
    private final ProblemType type;
    private final List<Problem.FieldError> errors;
    private final Map<String, String> headers;
    private final String code;
    private final Map<String, String> params;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, null, Map.of());
    }

    public ProblemException(
            ProblemType type, String detail, List<Problem.FieldError> errors, Map<String, String> headers) {
        this(type, detail, errors, headers, null, null);
    }

    private ProblemException(
            ProblemType type,
            String detail,
            List<Problem.FieldError> errors,
            Map<String, String> headers,
            String code,
            Map<String, String> params) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = errors;
        this.headers = headers;
        this.code = code;
        this.params = params;
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public String code() {
        return code;
    }

    public Map<String, String> params() {
        return params;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " does not exist");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    /**
     * A conflict with a rule of its own: {@code code} names the rule (its words, in Vietnamese and English, are
     * {@code problems.<code>} of the SPA's common messages, with {{name}} for each param); {@code english} is the
     * detail for readers who ask for no other language.
     */
    public static ProblemException conflict(String code, Map<String, ?> params, String english) {
        return coded(ProblemType.CONFLICT, code, params, english);
    }

    /** As {@link #conflict(String, Map, String)}, for a rule answered with another status (413, 415, 403). */
    public static ProblemException coded(ProblemType type, String code, Map<String, ?> params, String english) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        params.forEach((k, v) -> values.put(k, String.valueOf(v)));
        return new ProblemException(type, english, null, Map.of(), code, values);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(
                ProblemType.VALIDATION,
                field + ": " + message,
                List.of(new Problem.FieldError(field, message)),
                Map.of());
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new ProblemException(ProblemType.VALIDATION, detail, errors, Map.of());
    }
}
