package vn.diplomacy.delegation;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The delegation filters, declared once for the list, the calendar and the report (parsed by DelegationService). */
public class DelegationFilters {
    @QueryParam("direction")
    @Parameter(schema = @Schema(implementation = Direction.class))
    public String direction;

    @QueryParam("status")
    @Parameter(schema = @Schema(implementation = DelegationStatus.class))
    public String status;

    @QueryParam("counterpartCountryCode")
    @Parameter(description = "The counterpart organization's country", example = "LA")
    public String counterpartCountryCode;

    @QueryParam("partnershipId")
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    public String partnershipId;

    @QueryParam("from")
    @Parameter(description = "Delegations ending on or after this date", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String from;

    @QueryParam("to")
    @Parameter(description = "Delegations starting on or before this date", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String to;

    @QueryParam("level")
    @Parameter(schema = @Schema(implementation = DelegationLevel.class))
    public String level;

    @QueryParam("homeOrganizationId")
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    public String homeOrganizationId;

    @QueryParam("counterpartOrganizationId")
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    public String counterpartOrganizationId;
}
