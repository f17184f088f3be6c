package vn.diplomacy.common.changes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.changes.ChangeDtos.ChangePage;

@Path("/api/v1/changes")
@Tag(name = "Changes", description = "One ordered feed of every create, change and delete, for synchronising programs")
@Produces(MediaType.APPLICATION_JSON)
public class ChangeFeedResource {
    private final ChangeService changes;

    ChangeFeedResource(ChangeService changes) {
        this.changes = changes;
    }

    @GET
    @RolesAllowed("VIEWER")
    @Operation(
            summary = "Read the change feed",
            description = "Every create, change and delete of every record kind, in the order the transactions"
                    + " committed: a cursor never skips nor repeats an event, even while others write. A deleted"
                    + " record stays as a DELETED event (a tombstone) with its kind and id; a change inside a record"
                    + " (a disbursement) is also an UPDATED event of the record it belongs to (`via`). Start without"
                    + " `after`, then pass each answer's `next` back as `after=`; an empty `items` means you are up to"
                    + " date (ask again later with the same `next`). Read the record itself at its address for its"
                    + " current state. Loop:\n\n"
                    + "```\ncursor = load() or \"\"\nwhile true:\n  page = GET /api/v1/changes?after={cursor}&size=500\n"
                    + "  for e in page.items: apply(e)   # GET /api/v1/{kind}s/{recordId}, or delete on DELETED\n"
                    + "  cursor = page.next; save(cursor)\n  if page.items is empty: sleep(60)\n```\n\n"
                    + "A scoped user or key (scopeOrganizationId) reads the events of its own scope's records and of the"
                    + " shared registry of organizations (events of records deleted before scopes existed carry no home"
                    + " organization: national readers only).")
    public ChangePage feed(
            @Parameter(description = "The `next` of the previous answer; none: from the first event")
                    @QueryParam("after")
                    String after,
            @Parameter(description = "Comma-separated kinds, e.g. `organization,partnership`; none: all kinds")
                    @QueryParam("types")
                    String types,
            @Parameter(description = "Events per page, 1 to " + ChangeService.MAX_FEED_PAGE + " (default 100)")
                    @QueryParam("size")
                    String size,
            @Context UriInfo uri) {
        Set<String> unknown = new TreeSet<>(uri.getQueryParameters().keySet());
        unknown.removeAll(Set.of("after", "types", "size"));
        if (!unknown.isEmpty()) {
            throw ProblemException.invalid(
                    String.join(", ", unknown), "unknown parameter; allowed: after, types, size");
        }
        return changes.feed(after, types, size);
    }
}
