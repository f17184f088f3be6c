package vn.diplomacy.stay;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.diplomacy.common.DeletableRecordResource;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.RecordDocs;
import vn.diplomacy.common.Today;
import vn.diplomacy.common.export.ExportParams;
import vn.diplomacy.common.export.TableExport;
import vn.diplomacy.security.Role;
import vn.diplomacy.stay.StayDtos.StayInput;
import vn.diplomacy.stay.StayDtos.StayView;

@Path("/api/v1/stays")
@Tag(
        name = "Stays",
        description = "Foreigners staying in the province: Lao students, foreign volunteers, experts, interns — the"
                + " person, the school or host agency, the programme and its sponsor, from–to")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RecordDocs(
        createSummary = "Record a stay",
        create = "The person must exist in the registry; a school or host agency is needed (hostOrganizationId or"
                + " hostName). The status follows the dates unless sent (400 for ACTIVE before startDate, COMPLETED"
                + " before endDate, DISCONTINUED without statusReason). 409 `stay-overlap` when the person already has"
                + " a stay of this kind over these dates.")
public class StayResource extends DeletableRecordResource<StayInput, StayView> {
    static final int MAX_EXPORT_ROWS = 100_000;

    private final StayService stays;
    private final Today today;

    StayResource(StayService stays, Today today) {
        super(stays, StayInput.class);
        this.stays = stays;
        this.today = today;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(
            summary = "List stays, or export them",
            description = "`q` searches the person's names, the school or host, the programme, the sponsor and the"
                    + " field, ignoring case and accents. `schoolYear=2024` keeps the stays overlapping 01/09/2024 –"
                    + " 31/08/2025; `from`/`to` any other window. Sort: startDate (default), endDate, kind, status,"
                    + " createdAt, updatedAt. With `format=csv|xlsx` (or the Accept header) the answer is a download of"
                    + " every matching stay (at most 100,000; paging is ignored); identity papers are never in it.")
    @APIResponseSchema(value = Page.class, responseDescription = "A page of stays, or the export")
    public Response list(@BeanParam PageParams params, @BeanParam StayFilters filters, @BeanParam ExportParams export) {
        var format = export.chosen();
        if (format.isEmpty()) {
            return Response.ok(stays.list(params, filters), MediaType.APPLICATION_JSON_TYPE)
                    .build();
        }
        var filter = stays.filter(params, filters, export);
        var table = StayExports.list(stays.exported(filter, MAX_EXPORT_ROWS), filter.described(), export.language());
        return TableExport.response(format.get(), "stays-" + today.date(), table);
    }

    /** Documents the JSON list answer; the method returns a Response because it also answers CSV and XLSX. */
    @Schema(name = "PageResultStayView")
    public record Page(
            List<StayView> items,
            int page,
            int size,
            long totalItems,
            int totalPages,
            boolean totalExact,
            String next) {}
}
