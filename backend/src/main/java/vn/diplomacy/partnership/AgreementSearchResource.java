package vn.diplomacy.partnership;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    @Operation(
            summary = "Agreements across all partnerships",
            description =
                    "`expiringWithinDays=90` lists what expires between today and 90 days from now, to renew in time."
                            + " Sort: expiresOn (default), code, title, kind, signedOn, effectiveOn, createdAt, updatedAt.")
    public PageResult<AgreementView> search(@BeanParam PageParams params, @BeanParam AgreementFilters.Search filters) {
        return agreements.search(params, filters);
    }
}
