package vn.diplomacy.delegation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.security.Role;

@Path("/api/v1/reports/delegations")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
public class DelegationReportResource {
    private final DelegationReport report;

    DelegationReportResource(DelegationReport report) {
        this.report = report;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(
            summary = "Delegations counted by month, country, direction or status",
            description =
                    "Grouped in the database; takes the list's filters (e.g. `from`/`to`). Month is the start month;"
                            + " country is where the delegation takes place.")
    public DelegationReport.Report delegations(
            @BeanParam PageParams params,
            @BeanParam DelegationFilters filters,
            @BeanParam DelegationReport.Options options) {
        return report.report(params, filters, options);
    }
}
