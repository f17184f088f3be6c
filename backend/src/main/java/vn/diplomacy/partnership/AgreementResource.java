package vn.diplomacy.partnership;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.diplomacy.common.DeletableRecordResource;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.PageResult;
import vn.diplomacy.common.RecordDocs;
import vn.diplomacy.partnership.PartnershipDtos.AgreementInput;
import vn.diplomacy.partnership.PartnershipDtos.AgreementView;
import vn.diplomacy.security.Role;

@Path("/api/v1/partnerships/{partnershipId}/agreements")
@Tag(name = "Agreements", description = "Memoranda, cooperation agreements, yearly plans and minutes of a partnership")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RecordDocs(createSummary = "Add an agreement", create = "The code is unique within the partnership (409 otherwise).")
public class AgreementResource extends DeletableRecordResource<AgreementInput, AgreementView> {
    private final AgreementService agreements;

    AgreementResource(AgreementService agreements) {
        super(agreements, AgreementInput.class);
        this.agreements = agreements;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(
            summary = "List a partnership's agreements",
            description = "Sort: expiresOn, code, title, kind, signedOn, effectiveOn, createdAt, updatedAt.")
    public PageResult<AgreementView> list(
            @PathParam("partnershipId") long partnershipId,
            @BeanParam PageParams params,
            @BeanParam AgreementFilters filters) {
        return agreements.list(partnershipId, params, filters);
    }
}
