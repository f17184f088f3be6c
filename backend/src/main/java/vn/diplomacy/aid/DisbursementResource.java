package vn.diplomacy.aid;

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
import vn.diplomacy.aid.AidDtos.DisbursementInput;
import vn.diplomacy.aid.AidDtos.DisbursementView;
import vn.diplomacy.common.ApiResponsesDoc;
import vn.diplomacy.common.IdempotencyService;
import vn.diplomacy.common.MergePatch;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.PageResult;
import vn.diplomacy.common.Responses;
import vn.diplomacy.security.Role;

@Path("/api/v1/aid-commitments/{commitmentId}/disbursements")
@Tag(name = "Disbursements", description = "Money actually paid out against an aid commitment, possibly in another currency")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DisbursementResource {
    private final DisbursementService disbursements;
    private final IdempotencyService idempotency;
    private final MergePatch mergePatch;

    DisbursementResource(DisbursementService disbursements, IdempotencyService idempotency, MergePatch mergePatch) {
        this.disbursements = disbursements;
        this.idempotency = idempotency;
        this.mergePatch = mergePatch;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(summary = "List a commitment's disbursements", description = "Sort: date (default), amount, createdAt, updatedAt.")
    public PageResult<DisbursementView> list(@PathParam("commitmentId") long commitmentId, @BeanParam PageParams params) {
        return disbursements.list(commitmentId, params);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(summary = "Get a disbursement")
    @APIResponseSchema(value = DisbursementView.class, responseCode = "200", responseDescription = "The disbursement")
    public Response get(@PathParam("commitmentId") long commitmentId, @PathParam("id") long id) {
        DisbursementView view = disbursements.get(commitmentId, id);
        return Responses.ok(view, view.version());
    }

    @POST
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(summary = "Record a disbursement", description = "More than committed is accepted and flagged (overDisbursed) on the commitment.")
    @APIResponseSchema(value = DisbursementView.class, responseCode = "201", responseDescription = "Created")
    public Response create(@PathParam("commitmentId") long commitmentId, @Valid @NotNull DisbursementInput input,
            @Context UriInfo uri,
            @Parameter(description = ApiResponsesDoc.IDEMPOTENCY_KEY) @HeaderParam(IdempotencyService.HEADER) String key) {
        return idempotency.execute(key, input, uri, () -> {
            DisbursementView view = disbursements.create(commitmentId, input);
            return Responses.created(uri, view.id(), view, view.version());
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(summary = "Replace a disbursement")
    @APIResponseSchema(value = DisbursementView.class, responseCode = "200", responseDescription = "Replaced")
    public Response replace(@PathParam("commitmentId") long commitmentId, @PathParam("id") long id,
            @Parameter(description = ApiResponsesDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull DisbursementInput input) {
        DisbursementView view = disbursements.update(commitmentId, id, ifMatch, input);
        return Responses.ok(view, view.version());
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change some fields of a disbursement (JSON merge patch)")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = DisbursementInput.class)))
    @APIResponseSchema(value = DisbursementView.class, responseCode = "200", responseDescription = "Changed")
    public Response patch(@PathParam("commitmentId") long commitmentId, @PathParam("id") long id,
            @Parameter(description = ApiResponsesDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch, String body) {
        DisbursementInput merged = mergePatch.apply(disbursements.current(commitmentId, id), body, DisbursementInput.class);
        DisbursementView view = disbursements.update(commitmentId, id, ifMatch, merged);
        return Responses.ok(view, view.version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(summary = "Delete a disbursement")
    public Response delete(@PathParam("commitmentId") long commitmentId, @PathParam("id") long id,
            @Parameter(description = ApiResponsesDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        disbursements.delete(commitmentId, id, ifMatch);
        return Responses.noContent();
    }
}
