package vn.diplomacy.common;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A record's history as {@link RecordResource} serves it for every kind ({@code GET …/{id}/history}); written and
 * read by {@code common.changes}, which implements this.
 */
public interface RecordHistory {
    /**
     * The changes of record {@code id} of {@code kind} and of the records inside it. When it does not {@code exist}
     * (any more), 404 unless it has a history (a deleted record keeps it); {@code parentId}, for a record inside
     * another, must then be its parent.
     */
    PageResult<Entry> history(String kind, long id, Long parentId, boolean exists, PageParams params);

    @Schema(name = "HistoryEntry", description = "A change of the record or of one of the records inside it")
    record Entry(
            @Schema(examples = "1042") long seq,

            @Schema(description = "The record's kind, or its child's (an agreement in a partnership's history)")
            String kind,

            long recordId,

            @Schema(enumeration = {"CREATED", "UPDATED", "DELETED"})
            String action,

            Instant at,

            @Schema(description = "The user's username or the API key's name; `system` for the application itself")
            String actor,

            @Schema(description = "The request that made it (X-Request-Id)")
            String requestId,

            @Schema(description = "Field by field; secret fields say only that they changed")
            List<FieldChange> changes) {}

    @Schema(name = "FieldChange")
    record FieldChange(
            @Schema(examples = "title") String field,

            @Schema(description = "As text; null when the field was empty", examples = "Hợp tác 2020")
            String before,

            @Schema(examples = "Hợp tác 2021") String after) {}
}
