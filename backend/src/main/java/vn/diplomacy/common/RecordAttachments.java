package vn.diplomacy.common;

import jakarta.ws.rs.core.StreamingOutput;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The files attached to a record, as {@link RecordExtras} serves them for every kind; kept and checked by
 * {@code common.attachments}, which implements this.
 */
public interface RecordAttachments {
    List<View> list(String kind, long recordId);

    View get(String kind, long recordId, long attachmentId);

    /** The uploaded file (a temporary file of the request), checked, stored and hashed. */
    View upload(String kind, long recordId, Upload upload);

    /** The bytes from {@code first} to {@code last} (inclusive), read a piece at a time as they are written. */
    StreamingOutput content(long attachmentId, long first, long last);

    /** An EDITOR deletes what they attached; {@code admin}, anything. */
    void delete(String kind, long recordId, long attachmentId, String ifMatch, boolean admin);

    long count(String kind, java.util.Collection<Long> recordIds);

    /** Whether the record has a file of this kind (a delegation's report after return). */
    boolean has(String kind, long recordId, AttachmentKind fileKind);

    /** The published files of these records (for the IATI document-links). */
    List<View> published(String kind, java.util.Collection<Long> recordIds);

    /** A published file, for anyone; 404 for any other. */
    View published(long attachmentId);

    /** The public address of a published file's bytes, below the API's root. */
    static String publicPath(long attachmentId) {
        return "/api/v1/public/attachments/" + attachmentId + "/content";
    }

    record Upload(Path file, String fileName, long size, String title, String kind, boolean published) {}

    @Schema(name = "Attachment")
    record View(
            Long id,
            long version,

            @Schema(description = "The record it belongs to", examples = "agreement")
            String recordKind,

            long recordId,
            AttachmentKind kind,

            @Schema(examples = "Biên bản ghi nhớ Hà Tĩnh – Bolikhamxay (bản ký)")
            String title,

            @Schema(examples = "Biên bản ghi nhớ.pdf") String fileName,

            @Schema(description = "Read from the file's bytes, not taken from the client", examples = "application/pdf")
            String contentType,

            @Schema(examples = "482113") long size,

            @Schema(description = "SHA-256 of the bytes, hexadecimal")
            String sha256,

            @Schema(
                    description = "Served to anyone at /api/v1/public/attachments/{id}/content and linked from the"
                            + " IATI file")
            boolean published,

            Instant createdAt,
            String createdBy)
            implements RecordView {}

    /** The multipart form of an upload, for the OpenAPI document. */
    @Schema(name = "AttachmentUpload")
    class Form {
        @Schema(type = SchemaType.STRING, format = "binary", required = true, description = "The file")
        public String file;

        @Schema(description = "What the paper is; default: the file's name", maxLength = 200)
        public String title;

        @Schema(required = true, implementation = AttachmentKind.class)
        public String kind;

        @Schema(
                description = "true publishes the file (a decision, a report): anyone may download it",
                defaultValue = "false")
        public Boolean published;
    }
}
