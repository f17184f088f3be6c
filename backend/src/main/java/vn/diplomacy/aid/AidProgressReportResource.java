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
import vn.diplomacy.aid.AidProgressReportDtos.AidProgressReportInput;
import vn.diplomacy.aid.AidProgressReportDtos.AidProgressReportView;
import vn.diplomacy.common.DeletableRecordResource;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.PageResult;
import vn.diplomacy.common.RecordDocs;
import vn.diplomacy.security.Role;

@Path("/api/v1/aid-commitments/{commitmentId}/progress-reports")
@Tag(
        name = "Aid progress reports",
        description = "The reports an aid owner sends while the aid is under way: half-yearly and yearly (a setting),"
                + " a final one once completed; each due some days after its period")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RecordDocs(
        createSummary = "Add an ad-hoc report",
        create = "Only AD_HOC: the others are scheduled when the aid enters IMPLEMENTATION or COMPLETED, and follow"
                + " its dates. Attach the report itself to the aid (kind REPORT).",
        delete = "Only AD_HOC reports; 409 aid-report-scheduled for the others.")
public class AidProgressReportResource extends DeletableRecordResource<AidProgressReportInput, AidProgressReportView> {
    private final AidProgressReportService reports;

    AidProgressReportResource(AidProgressReportService reports) {
        super(reports, AidProgressReportInput.class);
        this.reports = reports;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(
            summary = "List an aid's reports",
            description = "Sort: dueOn (default), periodStart, receivedOn, createdAt, updatedAt.")
    public PageResult<AidProgressReportView> list(
            @PathParam("commitmentId") long commitmentId, @BeanParam PageParams params) {
        return reports.list(commitmentId, params);
    }
}
