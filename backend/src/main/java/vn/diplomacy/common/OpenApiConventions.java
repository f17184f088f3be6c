package vn.diplomacy.common;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import vn.diplomacy.common.export.ExportFormat;

/**
 * Documents the convention once for every operation: its success answers' headers and formats, the problem answers
 * each kind of operation can give, the X-API-Key alternative to the bearer token, and the roles an operation needs.
 */
public class OpenApiConventions implements OASFilter {
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("400", "Invalid parameters or body; `errors[]` names each field"),
            Map.entry("401", "Not authenticated: missing, expired or revoked token or API key"),
            Map.entry("403", "Authenticated, but the role does not allow this"),
            Map.entry("404", "No such resource"),
            Map.entry("409", "Conflicts with existing data (duplicate, still referenced, business rule)"),
            Map.entry("412", "If-Match names an outdated version; read the resource again"),
            Map.entry("413", "Request body too large"),
            Map.entry("415", "Unsupported Content-Type"),
            Map.entry("422", "Idempotency-Key already used with a different body"),
            Map.entry("428", "If-Match header missing"),
            Map.entry("500", "Unexpected server error; quote the requestId"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents()
                .addSecurityScheme(
                        "apiKeyAuth",
                        OASFactory.createSecurityScheme()
                                .type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER)
                                .name("X-API-Key")
                                .description("An agency API key (dpk_...) created by an ADMIN at /api/v1/api-keys."));
        if (openAPI.getPaths() == null) {
            return;
        }
        FilterDocs.complete(openAPI);
        InheritedOperations.complete(openAPI);
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            item.getOperations().forEach((method, operation) -> document(path, method, operation));
        });
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        successes(path, method, operation);
        boolean secured =
                operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean hasId = path.contains("{");
        boolean hasBody = operation.getRequestBody() != null;
        if (secured) {
            addApiKeyAlternative(operation);
            add(operation, "401", "403");
        }
        if (hasBody || (method == PathItem.HttpMethod.GET && !hasId)) {
            add(operation, "400");
        }
        if (hasBody) {
            add(operation, "413", "415");
        }
        if (hasId) {
            add(operation, "404");
        }
        if (hasHeader(operation, "If-Match")) {
            add(operation, "409", "412", "428");
        }
        if (method == PathItem.HttpMethod.POST && hasHeader(operation, IdempotencyService.HEADER)) {
            add(operation, "409", "422");
        }
        add(operation, "500");
    }

    /**
     * The success answers of the convention, so that a resource names only its body ({@code @APIResponseSchema}):
     * 201 carries Location and ETag; a single record read or written carries ETag; a DELETE answers 204; a list or
     * report with {@code format} also answers CSV and XLSX.
     */
    private static void successes(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return;
        }
        // A DELETE answering Response gets SmallRye's "200 OK" with an empty schema; the convention is 204.
        if (method == PathItem.HttpMethod.DELETE
                && responses.hasAPIResponse("200")
                && !responses.hasAPIResponse("204")
                && isEmpty(responses.getAPIResponse("200"))) {
            responses.removeAPIResponse("200");
            responses.addAPIResponse("204", OASFactory.createAPIResponse().description("Deleted"));
        }
        boolean single = (method == PathItem.HttpMethod.GET && path.endsWith("}")) || hasHeader(operation, "If-Match");
        responses.getAPIResponses().forEach((code, response) -> {
            if (response.getContent() == null
                    || response.getContent().getMediaType(MediaType.APPLICATION_JSON) == null) {
                return;
            }
            if (code.equals("201")) {
                header(response, HttpHeaders.LOCATION, "The new record's address");
            }
            if (code.equals("201") || (code.equals("200") && single)) {
                header(response, HttpHeaders.ETAG, "The record's version, for If-Match");
            }
            if (code.equals("200") && hasQuery(operation, "format")) {
                response.getContent()
                        .addMediaType(
                                ExportFormat.CSV_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))));
                response.getContent()
                        .addMediaType(
                                ExportFormat.XLSX_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema()
                                                .type(List.of(Schema.SchemaType.STRING))
                                                .format("binary")));
            }
        });
    }

    private static boolean isEmpty(APIResponse response) {
        return response.getContent() == null
                || response.getContent().getMediaTypes().values().stream()
                        .allMatch(m -> m.getSchema() == null
                                || (m.getSchema().getRef() == null
                                        && m.getSchema().getType() == null));
    }

    private static void header(APIResponse response, String name, String description) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().description(description));
        }
    }

    private static boolean hasQuery(Operation operation, String name) {
        return operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(p -> name.equals(p.getName()) && p.getIn() == Parameter.In.QUERY);
    }

    private static boolean hasHeader(Operation operation, String name) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> name.equals(p.getName()));
    }

    private static void addApiKeyAlternative(Operation operation) {
        List<SecurityRequirement> requirements = operation.getSecurity();
        List<String> roles =
                requirements.get(0).getSchemes().values().stream().findFirst().orElse(List.of());
        boolean present = requirements.stream().anyMatch(r -> r.hasScheme("apiKeyAuth"));
        if (roles.contains("ACCOUNTS")) {
            String note = "Requires a staff login with role ADMIN; API keys never manage users or keys.";
            String description = operation.getDescription();
            if (description == null || !description.contains("Requires a staff login")) {
                operation.setDescription(description == null ? note : description + "\n\n" + note);
            }
            return;
        }
        if (!present) {
            operation.addSecurityRequirement(
                    OASFactory.createSecurityRequirement().addScheme("apiKeyAuth", roles));
        }
        if (!roles.isEmpty()) {
            String note = "Requires role: " + String.join(" or ", roles) + " (ADMIN ⊃ EDITOR ⊃ VIEWER).";
            String description = operation.getDescription();
            if (description == null || !description.contains("Requires role")) {
                operation.setDescription(description == null ? note : description + "\n\n" + note);
            }
        }
    }

    private static void add(Operation operation, String... codes) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        for (String code : codes) {
            // A response that Quarkus added on its own (e.g. 400 for bodies) gets the problem body too.
            if (responses.hasAPIResponse(code) && responses.getAPIResponse(code).getContent() == null) {
                responses.getAPIResponse(code).content(problemContent());
                continue;
            }
            if (responses.hasAPIResponse(code)) {
                continue;
            }
            responses.addAPIResponse(
                    code,
                    OASFactory.createAPIResponse()
                            .description(DESCRIPTIONS.get(code))
                            .content(problemContent()));
        }
    }

    private static org.eclipse.microprofile.openapi.models.media.Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        Problems.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }
}
