package vn.diplomacy.aid;

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
import vn.diplomacy.aid.AidDtos.DisbursementInput;
import vn.diplomacy.aid.AidDtos.DisbursementView;
import vn.diplomacy.common.DeletableRecordResource;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.PageResult;
import vn.diplomacy.common.RecordDocs;
import vn.diplomacy.security.Role;

@Path("/api/v1/aid-commitments/{commitmentId}/disbursements")
@Tag(
        name = "Disbursements",
        description = "Money actually paid out against an aid commitment, possibly in another currency")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RecordDocs(
        createSummary = "Record a disbursement",
        create = "More than committed is accepted and flagged (overDisbursed) on the commitment.")
public class DisbursementResource extends DeletableRecordResource<DisbursementInput, DisbursementView> {
    private final DisbursementService disbursements;

    DisbursementResource(DisbursementService disbursements) {
        super(disbursements, DisbursementInput.class);
        this.disbursements = disbursements;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(
            summary = "List a commitment's disbursements",
            description = "Sort: date (default), amount, createdAt, updatedAt.")
    public PageResult<DisbursementView> list(
            @PathParam("commitmentId") long commitmentId, @BeanParam PageParams params) {
        return disbursements.list(commitmentId, params);
    }
}
