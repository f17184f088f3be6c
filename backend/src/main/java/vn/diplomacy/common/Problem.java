package vn.diplomacy.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the body of every 4xx and 5xx answer. */
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(examples = "https://diplomacy.example/problems/validation")
        String type,

        @Schema(examples = "Invalid request") String title,
        @Schema(examples = "400") int status,
        @Schema(examples = "2 fields are invalid") String detail,
        @Schema(examples = "/api/v1/organizations") String instance,

        @Schema(description = "Correlates with the X-Request-Id header and the server logs.")
        String requestId,

        @Schema(description = "Field-level errors, for validation problems.")
        List<FieldError> errors,

        @Schema(
                description = "The rule that refused the request, stable across releases and languages (a program"
                        + " branches on it; a screen words it in its own language with `params`)",
                examples = "organization-duplicate")
        String code,

        @Schema(description = "The values the rule's message names, by name", examples = "{\"name\": \"Sở Ngoại vụ\"}")
        Map<String, String> params) {

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(examples = "countryCode") String field,

            @Schema(examples = "must be an ISO 3166-1 alpha-2 code")
            String message) {}
}
