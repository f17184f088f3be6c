package vn.diplomacy.partnership;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.diplomacy.common.ApiResponsesDoc;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.PageResult;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.RecordDocs;
import vn.diplomacy.common.RecordResource;
import vn.diplomacy.common.Responses;
import vn.diplomacy.partnership.PartnershipDtos.PartnershipInput;
import vn.diplomacy.partnership.PartnershipDtos.PartnershipView;
import vn.diplomacy.security.Role;

@Path("/api/v1/partnerships")
@Tag(
        name = "Partnerships",
        description = "Lasting relations between a home locality or agency and a foreign locality or organization")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RecordDocs(
        create = "The same pair and type may not overlap in time (409).",
        patch = "E.g. `{\"suspended\": true}` or `{\"endDate\": \"2026-12-31\"}`.")
public class PartnershipResource extends RecordResource<PartnershipInput, PartnershipView> {
    private final PartnershipService partnerships;
    private final SecurityIdentity identity;

    PartnershipResource(PartnershipService partnerships, SecurityIdentity identity) {
        super(partnerships, PartnershipInput.class);
        this.partnerships = partnerships;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(
            summary = "List partnerships",
            description =
                    "`q` searches the title and both organizations' names, ignoring"
                            + " case and accents (`q=hue` finds Thừa Thiên Huế). Sort: startDate, title, endDate, type, status, createdAt, updatedAt.")
    public PageResult<PartnershipView> list(@BeanParam PageParams params, @BeanParam PartnershipFilters filters) {
        return partnerships.list(params, filters);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(
            summary = "Delete a partnership",
            description = "409 while it has agreements, unless an ADMIN sends `?cascade=true`, which deletes them too.")
    public Response delete(
            @PathParam("id") long id,
            @Parameter(description = ApiResponsesDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Parameter(
                            description = "Also delete the agreements (ADMIN only)",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    @QueryParam("cascade")
                    String cascade) {
        if (cascade != null && !cascade.equals("true") && !cascade.equals("false")) {
            throw ProblemException.invalid("cascade", "must be true or false");
        }
        requireNoAttachments(id);
        requireNoAttachments("agreement", partnerships.agreementIds(id));
        partnerships.delete(id, ifMatch, "true".equals(cascade), identity.hasRole(Role.ADMIN_NAME));
        return Responses.noContent();
    }
}
