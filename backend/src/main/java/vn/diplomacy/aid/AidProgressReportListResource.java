package vn.diplomacy.aid;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.diplomacy.aid.AidProgressReportDtos.AidProgressReportView;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.PageResult;
import vn.diplomacy.security.Role;

@Path("/api/v1/aid-progress-reports")
@Tag(name = "Aid progress reports")
@Produces(MediaType.APPLICATION_JSON)
public class AidProgressReportListResource {
    private final AidProgressReportService reports;

    AidProgressReportListResource(AidProgressReportService reports) {
        this.reports = reports;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(
            summary = "The aid owners' reports across all aid",
            description = "`overdue=true` lists the reports not received by their due date, the longest overdue first"
                    + " with `sort=dueOn`. Within the caller's scope (the aid's beneficiary). Sort: dueOn (default),"
                    + " periodStart, receivedOn, createdAt, updatedAt.")
    public PageResult<AidProgressReportView> list(
            @BeanParam PageParams params, @BeanParam AidProgressReportFilters filters) {
        return reports.list(params, filters);
    }
}
