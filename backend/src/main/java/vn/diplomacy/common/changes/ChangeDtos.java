package vn.diplomacy.common.changes;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the history and the change feed answer. */
public final class ChangeDtos {
    private ChangeDtos() {}

    @Schema(name = "ChangeEvent", description = "One create, change or delete, in the order transactions committed")
    public record ChangeEvent(
            @Schema(description = "Pass the last one (the page's `next`) back as `after=`", examples = "1042")
            String cursor,

            @Schema(examples = "organization") String kind,
            @Schema(examples = "42") long recordId,

            @Schema(enumeration = {"CREATED", "UPDATED", "DELETED"})
            String action,

            Instant at,

            @Schema(description = "The user's username or the API key's name; `system` for the application itself")
            String actor,

            @Schema(
                    description = "For an UPDATED parent: the kind of the child whose change changed it"
                            + " (a disbursement changes its commitment's totals)",
                    examples = "disbursement")
            String via) {}

    @Schema(name = "ChangePage")
    public record ChangePage(
            List<ChangeEvent> items,

            @Schema(description = "The cursor to pass as `after=` next time; the same as `after` when nothing is new")
            String next) {}
}
