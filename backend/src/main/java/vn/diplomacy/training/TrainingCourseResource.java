package vn.diplomacy.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.diplomacy.common.ApiResponsesDoc;
import vn.diplomacy.common.DeletableRecordResource;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.PageResult;
import vn.diplomacy.common.RecordDocs;
import vn.diplomacy.common.Responses;
import vn.diplomacy.common.export.ExportFormat;
import vn.diplomacy.common.export.ExportParams;
import vn.diplomacy.common.export.TableExport;
import vn.diplomacy.security.Role;
import vn.diplomacy.training.TrainingDtos.Completion;
import vn.diplomacy.training.TrainingDtos.CourseInput;
import vn.diplomacy.training.TrainingDtos.CourseView;
import vn.diplomacy.training.TrainingDtos.Grid;
import vn.diplomacy.training.TrainingDtos.TransitionRequest;
import vn.diplomacy.training.TrainingDtos.TransitionView;

@Path("/api/v1/training-courses")
@Tag(name = "Training", description = "Training courses: sessions, participants with capacity and waitlist, attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RecordDocs(
        createSummary = "Plan a training course",
        create = "Starts PLANNED; completionThreshold defaults to 80.",
        replace =
                "Not once COMPLETED or CANCELLED (409). The capacity cannot go below the registered count (409); a higher"
                        + " capacity seats the waitlist in order. Sessions must stay within the dates (409).",
        deleteSummary = "Delete a planned course",
        delete = "Only PLANNED without participants; later ones are cancelled (409).")
public class TrainingCourseResource extends DeletableRecordResource<CourseInput, CourseView> {
    private final TrainingCourseService courses;
    private final SessionService sessions;

    TrainingCourseResource(TrainingCourseService courses, SessionService sessions) {
        super(courses, CourseInput.class);
        this.courses = courses;
        this.sessions = sessions;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(
            summary = "List training courses",
            description = "`q` searches title, place, description and the organizer's"
                    + " name. `from`/`to` keep the courses overlapping that window; `hasSeats=true` the ones with a free seat. Sort:"
                    + " startDate, endDate, title, status, topic, capacity, registrationDeadline, createdAt, updatedAt. Each row has"
                    + " registered/capacity, waitlist length and sessions count.")
    public PageResult<CourseView> list(@BeanParam PageParams params, @BeanParam TrainingCourseFilters filters) {
        return courses.list(params, filters);
    }

    @GET
    @Path("/{id}/transitions")
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(summary = "The workflow history")
    public List<TransitionView> transitions(@PathParam("id") long id) {
        return courses.transitions(id);
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(
            summary = "Move the course through its workflow",
            description =
                    "PLANNED → OPEN (registration) → IN_PROGRESS →"
                            + " COMPLETED; PLANNED, OPEN or IN_PROGRESS → CANCELLED. COMPLETED applies the completion rule (see"
                            + " POST /completion, which also says who completed). Other moves are 409 naming the allowed ones. If-Match required.")
    @APIResponseSchema(value = CourseView.class, responseCode = "200", responseDescription = "Moved")
    public Response transition(
            @PathParam("id") long id,
            @Parameter(description = ApiResponsesDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull TransitionRequest request) {
        CourseView view = courses.transition(id, ifMatch, request);
        return Responses.ok(view, view.version());
    }

    @POST
    @Path("/{id}/completion")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(
            summary = "Complete the course",
            description =
                    "IN_PROGRESS → COMPLETED in one step: every REGISTERED participant"
                            + " whose attendance rate (PRESENT and LATE over all sessions) is at or above completionThreshold becomes COMPLETED."
                            + " The answer lists who completed and who did not. Needs at least one session. If-Match is the course's ETag.")
    @APIResponseSchema(value = Completion.class, responseCode = "200", responseDescription = "Completed")
    public Response complete(
            @PathParam("id") long id,
            @Parameter(description = ApiResponsesDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        Completion result = courses.completion(id, ifMatch, null);
        return Responses.ok(result, result.course().version());
    }

    @GET
    @Path("/{id}/attendance")
    @RolesAllowed(Role.VIEWER_NAME)
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(
            summary = "The attendance grid, or its export",
            description = "Registered and completed participants × sessions,"
                    + " each participant's attendance rate and whether it meets the threshold, and the course's average. Not paged."
                    + " With `format=csv|xlsx` (or Accept) a download of the same grid (CSV in UTF-8 with a BOM).")
    @APIResponseSchema(value = Grid.class, responseDescription = "The grid, or the export")
    public Response attendance(@PathParam("id") long id, @BeanParam ExportParams export) {
        var format = export.chosen();
        Grid grid = sessions.grid(id);
        if (format.isEmpty()) {
            return Response.ok(grid, MediaType.APPLICATION_JSON_TYPE).build();
        }
        var table = TrainingExports.attendance(courses.get(id), grid, export.language());
        return TableExport.response(format.get(), "training-" + id + "-attendance", table);
    }
}
