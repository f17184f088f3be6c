package vn.diplomacy.person;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.diplomacy.common.ApiResponsesDoc;
import vn.diplomacy.common.DeletableRecordResource;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.RecordDocs;
import vn.diplomacy.common.Responses;
import vn.diplomacy.common.Today;
import vn.diplomacy.common.export.ExportParams;
import vn.diplomacy.common.export.TableExport;
import vn.diplomacy.person.PersonDtos.IdentityInput;
import vn.diplomacy.person.PersonDtos.IdentityView;
import vn.diplomacy.person.PersonDtos.MergeInput;
import vn.diplomacy.person.PersonDtos.PersonInput;
import vn.diplomacy.person.PersonDtos.PersonView;
import vn.diplomacy.person.PersonDtos.RecordEntries;
import vn.diplomacy.security.Role;

@Path("/api/v1/persons")
@Tag(
        name = "Persons",
        description = "The registry of persons that delegation members and trainees point to; identity papers apart,"
                + " for the roles the office allows")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RecordDocs(
        createSummary = "Add a person",
        create = "homeOrganizationId is the office that keeps the record (within the caller's scope). Check"
                + " /persons/similar first: namesakes are not refused.",
        delete =
                "409 person-in-use while a delegation member, a trainee, an activity, a stay or a merged record points to"
                        + " the person.")
public class PersonResource extends DeletableRecordResource<PersonInput, PersonView> {
    static final int MAX_EXPORT_ROWS = 100_000;

    private final PersonService persons;
    private final PersonIdentityService identities;
    private final PersonRecords records;
    private final PersonMerge merge;
    private final Today today;

    PersonResource(
            PersonService persons,
            PersonIdentityService identities,
            PersonRecords records,
            PersonMerge merge,
            Today today) {
        super(persons, PersonInput.class);
        this.today = today;
        this.persons = persons;
        this.identities = identities;
        this.records = records;
        this.merge = merge;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(
            summary = "List persons, or export them",
            description = "`q` searches the name, the passport name, the agency, the position and the e-mail,"
                    + " ignoring case and accents (`phan anh son`). Sort: nameKey (the name without accents;"
                    + " default), birthDate, nationality, createdAt, updatedAt. With `format=csv|xlsx` (or the Accept"
                    + " header) the answer is a download of every matching person (at most 100,000). Never carries"
                    + " identity papers, in the list or the export.")
    @APIResponseSchema(value = Page.class, responseDescription = "A page of persons, or the export")
    public Response list(
            @BeanParam PageParams params, @BeanParam PersonFilters filters, @BeanParam ExportParams export) {
        var format = export.chosen();
        if (format.isEmpty()) {
            return Response.ok(persons.list(params, filters), MediaType.APPLICATION_JSON_TYPE)
                    .build();
        }
        var filter = persons.filter(params, filters, export);
        var table =
                PersonExports.list(persons.exported(filter, MAX_EXPORT_ROWS), filter.described(), export.language());
        return TableExport.response(format.get(), "persons-" + today.date(), table);
    }

    /** Documents the JSON list answer; the method returns a Response because it also answers CSV and XLSX. */
    @Schema(name = "PageResultPersonView")
    public record Page(
            List<PersonView> items,
            int page,
            int size,
            long totalItems,
            int totalPages,
            boolean totalExact,
            String next) {}

    @POST
    @Path("/{id}/merge")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(
            summary = "Merge a duplicate into this person",
            description = "Two records found to be one person: every delegation membership, trainee place, activity"
                    + " and stay of `duplicateId` moves to this person (each record's history shows it), this person's"
                    + " blank fields are filled from the duplicate, and the identity papers move when this person has"
                    + " none. The duplicate stays, read-only, with `mergedIntoId` (its history kept; out of the lists"
                    + " unless `merged=true`). If-Match: this person's version. 409 `person-merged` when either was"
                    + " merged already; both must lie within the caller's scope.")
    @APIResponseSchema(value = PersonView.class, responseCode = "200", responseDescription = "The person kept")
    public Response merge(
            @PathParam("id") long id,
            @Parameter(description = ApiResponsesDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull MergeInput input) {
        PersonView view = merge.merge(id, ifMatch, input.duplicateId());
        return Responses.ok(view, view.version());
    }

    @GET
    @Path("/similar")
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(
            summary = "Namesakes of a person about to be added",
            description = "Persons of the same name ignoring accents and case (at most 10), those of the same agency"
                    + " and birth date first: offer them before adding another.")
    public List<PersonView> similar(
            @QueryParam("fullName") String fullName,
            @QueryParam("organizationId") Long organizationId,
            @QueryParam("birthDate") LocalDate birthDate) {
        return persons.similar(fullName, organizationId, birthDate);
    }

    @GET
    @Path("/{id}/record")
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(
            summary = "What the person took part in",
            description = "Every delegation (with the role) and course (with the trainee's status), newest first.")
    public RecordEntries record(@PathParam("id") long id) {
        return records.of(id);
    }

    @GET
    @Path("/{id}/identity")
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(
            summary = "The person's identity papers",
            description = "Passport, ID and visa, for the role the office allows (APP_PERSONS_IDENTITY_ROLE, EDITOR"
                    + " by default; 403 person-identity-forbidden otherwise). Every read is in the audit log.")
    public IdentityView identity(@PathParam("id") long id) {
        return identities.get(id);
    }

    @PUT
    @Path("/{id}/identity")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(
            summary = "Replace the person's identity papers",
            description = "The whole part at once; same roles as reading it. The audit notes the change, not the"
                    + " numbers.")
    public IdentityView replaceIdentity(@PathParam("id") long id, @Valid @NotNull IdentityInput input) {
        return identities.replace(id, input);
    }
}
