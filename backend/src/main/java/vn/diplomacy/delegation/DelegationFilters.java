package vn.diplomacy.delegation;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.diplomacy.common.Filter;
import vn.diplomacy.common.ListSearch;
import vn.diplomacy.common.Searchable;

/** The delegation filters, declared once for the list, the calendar and the report (see common.Filter). */
@ListSearch(
        "(searchText like :q or counterpartOrganizationId in (select o.id from Organization o where o.searchText like :q))")
public class DelegationFilters extends Searchable {
    @QueryParam("direction")
    @Parameter(schema = @Schema(implementation = Direction.class))
    @Filter("direction = :direction")
    public String direction;

    @QueryParam("status")
    @Parameter(schema = @Schema(implementation = DelegationStatus.class))
    @Filter("status = :status")
    public String status;

    @QueryParam("counterpartCountryCode")
    @Parameter(description = "The counterpart organization's country", example = "LA")
    @Filter(
            value =
                    "counterpartOrganizationId in (select o.id from Organization o where o.countryCode = :counterpartCountryCode)",
            kind = Filter.Kind.COUNTRY)
    public String counterpartCountryCode;

    @QueryParam("partnershipId")
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    @Filter("partnershipId = :partnershipId")
    public String partnershipId;

    @QueryParam("from")
    @Parameter(
            description = "Delegations ending on or after this date",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @Filter("endDate >= :from")
    public String from;

    @QueryParam("to")
    @Parameter(
            description = "Delegations starting on or before this date",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @Filter(value = "startDate <= :to", notBefore = "from")
    public String to;

    @QueryParam("level")
    @Parameter(schema = @Schema(implementation = DelegationLevel.class))
    @Filter("level = :level")
    public String level;

    @QueryParam("homeOrganizationId")
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    @Filter("homeOrganizationId = :homeOrganizationId")
    public String homeOrganizationId;

    @QueryParam("counterpartOrganizationId")
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    @Filter("counterpartOrganizationId = :counterpartOrganizationId")
    public String counterpartOrganizationId;
}
