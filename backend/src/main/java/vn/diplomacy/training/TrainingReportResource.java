package vn.diplomacy.training;

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

@Path("/api/v1/reports/training")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
public class TrainingReportResource {
    private final TrainingReport report;

    TrainingReportResource(TrainingReport report) {
        this.report = report;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(
            summary = "Trainees and completions by year, topic, organizer or participant organization",
            description =
                    "Grouped in the database. Trainees are participants holding a seat (REGISTERED or COMPLETED) of"
                            + " courses that were not cancelled; year is the course's start year; `key` is the organizer's id for"
                            + " organizer (its name is the `label`). `from`/`to` keep courses overlapping that window.")
    public TrainingReport.Report training(@BeanParam PageParams params, @BeanParam TrainingReport.Query query) {
        return report.report(params, query);
    }
}
