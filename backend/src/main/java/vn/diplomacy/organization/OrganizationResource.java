package vn.diplomacy.organization;

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
import vn.diplomacy.organization.OrganizationDtos.OrganizationInput;
import vn.diplomacy.organization.OrganizationDtos.OrganizationView;
import vn.diplomacy.security.Role;

@Path("/api/v1/organizations")
@Tag(name = "Organizations", description = "The shared registry of provinces, foreign localities, NGOs, embassies, agencies and associations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationResource {
    private final OrganizationService organizations;
    private final IdempotencyService idempotency;
    private final MergePatch mergePatch;

    OrganizationResource(OrganizationService organizations, IdempotencyService idempotency, MergePatch mergePatch) {
        this.organizations = organizations;
        this.idempotency = idempotency;
        this.mergePatch = mergePatch;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(summary = "List organizations",
            description = "`q` searches name and local name, ignoring case and accents. Sort: name, countryCode, type, createdAt, updatedAt.")
    public PageResult<OrganizationView> list(@BeanParam PageParams params, @BeanParam OrganizationFilters filters) {
        return organizations.list(params, filters);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(summary = "Get an organization")
    @APIResponseSchema(value = OrganizationView.class, responseCode = "200", responseDescription = "The organization")
    public Response get(@PathParam("id") long id) {
        OrganizationView view = organizations.get(id);
        return Responses.ok(view, view.version());
    }

    @POST
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(summary = "Create an organization", description = "The name is unique per country and type (409 otherwise).")
    @APIResponseSchema(value = OrganizationView.class, responseCode = "201", responseDescription = "Created")
    public Response create(@Valid @NotNull OrganizationInput input, @Context UriInfo uri,
            @Parameter(description = ApiResponsesDoc.IDEMPOTENCY_KEY) @HeaderParam(IdempotencyService.HEADER) String key) {
        return idempotency.execute(key, input, uri, () -> {
            OrganizationView view = organizations.create(input);
            return Responses.created(uri, view.id(), view, view.version());
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(summary = "Replace an organization")
    @APIResponseSchema(value = OrganizationView.class, responseCode = "200", responseDescription = "Replaced")
    public Response replace(@PathParam("id") long id,
            @Parameter(description = ApiResponsesDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull OrganizationInput input) {
        OrganizationView view = organizations.update(id, ifMatch, input);
        return Responses.ok(view, view.version());
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change some fields of an organization (JSON merge patch, RFC 7386)")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = OrganizationInput.class)))
    @APIResponseSchema(value = OrganizationView.class, responseCode = "200", responseDescription = "Changed")
    public Response patch(@PathParam("id") long id,
            @Parameter(description = ApiResponsesDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch, String body) {
        OrganizationInput merged = mergePatch.apply(organizations.current(id), body, OrganizationInput.class);
        OrganizationView view = organizations.update(id, ifMatch, merged);
        return Responses.ok(view, view.version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(summary = "Delete an organization", description = "409 while other records still reference it.")
    public Response delete(@PathParam("id") long id,
            @Parameter(description = ApiResponsesDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        organizations.delete(id, ifMatch);
        return Responses.noContent();
    }
}
