package vn.diplomacy.registration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.diplomacy.common.DeletableRecordResource;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.PageResult;
import vn.diplomacy.common.RecordDocs;
import vn.diplomacy.registration.NgoRegistrationDtos.NgoRegistrationInput;
import vn.diplomacy.registration.NgoRegistrationDtos.NgoRegistrationView;
import vn.diplomacy.security.Role;

@Path("/api/v1/ngo-registrations")
@Tag(
        name = "NGO registrations",
        description = "Foreign NGOs' registration certificates (Decree 58/2022): operation, project office,"
                + " representative office; permitted provinces and fields, validity, renewals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RecordDocs(
        createSummary = "Record a registration certificate",
        create = "validUntil is at most 3 years after issuedOn (400); the number is unique per kind (409); a renewal"
                + " (`renewsId`) names an earlier certificate of the same NGO that nothing else renews (409).",
        delete = "409 while a later certificate renews it.")
public class NgoRegistrationResource extends DeletableRecordResource<NgoRegistrationInput, NgoRegistrationView> {
    private final NgoRegistrationService registrations;

    NgoRegistrationResource(NgoRegistrationService registrations) {
        super(registrations, NgoRegistrationInput.class);
        this.registrations = registrations;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(
            summary = "List NGO registration certificates",
            description = "`q` searches the number, the issuer, the representative and the NGO's names, ignoring case"
                    + " and accents. `expiringWithinDays=60` lists the certificates in force that end within 60 days,"
                    + " to remind the NGO in time. Sort: validUntil (default), issuedOn, number, kind, createdAt,"
                    + " updatedAt.")
    public PageResult<NgoRegistrationView> list(
            @BeanParam PageParams params, @BeanParam NgoRegistrationFilters filters) {
        return registrations.list(params, filters);
    }
}
