package vn.diplomacy.partnership;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.diplomacy.common.Filter;
import vn.diplomacy.common.ListSearch;
import vn.diplomacy.common.Searchable;

/** The partnership list's filters, each declared once (see common.Filter). */
@ListSearch("(searchText like :q or homeOrganizationId in (select o.id from Organization o where o.searchText like :q)"
        + " or partnerOrganizationId in (select o.id from Organization o where o.searchText like :q))")
public class PartnershipFilters extends Searchable {
    @QueryParam("partnerCountryCode")
    @Parameter(description = "The partner organization's country (ISO 3166-1 alpha-2)", example = "LA")
    @Filter(
            value =
                    "partnerOrganizationId in (select o.id from Organization o where o.countryCode = :partnerCountryCode)",
            kind = Filter.Kind.COUNTRY)
    public String partnerCountryCode;

    @QueryParam("type")
    @Parameter(schema = @Schema(implementation = PartnershipType.class))
    @Filter("type = :type")
    public String type;

    @QueryParam("pillar")
    @Parameter(description = "Partnerships run on this pillar", schema = @Schema(implementation = Pillar.class))
    @Filter(value = "cast(pillars as String) like :pillar", kind = Filter.Kind.SET_MEMBER)
    public String pillar;

    @QueryParam("field")
    @Parameter(
            description = "Partnerships covering this field",
            schema = @Schema(implementation = CooperationField.class))
    @Filter(value = "cast(fields as String) like :field", kind = Filter.Kind.SET_MEMBER)
    public String field;

    /** Its condition depends on today's date: PartnershipService adds it. */
    @QueryParam("status")
    @Parameter(schema = @Schema(implementation = PartnershipStatus.class))
    @Filter
    public String status;

    @QueryParam("activeOn")
    @Parameter(
            description = "In force on this date (started, not ended, not suspended)",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @Filter("suspended = false and startDate <= :activeOn and (endDate is null or endDate >= :activeOn)")
    public String activeOn;

    @QueryParam("homeOrganizationId")
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    @Filter("homeOrganizationId = :homeOrganizationId")
    public String homeOrganizationId;

    @QueryParam("partnerOrganizationId")
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    @Filter("partnerOrganizationId = :partnerOrganizationId")
    public String partnerOrganizationId;
}
