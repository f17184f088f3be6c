package vn.diplomacy.delegation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.diplomacy.common.ApiResponsesDoc;
import vn.diplomacy.common.DeletableRecordResource;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.PageResult;
import vn.diplomacy.common.RecordDocs;
import vn.diplomacy.common.Responses;
import vn.diplomacy.delegation.DelegationDtos.DelegationInput;
import vn.diplomacy.delegation.DelegationDtos.DelegationView;
import vn.diplomacy.delegation.DelegationDtos.MemberList;
import vn.diplomacy.delegation.DelegationDtos.MembersView;
import vn.diplomacy.delegation.DelegationDtos.RulesView;
import vn.diplomacy.delegation.DelegationDtos.TransitionRequest;
import vn.diplomacy.delegation.DelegationDtos.TransitionView;
import vn.diplomacy.security.Role;

@Path("/api/v1/delegations")
@Tag(name = "Delegations", description = "Incoming and outgoing visits: members, workflow, calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RecordDocs(
        createSummary = "Propose a delegation",
        create = "Starts PROPOSED.",
        replace = "Only while PROPOSED or APPROVED (409 otherwise).",
        deleteSummary = "Delete a proposed delegation",
        delete = "Later states are cancelled, not deleted (409).")
public class DelegationResource extends DeletableRecordResource<DelegationInput, DelegationView> {
    private final DelegationService delegations;
    private final DelegationCalendar calendar;

    private final DelegationRules rules;
    private final DelegationProgramme programme;

    DelegationResource(
            DelegationService delegations,
            DelegationCalendar calendar,
            DelegationRules rules,
            DelegationProgramme programme) {
        super(delegations, DelegationInput.class);
        this.programme = programme;
        this.delegations = delegations;
        this.calendar = calendar;
        this.rules = rules;
    }

    @GET
    @Path("/rules")
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(
            summary = "The office's delegation settings",
            description = "The approving authorities an APPROVED step accepts, and the days within which the written"
                    + " report after return is due (reportDueOn = endDate + reportDueDays).")
    public RulesView rules() {
        return rules.view();
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(
            summary = "List delegations",
            description = "`q` searches title, purpose, place, head and the counterpart's name."
                    + " `from`/`to` keep the delegations overlapping that window. Sort: startDate, endDate, title, status, direction,"
                    + " createdAt, updatedAt. Each row has the head's name and the member count.")
    public PageResult<DelegationView> list(@BeanParam PageParams params, @BeanParam DelegationFilters filters) {
        return delegations.list(params, filters);
    }

    @GET
    @Path("/calendar.ics")
    @Produces(DelegationCalendar.MEDIA_TYPE)
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(
            summary = "Delegations as an iCalendar feed",
            description =
                    "RFC 5545: one all-day VEVENT per non-cancelled"
                            + " delegation (stable UID `delegation-<id>@diplomacy`), with the list's filters. Subscribe with an API key.")
    @APIResponse(
            responseCode = "200",
            description = "The calendar",
            content = @Content(mediaType = DelegationCalendar.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Response calendar(@BeanParam PageParams params, @BeanParam DelegationFilters filters) {
        return Response.ok(calendar.render(params, filters), DelegationCalendar.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"delegations.ics\"")
                .build();
    }

    @GET
    @Path("/{id}/members")
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(summary = "The member list", description = "In protocol order, not paged.")
    public MembersView members(@PathParam("id") long id) {
        return new MembersView(delegations.members(id));
    }

    @PUT
    @Path("/{id}/members")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(
            summary = "Replace the whole member list",
            description = "Every row is validated and all errors are reported"
                    + " at once (`errors[].field` like `members[3].fullName`). At most one HEAD. If-Match is the delegation's ETag;"
                    + " the answer is the delegation with its new ETag, head name and member count.")
    @APIResponseSchema(value = DelegationView.class, responseCode = "200", responseDescription = "Replaced")
    public Response replaceMembers(
            @PathParam("id") long id,
            @Parameter(description = ApiResponsesDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull MemberList input) {
        DelegationView view = delegations.replaceMembers(id, ifMatch, input.members());
        return Responses.ok(view, view.version());
    }

    @GET
    @Path("/{id}/programme")
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(
            summary = "The programme",
            description = "Day by day, in the order given (the programme sheet prints it).")
    public ProgrammeDtos.ProgrammeView programme(@PathParam("id") long id) {
        return new ProgrammeDtos.ProgrammeView(programme.get(id));
    }

    @PUT
    @Path("/{id}/programme")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(
            summary = "Replace the whole programme",
            description =
                    "Every day within the delegation's dates (400 `items[2].day` otherwise); only while PROPOSED or"
                            + " APPROVED (409). If-Match is the delegation's ETag; the answer is the delegation with its new ETag.")
    @APIResponseSchema(value = DelegationView.class, responseCode = "200", responseDescription = "Replaced")
    public Response replaceProgramme(
            @PathParam("id") long id,
            @Parameter(description = ApiResponsesDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ProgrammeDtos.ProgrammeInput input) {
        DelegationView view = programme.replace(id, ifMatch, input.items());
        return Responses.ok(view, view.version());
    }

    @GET
    @Path("/{id}/transitions")
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(
            summary = "The workflow history",
            description = "Who moved the delegation from which status to which, when, with what note.")
    public List<TransitionView> transitions(@PathParam("id") long id) {
        return delegations.transitions(id);
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(
            summary = "Move the delegation through its workflow",
            description =
                    "PROPOSED → APPROVED (ADMIN; needs a HEAD member; records the optional decision:"
                            + " decisionNumber with decisionDate, approvingAuthority) → COMPLETED (on or after endDate, else 409"
                            + " delegation-not-ended; needs the outcome report as text or an attached REPORT file); PROPOSED or"
                            + " APPROVED → CANCELLED (needs a reason). Other moves are 409 naming the allowed ones. If-Match required.")
    @APIResponseSchema(value = DelegationView.class, responseCode = "200", responseDescription = "Moved")
    public Response transition(
            @PathParam("id") long id,
            @Parameter(description = ApiResponsesDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull TransitionRequest request) {
        DelegationView view = delegations.transition(id, ifMatch, request);
        return Responses.ok(view, view.version());
    }
}
