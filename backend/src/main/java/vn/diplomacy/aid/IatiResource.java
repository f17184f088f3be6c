package vn.diplomacy.aid;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.diplomacy.common.FilterSet;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.Today;
import vn.diplomacy.security.Role;

@Path("/api/v1/iati/activities.xml")
@Tag(name = "Aid commitments")
public class IatiResource {
    private final IatiExport export;
    private final Today today;

    IatiResource(IatiExport export, Today today) {
        this.export = export;
        this.today = today;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Produces(MediaType.APPLICATION_XML)
    @Operation(
            summary = "Approved aid as an IATI 2.03 activity file",
            description = "Every approved commitment (approvalStatus APPROVED, IMPLEMENTATION or COMPLETED) that the"
                    + " aid list's filters select (e.g. `year=2024`, `ngoId=`), within the caller's scope, as IATI"
                    + " activities: iati-identifier `{reporting-org ref}-{id}` (APP_IATI_REPORTING_ORG_REF), the donor"
                    + " as funding (role 1), the aid owner (else the beneficiary locality) as accountable (2) and the"
                    + " implementing partner as implementing (4) participating-org, activity-status"
                    + " (1–6), activity-dates (1–4), recipient-country VN and the locality, the DAC-5 sector at 100 %,"
                    + " the commitment (transaction type 2) and each disbursement (3) in its own currency at its own"
                    + " date, a document-link for each published attachment. Valid against the official 2.03 schema.")
    public Response activities(@BeanParam PageParams params, @BeanParam AidFilters filters, @Context UriInfo uri) {
        String root = vn.diplomacy.common.Responses.root(uri);
        var filter = FilterSet.read(params, AidCommitmentService.SORTABLE, filters);
        var activities = export.activities(filter);
        StreamingOutput body = out -> {
            try {
                export.write(activities, root, out);
            } catch (javax.xml.stream.XMLStreamException e) {
                throw new java.io.IOException("The IATI file could not be written", e);
            }
        };
        return Response.ok(body, MediaType.APPLICATION_XML_TYPE)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"iati-activities-" + today.date() + ".xml\"")
                .build();
    }
}
