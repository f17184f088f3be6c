package vn.diplomacy.common;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * What every record kind has beside its fields, served the same way for all: its history and its attachments
 * ({@code …/{id}/history}, {@code …/{id}/attachments}). {@link RecordResource} extends this.
 */
public abstract class RecordExtras {
    // security.Role's names; common sits below security, and the role matrix tests hold the two together.
    static final String VIEWER = "VIEWER";
    static final String EDITOR = "EDITOR";
    static final String ADMIN = "ADMIN";

    @Inject
    SecurityIdentity identity;

    @Inject
    RecordHistory changes;

    @Inject
    RecordAttachments attachments;

    /** 404 unless record {@code id} exists at this address. */
    protected abstract void requireRecord(long id, UriInfo uri);

    @GET
    @Path("/{id}/history")
    @RolesAllowed(VIEWER)
    @Operation(
            summary = "History of {a record}",
            description = "Every create, change and delete of the record and of the records inside it (agreements,"
                    + " members, disbursements, participants, attachments…), field by field, with who and from which"
                    + " request; oldest first (`sort=-at` for newest first). A deleted record keeps its history.")
    public PageResult<RecordHistory.Entry> history(
            @PathParam("id") long id, @BeanParam PageParams params, @Context UriInfo uri) {
        boolean exists;
        try {
            requireRecord(id, uri);
            exists = true;
        } catch (ProblemException e) {
            if (e.type() != ProblemType.NOT_FOUND) {
                throw e;
            }
            exists = false;
            Scope.nationalOnly("The history of a deleted record");
        }
        Long parent = uri.getPathParameters().size() > 1 ? Ids.parseOrNull(parentParameter(uri)) : null;
        return changes.history(kind(), id, parent, exists, params);
    }

    /** A record's attachments, newest first. */
    @Schema(name = "AttachmentList")
    public record AttachmentList(List<RecordAttachments.View> items) {}

    @GET
    @Path("/{id}/attachments")
    @RolesAllowed(VIEWER)
    @Operation(summary = "List the files attached to {a record}")
    public AttachmentList attachments(@PathParam("id") long id, @Context UriInfo uri) {
        requireRecord(id, uri);
        return new AttachmentList(attachments.list(kind(), id));
    }

    @POST
    @Path("/{id}/attachments")
    @RolesAllowed(EDITOR)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            summary = "Attach a file to {a record}",
            description = "Multipart parts `file`, `kind` and `title` (default: the file's name). The type is read from"
                    + " the bytes: PDF, JPEG/PNG/GIF/WebP/TIFF images, DOCX, XLSX, ODT or plain text (415 otherwise,"
                    + " whatever the name says); at most `app.attachments.max-bytes` (413). The same file twice on one"
                    + " record is a 409 naming the first. Its bytes are at `…/attachments/{attachmentId}/content`.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA,
                            schema = @Schema(implementation = RecordAttachments.Form.class)))
    @APIResponse(
            responseCode = "201",
            description = "Attached",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RecordAttachments.View.class)))
    public Response attach(
            @PathParam("id") long id,
            @RestForm("file") FileUpload file,
            @RestForm("title") String title,
            @RestForm("kind") String kind,
            @RestForm("published") String published,
            @Context UriInfo uri) {
        checkWrite();
        requireRecord(id, uri);
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalid("file", "is required (a multipart part named file)");
        }
        RecordAttachments.View view = attachments.upload(
                kind(),
                id,
                new RecordAttachments.Upload(
                        file.uploadedFile(), file.fileName(), file.size(), title, kind, flag(published)));
        return Responses.created(uri, view.id(), view, view.version());
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @RolesAllowed(VIEWER)
    @Operation(summary = "Get an attachment's description")
    public Response attachment(
            @PathParam("id") long id, @PathParam("attachmentId") long attachmentId, @Context UriInfo uri) {
        requireRecord(id, uri);
        RecordAttachments.View view = attachments.get(kind(), id, attachmentId);
        return Responses.ok(view, view.version());
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}/content")
    @RolesAllowed(VIEWER)
    @Produces(MediaType.WILDCARD)
    @Operation(
            summary = "Download an attachment",
            description = "The bytes with the original file name (Content-Disposition, UTF-8), inline for PDF and"
                    + " images; a single `Range: bytes=…` is answered 206; the ETag is the SHA-256.")
    public Response content(
            @PathParam("id") long id,
            @PathParam("attachmentId") long attachmentId,
            @Parameter(description = "One range, e.g. `bytes=0-1023`") @HeaderParam("Range") String range,
            @HeaderParam("If-None-Match") String ifNoneMatch,
            @Context UriInfo uri) {
        requireRecord(id, uri);
        return Downloads.response(attachments, attachments.get(kind(), id, attachmentId), range, ifNoneMatch);
    }

    @DELETE
    @Path("/{id}/attachments/{attachmentId}")
    @RolesAllowed(EDITOR)
    @Operation(
            summary = "Delete an attachment",
            description = "An EDITOR deletes the files they attached; an ADMIN any. If-Match is the attachment's ETag.")
    public Response detach(
            @PathParam("id") long id,
            @PathParam("attachmentId") long attachmentId,
            @Parameter(description = ApiResponsesDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Context UriInfo uri) {
        checkWrite();
        requireRecord(id, uri);
        attachments.delete(kind(), id, attachmentId, ifMatch, identity.hasRole(ADMIN));
        return Responses.noContent();
    }

    /** A record with files is not deleted with them by accident: its files are deleted first, one by one. */
    protected void requireNoAttachments(long id) {
        requireNoAttachments(kind(), List.of(id));
    }

    /** As above, for the records of another kind deleted with this one (a partnership's agreements). */
    protected void requireNoAttachments(String kind, java.util.Collection<Long> ids) {
        long count = ids.isEmpty() ? 0 : attachments.count(kind, ids);
        if (count > 0) {
            throw ProblemException.conflict(
                    "record-has-attachments",
                    java.util.Map.of("count", count),
                    "It has " + count + " attached file(s); delete them first");
        }
    }

    /** EDITOR is the floor ({@code @RolesAllowed}); a kind written by a higher role says so with {@link WrittenBy}. */
    protected void checkWrite() {
        WrittenBy writer = getClass().getAnnotation(WrittenBy.class);
        if (writer != null && !identity.hasRole(writer.value())) {
            throw new ForbiddenException();
        }
    }

    /** The record kind's name in the history, the feed and attachments: the path's last word, singular. */
    protected String kind() {
        Class<?> type = getClass();
        while (type != null && !type.isAnnotationPresent(Path.class)) {
            type = type.getSuperclass();
        }
        String path = type == null ? "" : type.getAnnotation(Path.class).value();
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (last.endsWith("ies")) {
            return last.substring(0, last.length() - 3) + "y";
        }
        return last.endsWith("s") ? last.substring(0, last.length() - 1) : last;
    }

    /** The address's path parameter besides {id} and {attachmentId}: the parent record's id, as written. */
    static String parentParameter(UriInfo uri) {
        return uri.getPathParameters().entrySet().stream()
                .filter(e -> !e.getKey().equals("id") && !e.getKey().equals("attachmentId"))
                .map(e -> e.getValue().get(0))
                .findFirst()
                .orElse(null);
    }

    private static boolean flag(String raw) {
        if (raw == null || raw.isBlank() || raw.equals("false")) {
            return false;
        }
        if (raw.equals("true")) {
            return true;
        }
        throw ProblemException.invalid("published", "must be true or false");
    }
}
