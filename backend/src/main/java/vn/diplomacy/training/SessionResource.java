package vn.diplomacy.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.diplomacy.common.ApiResponsesDoc;
import vn.diplomacy.common.DeletableRecordResource;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.PageResult;
import vn.diplomacy.common.RecordDocs;
import vn.diplomacy.common.Responses;
import vn.diplomacy.security.Role;
import vn.diplomacy.training.TrainingDtos.SessionInput;
import vn.diplomacy.training.TrainingDtos.SessionView;
import vn.diplomacy.training.TrainingDtos.SheetInput;
import vn.diplomacy.training.TrainingDtos.SheetView;

@Path("/api/v1/training-courses/{courseId}/sessions")
@Tag(name = "Training")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RecordDocs(
        createSummary = "Add a session",
        create = "The date must be within the course's dates and endTime after startTime (400).",
        delete = "Not once attendance is marked for it (409).")
public class SessionResource extends DeletableRecordResource<SessionInput, SessionView> {
    private final SessionService sessions;

    SessionResource(SessionService sessions) {
        super(sessions, SessionInput.class);
        this.sessions = sessions;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(
            summary = "List a course's sessions",
            description = "Sort: date (default: date then start time), title, updatedAt.")
    public PageResult<SessionView> list(@PathParam("courseId") long courseId, @BeanParam PageParams params) {
        return sessions.list(courseId, params);
    }

    @GET
    @Path("/{id}/attendance")
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(
            summary = "The session's attendance sheet",
            description = "Marks by participant name; the ETag is the session's.")
    @APIResponse(
            responseCode = "200",
            description = "The sheet",
            headers = @Header(name = "ETag", description = "The session's version"),
            content = @Content(schema = @Schema(implementation = SheetView.class)))
    public Response sheet(@PathParam("courseId") long courseId, @PathParam("id") long id) {
        SheetView view = sessions.sheet(courseId, id);
        return Responses.ok(view, view.version());
    }

    @PUT
    @Path("/{id}/attendance")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(
            summary = "Mark attendance for the session",
            description = "`{\"marks\": [{participantId, status, note}]}` replaces"
                    + " the session's whole sheet (re-marking replaces; a participant left out has no mark). Only REGISTERED or"
                    + " COMPLETED participants of the course; all bad rows are reported at once as `marks[i].participantId`. Only while"
                    + " the course is OPEN or IN_PROGRESS (409). If-Match is the session's ETag, which changes.")
    @APIResponseSchema(value = SheetView.class, responseCode = "200", responseDescription = "Marked")
    public Response mark(
            @PathParam("courseId") long courseId,
            @PathParam("id") long id,
            @Parameter(description = ApiResponsesDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull SheetInput input) {
        SheetView view = sessions.mark(courseId, id, ifMatch, input.marks());
        return Responses.ok(view, view.version());
    }
}
