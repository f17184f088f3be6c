package vn.diplomacy.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.diplomacy.common.ApiResponsesDoc;
import vn.diplomacy.common.IdempotencyService;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.PageResult;
import vn.diplomacy.common.Responses;
import vn.diplomacy.security.ApiKeyDtos.ApiKeyCreated;
import vn.diplomacy.security.ApiKeyDtos.ApiKeyInput;
import vn.diplomacy.security.ApiKeyDtos.ApiKeyView;

@Path("/api/v1/api-keys")
@Tag(name = "API keys", description = "Keys for other agencies' programs (ADMIN only). The secret is shown once.")
@RolesAllowed(Role.ACCOUNTS_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApiKeyResource {
    private final ApiKeyService keys;
    private final IdempotencyService idempotency;

    ApiKeyResource(ApiKeyService keys, IdempotencyService idempotency) {
        this.keys = keys;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(
            summary = "List API keys",
            description = "Never shows secrets. Filters: `role`, `active`. Sort: createdAt, name, lastUsedAt, role.")
    public PageResult<ApiKeyView> list(@BeanParam PageParams params, @BeanParam AccountFilters.ApiKeys filters) {
        return keys.list(params, filters);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an API key")
    @APIResponseSchema(
            value = ApiKeyView.class,
            responseCode = "200",
            responseDescription = "The key, without its secret")
    public Response get(@PathParam("id") long id) {
        ApiKeyView view = keys.get(id);
        return Responses.ok(view, view.version());
    }

    @POST
    @Operation(
            summary = "Create an API key",
            description = "The answer holds the secret; it cannot be read again"
                    + " (an Idempotency-Key replay answers without it).")
    @APIResponseSchema(value = ApiKeyCreated.class, responseCode = "201", responseDescription = "Created")
    public Response create(
            @Valid @NotNull ApiKeyInput input,
            @Context UriInfo uri,
            @Parameter(description = ApiResponsesDoc.IDEMPOTENCY_KEY) @HeaderParam(IdempotencyService.HEADER)
                    String key) {
        return idempotency.execute(
                key,
                input,
                uri,
                () -> {
                    ApiKeyCreated created = keys.create(input);
                    return Responses.created(uri, created.id(), created, created.version());
                },
                body -> ((ApiKeyCreated) body).withoutSecret());
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            summary = "Revoke an API key",
            description = "Takes effect at once. The key stays listed with `revokedAt`.")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revoke(
            @PathParam("id") long id,
            @Parameter(description = ApiResponsesDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        keys.revoke(id, ifMatch);
        return Responses.noContent();
    }
}
