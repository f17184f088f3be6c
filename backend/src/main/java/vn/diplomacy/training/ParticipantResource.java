package vn.diplomacy.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.diplomacy.common.ApiResponsesDoc;
import vn.diplomacy.common.IdempotencyService;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.RecordDocs;
import vn.diplomacy.common.RecordResource;
import vn.diplomacy.common.Responses;
import vn.diplomacy.common.export.ExportFormat;
import vn.diplomacy.common.export.ExportParams;
import vn.diplomacy.common.export.TableExport;
import vn.diplomacy.security.Role;
import vn.diplomacy.training.TrainingDtos.ImportResult;
import vn.diplomacy.training.TrainingDtos.ParticipantInput;
import vn.diplomacy.training.TrainingDtos.ParticipantView;

@Path("/api/v1/training-courses/{courseId}/participants")
@Tag(name = "Training")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RecordDocs(
        createSummary = "Register a participant",
        create = "Only while the course is OPEN and the deadline has not passed (409)."
                + " Takes a free seat (REGISTERED) or the end of the waitlist (WAITLISTED with its position). The same email, or"
                + " the same name and organization, already in the course is a 409.",
        replace = "The status changes only through registration, cancellation and completion.")
public class ParticipantResource extends RecordResource<ParticipantInput, ParticipantView> {
    private final ParticipantService participants;
    private final TrainingCourseService courses;

    ParticipantResource(ParticipantService participants, TrainingCourseService courses) {
        super(participants, ParticipantInput.class);
        this.participants = participants;
        this.courses = courses;
    }

    /** Documents the JSON list answer; the method returns a Response because it also answers CSV and XLSX. */
    @Schema(name = "PageResultTrainingParticipant")
    public record Page(List<ParticipantView> items, int page, int size, long totalItems, int totalPages) {}

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(
            summary = "List a course's participants, or export them",
            description = "`q` searches name, organization,"
                    + " position and email. Sort: registeredAt (default, registration order), fullName, status, waitlistPosition,"
                    + " updatedAt. With `format=csv|xlsx` (or Accept text/csv or the XLSX type) the answer is a download of every"
                    + " matching participant (paging ignored); CSV is UTF-8 with a BOM. Headers are Vietnamese unless"
                    + " Accept-Language asks for English.")
    @APIResponseSchema(value = Page.class, responseDescription = "A page of participants, or the export")
    public Response list(
            @PathParam("courseId") long courseId,
            @BeanParam PageParams params,
            @BeanParam ParticipantFilters filters,
            @BeanParam ExportParams export) {
        var format = export.chosen();
        if (format.isEmpty()) {
            return Response.ok(participants.list(courseId, params, filters, export), MediaType.APPLICATION_JSON_TYPE)
                    .build();
        }
        var table = TrainingExports.participants(
                courses.get(courseId), participants.all(courseId, params, filters, export), export.language());
        return TableExport.response(format.get(), "training-" + courseId + "-participants", table);
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(
            summary = "Cancel a registration",
            description =
                    "REGISTERED or WAITLISTED → CANCELLED. A freed seat goes to the"
                            + " first WAITLISTED participant in the same transaction; the queue closes up. If-Match is the participant's ETag.")
    @APIResponseSchema(value = ParticipantView.class, responseCode = "200", responseDescription = "Cancelled")
    public Response cancel(
            @PathParam("courseId") long courseId,
            @PathParam("id") long id,
            @Parameter(description = ApiResponsesDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        ParticipantView view = participants.cancel(courseId, id, ifMatch);
        return Responses.ok(view, view.version());
    }

    /** The multipart form of the import, for the OpenAPI document. */
    @Schema(name = "TrainingImportUpload")
    public static class Upload {
        @Schema(
                type = SchemaType.STRING,
                format = "binary",
                description = "CSV (UTF-8) or XLSX; header line first",
                required = true)
        public String file;
    }

    @POST
    @Path("/import")
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            summary = "Import trainees from a CSV or XLSX file",
            description = "Columns (English or Vietnamese headers):"
                    + " fullName/Họ và tên, organization/Cơ quan, position/Chức vụ, gender/Giới tính, email, phone/Điện thoại,"
                    + " notes/Ghi chú. All or nothing: any bad row is a 400 listing every bad row as `lines[<line>].<field>` (the header"
                    + " is line 1) and nothing is imported. Rows with the same email, or the same name and organization, as an earlier"
                    + " row or a participant already in the course are skipped and listed as duplicates. The rest register in file order"
                    + " (seats first, then the waitlist). Registration rules as for a single registration (409).")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA,
                            schema = @Schema(implementation = Upload.class)))
    @APIResponse(
            responseCode = "200",
            description = "Imported (duplicates listed)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportResult.class)))
    public Response importFile(
            @PathParam("courseId") long courseId,
            @RestForm("file") FileUpload file,
            @Context UriInfo uri,
            @Parameter(description = ApiResponsesDoc.IDEMPOTENCY_KEY) @HeaderParam(IdempotencyService.HEADER)
                    String key) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalid("file", "is required (a multipart part named file)");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw ProblemException.invalid("file", "could not be read");
        }
        // The same file again under the same key replays the first answer instead of reporting every row as a
        // duplicate.
        return idempotency()
                .execute(
                        key,
                        Map.of("file", org.apache.commons.codec.digest.DigestUtils.sha256Hex(bytes)),
                        uri,
                        () -> Response.ok(participants.importFile(courseId, bytes), MediaType.APPLICATION_JSON_TYPE)
                                .build());
    }
}
