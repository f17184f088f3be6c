package vn.diplomacy.registration;

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

@Path("/api/v1/reports/ngo-registrations")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
public class NgoPresenceReportResource {
    private final NgoPresenceReport report;

    NgoPresenceReportResource(NgoPresenceReport report) {
        this.report = report;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(
            summary = "Foreign NGOs registered in each province against those giving aid there, in a year",
            description = "Registered: a certificate in force at some time in the year (not revoked before it) names"
                    + " the province. Active: aid committed (commitment date) or disbursed (disbursement date) in the"
                    + " year to a beneficiary in the province. `asOf` counts old units in the provinces they were"
                    + " merged into. Every office's certificates count; a scoped caller sees its own province.")
    public NgoPresenceReport.Report report(@BeanParam PageParams params, @BeanParam NgoPresenceReport.Query query) {
        return report.report(params, query);
    }
}
