package vn.diplomacy.aid;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.diplomacy.aid.AidDtos.AidCommitmentInput;
import vn.diplomacy.aid.AidDtos.AidCommitmentView;
import vn.diplomacy.aid.AidLifecycleDtos.AidTransitionRequest;
import vn.diplomacy.aid.AidLifecycleDtos.AidTransitionView;
import vn.diplomacy.common.ApiResponsesDoc;
import vn.diplomacy.common.DeletableRecordResource;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.RecordDocs;
import vn.diplomacy.common.Responses;
import vn.diplomacy.common.Today;
import vn.diplomacy.common.export.ExportFormat;
import vn.diplomacy.common.export.ExportParams;
import vn.diplomacy.common.export.TableExport;
import vn.diplomacy.security.Role;

@Path("/api/v1/aid-commitments")
@Tag(
        name = "Aid commitments",
        description =
                "Foreign-NGO aid (viện trợ PCPNN): what donors committed, to which locality, and what was disbursed")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RecordDocs(
        get = "With disbursedToDate in its own currency and the disbursement rate.",
        createSummary = "Record an aid commitment",
        create = "The donor must be a foreign NGO/donor organization and the"
                + " beneficiary a Vietnamese locality. donorCountryCode defaults to the donor's country.",
        delete = "409 while it has disbursements.")
public class AidCommitmentResource extends DeletableRecordResource<AidCommitmentInput, AidCommitmentView> {
    static final int MAX_EXPORT_ROWS = 100_000;

    private final AidCommitmentService commitments;
    private final AidConversions conversions;
    private final Today today;

    AidCommitmentResource(AidCommitmentService commitments, AidConversions conversions, Today today) {
        super(commitments, AidCommitmentInput.class);
        this.today = today;
        this.commitments = commitments;
        this.conversions = conversions;
    }

    /** Documents the JSON list answer; the method returns a Response because it also answers CSV and XLSX. */
    @Schema(name = "PageResultAidCommitmentView")
    public record Page(
            List<AidCommitmentView> items,
            int page,
            int size,
            long totalItems,
            int totalPages,
            boolean totalExact,
            String next) {}

    @GET
    @Path("/{id}/transitions")
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(
            summary = "The approval lifecycle's history",
            description = "Who moved the aid from which step to which, when, with what note (the first step is the"
                    + " record's creation).")
    public List<AidTransitionView> transitions(@PathParam("id") long id) {
        return commitments.transitions(id);
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(
            summary = "Move the aid through its approval lifecycle",
            description = "DOSSIER_RECEIVED → OPINIONS_REQUESTED → APPRAISAL (`on` = the day the dossier was complete;"
                    + " the appraisal is due 20 days later) → APPROVED (ADMIN; decisionNumber, decisionDate and"
                    + " approvingAuthority required; aid from a foreign NGO needs the answered opinion of the friendship"
                    + " union) or REFUSED (ADMIN; reason) → IMPLEMENTATION → COMPLETED; APPROVED or IMPLEMENTATION →"
                    + " REVOKED (ADMIN; reason). EMERGENCY_RELIEF may be approved straight from the dossier. The step"
                    + " sets the IATI status (IMPLEMENTATION, CLOSED, CANCELLED). Other moves are 409 naming the"
                    + " allowed ones. If-Match required. Attach the decision to the aid (kind DECISION).")
    @APIResponseSchema(value = AidCommitmentView.class, responseCode = "200", responseDescription = "Moved")
    public Response transition(
            @PathParam("id") long id,
            @Parameter(description = ApiResponsesDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull AidTransitionRequest request) {
        AidCommitmentView view = commitments.transition(id, ifMatch, request);
        return Responses.ok(view, view.version());
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(
            summary = "List aid commitments, or export them",
            description =
                    "Sort: commitmentDate (default), title, committedAmount, committedInBase, status, sector, createdAt, updatedAt."
                            + " `q` searches titles, decision numbers, donors and beneficiaries. With `format=csv|xlsx` (or Accept text/csv or"
                            + " the XLSX type) the answer is a download of every matching commitment (at most 100,000; paging is ignored):"
                            + " CSV is UTF-8 with a BOM; XLSX has the filter above a header row, number cells and currency formats."
                            + " Headers are Vietnamese unless Accept-Language asks for English.")
    @APIResponseSchema(value = Page.class, responseDescription = "A page of commitments, or the export")
    public Response list(
            @BeanParam PageParams params,
            @BeanParam AidFilters filters,
            @BeanParam AidCommitmentService.ListOptions options,
            @BeanParam ExportParams export) {
        var format = export.chosen();
        if (format.isEmpty()) {
            return Response.ok(commitments.list(params, filters, options, export), MediaType.APPLICATION_JSON_TYPE)
                    .build();
        }
        var filter = commitments.filter(params, filters, options, export);
        var table = AidExports.list(
                commitments.exported(filter, MAX_EXPORT_ROWS),
                filter.described(),
                conversions.base(),
                export.language());
        return TableExport.response(format.get(), "aid-commitments-" + today.date(), table);
    }
}
