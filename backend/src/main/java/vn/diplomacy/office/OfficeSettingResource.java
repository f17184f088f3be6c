package vn.diplomacy.office;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.diplomacy.common.ApiResponsesDoc;
import vn.diplomacy.common.Responses;
import vn.diplomacy.office.OfficeSettingDtos.Input;
import vn.diplomacy.office.OfficeSettingDtos.View;
import vn.diplomacy.security.Role;

@Path("/api/v1/office-settings/{organizationId}")
@Tag(name = "Office settings", description = "What an office chooses for itself and the units below it")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OfficeSettingResource {
    private final OfficeSettings settings;

    OfficeSettingResource(OfficeSettings settings) {
        this.settings = settings;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(
            summary = "An office's settings",
            description = "Its own values and those in force: a unit without its own takes the nearest office's above"
                    + " it, else the deployment's (APP_DELEGATION_REPORT_DUE_DAYS).")
    @APIResponseSchema(value = View.class, responseCode = "200", responseDescription = "The settings")
    public Response get(@PathParam("organizationId") long organizationId) {
        View view = settings.get(organizationId);
        return Responses.ok(view, view.version());
    }

    @PUT
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(
            summary = "Set an office's settings",
            description = "ADMIN, within the caller's scope. If-Match with the last read's ETag once the office has its"
                    + " own settings (not for the first save). A new report period applies to the delegations saved"
                    + " afterwards; those saved before keep their due day.")
    @APIResponseSchema(value = View.class, responseCode = "200", responseDescription = "Saved")
    public Response put(
            @PathParam("organizationId") long organizationId,
            @Parameter(description = ApiResponsesDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull Input input) {
        View view = settings.put(organizationId, ifMatch, input);
        return Responses.ok(view, view.version());
    }
}
