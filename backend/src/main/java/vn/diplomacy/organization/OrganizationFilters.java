package vn.diplomacy.organization;

import vn.diplomacy.common.Filter;
import vn.diplomacy.common.Searchable;

/** The organization list's filters, each declared once (see common.Filter). */
public class OrganizationFilters extends Searchable {
    @Filter("type = :type")
    public OrganizationType type;

    @Filter(
            value = "countryCode = :countryCode",
            kind = Filter.Kind.COUNTRY,
            description = "ISO 3166-1 alpha-2",
            example = "LA")
    public String countryCode;

    @Filter(value = "parentId = :parentId", description = "Only the children of this organization")
    public Long parentId;

    @Filter(
            value = "parentId is null",
            otherwise = "parentId is not null",
            description = "true: only organizations at the top of their tree (a province, a foreign state, an NGO);"
                    + " false: only those below one",
            example = "true")
    public Boolean topLevel;

    @Filter(
            value = "(validFrom is null or validFrom <= :validOn) and (validTo is null or validTo >= :validOn)",
            description = "Only units that existed on this day (with no validity, always)",
            example = "2026-01-01")
    public java.time.LocalDate validOn;
}
