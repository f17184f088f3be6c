package vn.diplomacy.partnership;

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
import vn.diplomacy.common.ApiResponsesDoc;
import vn.diplomacy.common.IdempotencyService;
import vn.diplomacy.common.MergePatch;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.PageResult;
import vn.diplomacy.common.Responses;
import vn.diplomacy.partnership.PartnershipDtos.AgreementInput;
import vn.diplomacy.partnership.PartnershipDtos.AgreementView;
import vn.diplomacy.security.Role;

@Path("/api/v1/partnerships/{partnershipId}/agreements")
@Tag(name = "Agreements", description = "Memoranda, cooperation agreements, yearly plans and minutes of a partnership")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgreementResource {
    private final AgreementService agreements;
    private final IdempotencyService idempotency;
    private final MergePatch mergePatch;

    AgreementResource(AgreementService agreements, IdempotencyService idempotency, MergePatch mergePatch) {
        this.agreements = agreements;
        this.idempotency = idempotency;
        this.mergePatch = mergePatch;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(summary = "List a partnership's agreements",
            description = "Sort: expiresOn, code, title, kind, signedOn, effectiveOn, createdAt, updatedAt.")
    public PageResult<AgreementView> list(@PathParam("partnershipId") long partnershipId, @BeanParam PageParams params,
            @BeanParam AgreementFilters filters) {
        return agreements.list(partnershipId, params, filters);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(summary = "Get an agreement")
    @APIResponseSchema(value = AgreementView.class, responseCode = "200", responseDescription = "The agreement")
    public Response get(@PathParam("partnershipId") long partnershipId, @PathParam("id") long id) {
        AgreementView view = agreements.get(partnershipId, id);
        return Responses.ok(view, view.version());
    }

    @POST
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(summary = "Add an agreement", description = "The code is unique within the partnership (409 otherwise).")
    @APIResponseSchema(value = AgreementView.class, responseCode = "201", responseDescription = "Created")
    public Response create(@PathParam("partnershipId") long partnershipId, @Valid @NotNull AgreementInput input,
            @Context UriInfo uri,
            @Parameter(description = ApiResponsesDoc.IDEMPOTENCY_KEY) @HeaderParam(IdempotencyService.HEADER) String key) {
        return idempotency.execute(key, input, uri, () -> {
            AgreementView view = agreements.create(partnershipId, input);
            return Responses.created(uri, view.id(), view, view.version());
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(summary = "Replace an agreement")
    @APIResponseSchema(value = AgreementView.class, responseCode = "200", responseDescription = "Replaced")
    public Response replace(@PathParam("partnershipId") long partnershipId, @PathParam("id") long id,
            @Parameter(description = ApiResponsesDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull AgreementInput input) {
        AgreementView view = agreements.update(partnershipId, id, ifMatch, input);
        return Responses.ok(view, view.version());
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change some fields of an agreement (JSON merge patch)")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = AgreementInput.class)))
    @APIResponseSchema(value = AgreementView.class, responseCode = "200", responseDescription = "Changed")
    public Response patch(@PathParam("partnershipId") long partnershipId, @PathParam("id") long id,
            @Parameter(description = ApiResponsesDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch, String body) {
        AgreementInput merged = mergePatch.apply(agreements.current(partnershipId, id), body, AgreementInput.class);
        AgreementView view = agreements.update(partnershipId, id, ifMatch, merged);
        return Responses.ok(view, view.version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(summary = "Delete an agreement")
    public Response delete(@PathParam("partnershipId") long partnershipId, @PathParam("id") long id,
            @Parameter(description = ApiResponsesDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        agreements.delete(partnershipId, id, ifMatch);
        return Responses.noContent();
    }
}
