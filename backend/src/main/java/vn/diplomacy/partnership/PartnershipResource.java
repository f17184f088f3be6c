package vn.diplomacy.partnership;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.Responses;
import vn.diplomacy.partnership.PartnershipDtos.PartnershipInput;
import vn.diplomacy.partnership.PartnershipDtos.PartnershipView;
import vn.diplomacy.security.Role;

@Path("/api/v1/partnerships")
@Tag(name = "Partnerships", description = "Lasting relations between a home locality or agency and a foreign locality or organization")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnershipResource {
    private final PartnershipService partnerships;
    private final IdempotencyService idempotency;
    private final MergePatch mergePatch;
    private final SecurityIdentity identity;

    PartnershipResource(PartnershipService partnerships, IdempotencyService idempotency, MergePatch mergePatch,
            SecurityIdentity identity) {
        this.partnerships = partnerships;
        this.idempotency = idempotency;
        this.mergePatch = mergePatch;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(summary = "List partnerships", description = "`q` searches the title and both organizations' names, ignoring"
            + " case and accents (`q=hue` finds Thừa Thiên Huế). Sort: startDate, title, endDate, type, status, createdAt, updatedAt.")
    public PageResult<PartnershipView> list(@BeanParam PageParams params, @BeanParam PartnershipFilters filters) {
        return partnerships.list(params, filters);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(summary = "Get a partnership")
    @APIResponseSchema(value = PartnershipView.class, responseCode = "200", responseDescription = "The partnership")
    public Response get(@PathParam("id") long id) {
        PartnershipView view = partnerships.get(id);
        return Responses.ok(view, view.version());
    }

    @POST
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(summary = "Create a partnership", description = "The same pair and type may not overlap in time (409).")
    @APIResponseSchema(value = PartnershipView.class, responseCode = "201", responseDescription = "Created")
    public Response create(@Valid @NotNull PartnershipInput input, @Context UriInfo uri,
            @Parameter(description = ApiResponsesDoc.IDEMPOTENCY_KEY) @HeaderParam(IdempotencyService.HEADER) String key) {
        return idempotency.execute(key, input, uri, () -> {
            PartnershipView view = partnerships.create(input);
            return Responses.created(uri, view.id(), view, view.version());
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(summary = "Replace a partnership")
    @APIResponseSchema(value = PartnershipView.class, responseCode = "200", responseDescription = "Replaced")
    public Response replace(@PathParam("id") long id,
            @Parameter(description = ApiResponsesDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PartnershipInput input) {
        PartnershipView view = partnerships.update(id, ifMatch, input);
        return Responses.ok(view, view.version());
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change some fields of a partnership (JSON merge patch, RFC 7386)",
            description = "E.g. `{\"suspended\": true}` or `{\"endDate\": \"2026-12-31\"}`.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = PartnershipInput.class)))
    @APIResponseSchema(value = PartnershipView.class, responseCode = "200", responseDescription = "Changed")
    public Response patch(@PathParam("id") long id,
            @Parameter(description = ApiResponsesDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch, String body) {
        PartnershipInput merged = mergePatch.apply(partnerships.current(id), body, PartnershipInput.class);
        PartnershipView view = partnerships.update(id, ifMatch, merged);
        return Responses.ok(view, view.version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(summary = "Delete a partnership",
            description = "409 while it has agreements, unless an ADMIN sends `?cascade=true`, which deletes them too.")
    public Response delete(@PathParam("id") long id,
            @Parameter(description = ApiResponsesDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "Also delete the agreements (ADMIN only)", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("cascade") String cascade) {
        if (cascade != null && !cascade.equals("true") && !cascade.equals("false")) {
            throw ProblemException.invalid("cascade", "must be true or false");
        }
        partnerships.delete(id, ifMatch, "true".equals(cascade), identity.hasRole(Role.ADMIN_NAME));
        return Responses.noContent();
    }
}
