package vn.diplomacy.common.changes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.diplomacy.common.Filter;
import vn.diplomacy.common.FilterSet;
import vn.diplomacy.common.Filtered;
import vn.diplomacy.common.ListSearch;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.PageResult;
import vn.diplomacy.common.RecordHistory;
import vn.diplomacy.common.Scope;
import vn.diplomacy.common.Unsearchable;

@Path("/api/v1/audit")
@Tag(name = "Changes")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class AuditResource {
    private final RecordChangeRepository changes;

    AuditResource(RecordChangeRepository changes) {
        this.changes = changes;
    }

    /** The audit's filters, each declared once (see common.Filter). */
    @ListSearch(updatedAt = "changedAt")
    public static class AuditFilters extends Unsearchable {
        @Filter(value = "actor = :actor", description = "A username, `api-key:<name>`, or `system`")
        public String actor;

        @Filter(value = "kind = :kind", description = "A record kind (`user`, `agreement`…), `login`", example = "user")
        public String kind;

        @Filter("action = :action")
        public ChangeAction action;

        @Filter("recordId = :recordId")
        public Long recordId;

        @Filter(value = "changedAt < :before", description = "Only what happened before this UTC instant")
        public Instant before;
    }

    @GET
    @RolesAllowed("ADMIN")
    @Operation(
            summary = "Search the audit",
            description =
                    "Every recorded change of every record kind (role changes are `user` UPDATED with the"
                            + " `role` field), every login that succeeded or failed (`kind=login`) and every API key's use"
                            + " (`kind=api-key&action=USED`, once a minute at most). `updatedSince`/`before` bound the time."
                            + " Sort: at (`sort=-at` for newest first). National ADMINs only (403 `national-only` for a scoped one).")
    @Transactional
    public PageResult<RecordHistory.Entry> search(@BeanParam PageParams params, @BeanParam AuditFilters filters) {
        Scope.nationalOnly("The audit log");
        Filtered f = FilterSet.read(params, ChangeService.SORTABLE, filters);
        return PageResult.of(changes, f.where(), f.list(), ChangeService::entry);
    }
}
