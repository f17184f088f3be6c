package vn.diplomacy.partnership;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.PageResult;
import vn.diplomacy.partnership.PartnershipDtos.AgreementView;
import vn.diplomacy.security.Role;

@Path("/api/v1/agreements")
@Tag(name = "Agreements")
@Produces(MediaType.APPLICATION_JSON)
public class AgreementSearchResource {
    private final AgreementService agreements;

    AgreementSearchResource(AgreementService agreements) {
        this.agreements = agreements;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(summary = "Agreements across all partnerships",
            description = "`expiringWithinDays=90` lists what expires between today and 90 days from now, to renew in time."
                    + " Sort: expiresOn (default), code, title, kind, signedOn, effectiveOn, createdAt, updatedAt.")
    public PageResult<AgreementView> search(@BeanParam PageParams params,
            @Parameter(description = "0 to " + AgreementService.MAX_EXPIRING_DAYS, example = "90",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "3650")) @QueryParam("expiringWithinDays") String expiringWithinDays,
            @Parameter(schema = @Schema(implementation = AgreementKind.class)) @QueryParam("kind") String kind,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @QueryParam("partnershipId") String partnershipId) {
        return agreements.search(params);
    }
}
