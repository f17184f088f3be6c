package vn.diplomacy.registration;

import vn.diplomacy.aid.AidSector;
import vn.diplomacy.common.Filter;
import vn.diplomacy.common.ListSearch;
import vn.diplomacy.common.ScopedSearchable;

/** The registration list's filters, each declared once (see common.Filter). */
@ListSearch("(searchText like :q or ngoId in (select o.id from Organization o where o.searchText like :q))")
public class NgoRegistrationFilters extends ScopedSearchable {
    @Filter("ngoId = :ngoId")
    public Long ngoId;

    @Filter("kind = :kind")
    public RegistrationKind kind;

    /** Its condition depends on today's date: NgoRegistrationService adds it. */
    @Filter
    public RegistrationStatus status;

    @Filter(
            value = "cast(permittedProvinceIds as String) like :permittedProvinceId",
            kind = Filter.Kind.SET_MEMBER,
            description = "Certificates that permit work in this province",
            example = "1")
    public Long permittedProvinceId;

    @Filter(
            value = "cast(permittedFields as String) like :permittedField",
            kind = Filter.Kind.SET_MEMBER,
            description = "Certificates that permit work in this field")
    public AidSector permittedField;

    @Filter(
            value = "ngoId in (select o.id from Organization o where o.countryCode = :ngoCountryCode)",
            kind = Filter.Kind.COUNTRY,
            description = "The NGO's country (ISO 3166-1 alpha-2)",
            example = "GB")
    public String ngoCountryCode;

    /** Counted from today: NgoRegistrationService adds the condition. */
    @Filter(
            max = 3650,
            description = "In force and ending within this many days from today (0 to 3650)",
            example = "60")
    public Integer expiringWithinDays;

    @Filter("homeOrganizationId = :homeOrganizationId")
    public Long homeOrganizationId;
}
