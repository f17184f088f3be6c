package vn.diplomacy.common;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The files an office published, for anyone (the document-links of its IATI file). */
@Path("/api/v1/public/attachments")
@Tag(name = "Public files", description = "Files published by the office, downloadable without an account")
public class PublicAttachmentResource {
    private final RecordAttachments attachments;

    PublicAttachmentResource(RecordAttachments attachments) {
        this.attachments = attachments;
    }

    @GET
    @Path("/{attachmentId}/content")
    @PermitAll
    @Produces(MediaType.WILDCARD)
    @Operation(
            summary = "Download a published file",
            description = "Only files attached with `published=true`; any other id is 404, whether it exists or not."
                    + " Ranges and If-None-Match as for an attachment.")
    public Response content(
            @PathParam("attachmentId") long attachmentId,
            @Parameter(description = "One range, e.g. `bytes=0-1023`") @HeaderParam("Range") String range,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        return Downloads.response(attachments, attachments.published(attachmentId), range, ifNoneMatch);
    }
}
