package vn.diplomacy.aid;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.diplomacy.aid.AidDtos.AidCommitmentInput;
import vn.diplomacy.aid.AidDtos.AidCommitmentView;
import vn.diplomacy.common.ApiResponsesDoc;
import vn.diplomacy.common.IdempotencyService;
import vn.diplomacy.common.MergePatch;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.Today;
import vn.diplomacy.common.Responses;
import vn.diplomacy.common.export.ExportFormat;
import vn.diplomacy.common.export.ExportParams;
import vn.diplomacy.common.export.TableExport;
import vn.diplomacy.security.Role;

@Path("/api/v1/aid-commitments")
@Tag(name = "Aid commitments", description = "Foreign-NGO aid (viện trợ PCPNN): what donors committed, to which locality, and what was disbursed")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AidCommitmentResource {
    static final int MAX_EXPORT_ROWS = 100_000;

    private final AidCommitmentService commitments;
    private final IdempotencyService idempotency;
    private final MergePatch mergePatch;
    private final AidConversions conversions;
    private final Today today;

    AidCommitmentResource(AidCommitmentService commitments, IdempotencyService idempotency, MergePatch mergePatch,
            AidConversions conversions, Today today) {
        this.today = today;
        this.commitments = commitments;
        this.idempotency = idempotency;
        this.mergePatch = mergePatch;
        this.conversions = conversions;
    }

    /** Documents the JSON list answer; the method returns a Response because it also answers CSV and XLSX. */
    @Schema(name = "PageResultAidCommitmentView")
    public record Page(List<AidCommitmentView> items, int page, int size, long totalItems, int totalPages) {
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Produces({ MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE })
    @Operation(summary = "List aid commitments, or export them",
            description = "Sort: commitmentDate (default), title, committedAmount, committedInBase, status, sector, createdAt, updatedAt."
                    + " `q` searches titles, decision numbers, donors and beneficiaries. With `format=csv|xlsx` (or Accept text/csv or"
                    + " the XLSX type) the answer is a download of every matching commitment (at most 100,000; paging is ignored):"
                    + " CSV is UTF-8 with a BOM; XLSX has the filter above a header row, number cells and currency formats."
                    + " Headers are Vietnamese unless Accept-Language asks for English.")
    @APIResponseSchema(value = Page.class, responseDescription = "A page of commitments, or the export")
    public Response list(@BeanParam PageParams params, @BeanParam AidFilters filters,
            @BeanParam AidCommitmentService.ListOptions options, @BeanParam ExportParams export) {
        var format = export.chosen();
        if (format.isEmpty()) {
            return Response.ok(commitments.list(params, filters, options, export), MediaType.APPLICATION_JSON_TYPE).build();
        }
        var filter = commitments.filter(params, filters, options, export);
        var table = AidExports.list(commitments.all(filter, MAX_EXPORT_ROWS), filter.described(), conversions.base(),
                export.language());
        return TableExport.response(format.get(), "aid-commitments-" + today.date(), table);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(summary = "Get an aid commitment", description = "With disbursedToDate in its own currency and the disbursement rate.")
    @APIResponseSchema(value = AidCommitmentView.class, responseCode = "200", responseDescription = "The commitment")
    public Response get(@PathParam("id") long id) {
        AidCommitmentView view = commitments.get(id);
        return Responses.ok(view, view.version());
    }

    @POST
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(summary = "Record an aid commitment", description = "The donor must be a foreign NGO/donor organization and the"
            + " beneficiary a Vietnamese locality. donorCountryCode defaults to the donor's country.")
    @APIResponseSchema(value = AidCommitmentView.class, responseCode = "201", responseDescription = "Created")
    public Response create(@Valid @NotNull AidCommitmentInput input, @Context UriInfo uri,
            @Parameter(description = ApiResponsesDoc.IDEMPOTENCY_KEY) @HeaderParam(IdempotencyService.HEADER) String key) {
        return idempotency.execute(key, input, uri, () -> {
            AidCommitmentView view = commitments.create(input);
            return Responses.created(uri, view.id(), view, view.version());
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(summary = "Replace an aid commitment")
    @APIResponseSchema(value = AidCommitmentView.class, responseCode = "200", responseDescription = "Replaced")
    public Response replace(@PathParam("id") long id,
            @Parameter(description = ApiResponsesDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull AidCommitmentInput input) {
        AidCommitmentView view = commitments.update(id, ifMatch, input);
        return Responses.ok(view, view.version());
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change some fields of an aid commitment (JSON merge patch)")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = AidCommitmentInput.class)))
    @APIResponseSchema(value = AidCommitmentView.class, responseCode = "200", responseDescription = "Changed")
    public Response patch(@PathParam("id") long id,
            @Parameter(description = ApiResponsesDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch, String body) {
        AidCommitmentInput merged = mergePatch.apply(commitments.current(id), body, AidCommitmentInput.class);
        AidCommitmentView view = commitments.update(id, ifMatch, merged);
        return Responses.ok(view, view.version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(summary = "Delete an aid commitment", description = "409 while it has disbursements.")
    public Response delete(@PathParam("id") long id,
            @Parameter(description = ApiResponsesDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        commitments.delete(id, ifMatch);
        return Responses.noContent();
    }
}
