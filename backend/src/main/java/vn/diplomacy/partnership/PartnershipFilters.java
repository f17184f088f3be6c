package vn.diplomacy.partnership;

import java.time.LocalDate;
import vn.diplomacy.common.Filter;
import vn.diplomacy.common.ListSearch;
import vn.diplomacy.common.ScopedSearchable;

/** The partnership list's filters, each declared once (see common.Filter). */
@ListSearch("(searchText like :q or homeOrganizationId in (select o.id from Organization o where o.searchText like :q)"
        + " or partnerOrganizationId in (select o.id from Organization o where o.searchText like :q))")
public class PartnershipFilters extends ScopedSearchable {
    @Filter(
            value =
                    "partnerOrganizationId in (select o.id from Organization o where o.countryCode = :partnerCountryCode)",
            kind = Filter.Kind.COUNTRY,
            description = "The partner organization's country (ISO 3166-1 alpha-2)",
            example = "LA")
    public String partnerCountryCode;

    @Filter("type = :type")
    public PartnershipType type;

    @Filter(
            value = "cast(pillars as String) like :pillar",
            kind = Filter.Kind.SET_MEMBER,
            description = "Partnerships run on this pillar")
    public Pillar pillar;

    @Filter(
            value = "cast(fields as String) like :field",
            kind = Filter.Kind.SET_MEMBER,
            description = "Partnerships covering this field")
    public CooperationField field;

    /** Its condition depends on today's date: PartnershipService adds it. */
    @Filter
    public PartnershipStatus status;

    @Filter(
            value = "suspended = false and startDate <= :activeOn and (endDate is null or endDate >= :activeOn)",
            description = "In force on this date (started, not ended, not suspended)")
    public LocalDate activeOn;

    @Filter("homeOrganizationId = :homeOrganizationId")
    public Long homeOrganizationId;

    @Filter("partnerOrganizationId = :partnerOrganizationId")
    public Long partnerOrganizationId;
}
