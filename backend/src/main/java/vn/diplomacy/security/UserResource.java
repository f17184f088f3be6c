package vn.diplomacy.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.diplomacy.common.ApiResponsesDoc;
import vn.diplomacy.common.IdempotencyService;
import vn.diplomacy.common.MergePatch;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.PageResult;
import vn.diplomacy.common.Responses;
import vn.diplomacy.security.UserDtos.PasswordReset;
import vn.diplomacy.security.UserDtos.UserCreate;
import vn.diplomacy.security.UserDtos.UserUpdate;
import vn.diplomacy.security.UserDtos.UserView;

@Path("/api/v1/users")
@Tag(name = "Users", description = "Staff accounts (ADMIN only). Users are disabled, not deleted.")
@RolesAllowed(Role.ACCOUNTS_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {
    private final UserService users;
    private final IdempotencyService idempotency;
    private final MergePatch mergePatch;
    private final SecurityIdentity identity;

    UserResource(UserService users, IdempotencyService idempotency, MergePatch mergePatch, SecurityIdentity identity) {
        this.users = users;
        this.idempotency = idempotency;
        this.mergePatch = mergePatch;
        this.identity = identity;
    }

    @GET
    @Operation(
            summary = "List users",
            description = "Filters: `role`, `enabled`. Sort: username, displayName, role, createdAt, updatedAt.")
    public PageResult<UserView> list(@BeanParam PageParams params, @BeanParam AccountFilters.Users filters) {
        return users.list(params, filters);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a user")
    @APIResponseSchema(value = UserView.class, responseCode = "200", responseDescription = "The user")
    public Response get(@PathParam("id") long id) {
        UserView view = users.get(id);
        return Responses.ok(view, view.version());
    }

    @POST
    @Operation(summary = "Create a user")
    @APIResponseSchema(value = UserView.class, responseCode = "201", responseDescription = "Created")
    public Response create(
            @Valid @NotNull UserCreate input,
            @Context UriInfo uri,
            @Parameter(description = ApiResponsesDoc.IDEMPOTENCY_KEY) @HeaderParam(IdempotencyService.HEADER)
                    String key) {
        return idempotency.execute(key, input, uri, () -> {
            UserView view = users.create(input);
            return Responses.created(uri, view.id(), view, view.version());
        });
    }

    @PUT
    @Path("/{id}")
    @Operation(
            summary = "Replace a user's role, name and enabled flag",
            description = "Disabling a user stops their tokens at once.")
    @APIResponseSchema(value = UserView.class, responseCode = "200", responseDescription = "Replaced")
    public Response replace(
            @PathParam("id") long id,
            @Parameter(description = ApiResponsesDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull UserUpdate input) {
        UserView view = users.update(id, ifMatch, input, identity.getPrincipal().getName());
        return Responses.ok(view, view.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change some of a user's fields (JSON merge patch)")
    @RequestBody(
            content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = UserUpdate.class)))
    @APIResponseSchema(value = UserView.class, responseCode = "200", responseDescription = "Changed")
    public Response patch(
            @PathParam("id") long id,
            @Parameter(description = ApiResponsesDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            String body) {
        UserUpdate merged = mergePatch.apply(users.current(id), body, UserUpdate.class);
        UserView view =
                users.update(id, ifMatch, merged, identity.getPrincipal().getName());
        return Responses.ok(view, view.version());
    }

    @POST
    @Path("/{id}/password")
    @Operation(summary = "Reset a user's password", description = "Revokes the user's existing tokens.")
    @APIResponseSchema(
            value = UserView.class,
            responseCode = "200",
            responseDescription = "Reset; the new ETag is returned")
    public Response resetPassword(
            @PathParam("id") long id,
            @Parameter(description = ApiResponsesDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PasswordReset input) {
        UserView view = users.resetPassword(id, ifMatch, input.newPassword());
        return Responses.ok(view, view.version());
    }
}
