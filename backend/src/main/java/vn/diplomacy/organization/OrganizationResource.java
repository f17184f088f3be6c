package vn.diplomacy.organization;

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
import vn.diplomacy.organization.OrganizationDtos.OrganizationInput;
import vn.diplomacy.organization.OrganizationDtos.OrganizationView;
import vn.diplomacy.security.Role;

@Path("/api/v1/organizations")
@Tag(
        name = "Organizations",
        description =
                "The shared registry of provinces, foreign localities, NGOs, embassies, agencies and associations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RecordDocs(
        create = "The name is unique per country and type (409 otherwise).",
        delete = "409 while other records still reference it.")
public class OrganizationResource extends DeletableRecordResource<OrganizationInput, OrganizationView> {
    private final OrganizationService organizations;

    OrganizationResource(OrganizationService organizations) {
        super(organizations, OrganizationInput.class);
        this.organizations = organizations;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(
            summary = "List organizations",
            description =
                    "`q` searches name and local name, ignoring case and accents. Sort: name, countryCode, type, createdAt, updatedAt.")
    public PageResult<OrganizationView> list(@BeanParam PageParams params, @BeanParam OrganizationFilters filters) {
        return organizations.list(params, filters);
    }
}
