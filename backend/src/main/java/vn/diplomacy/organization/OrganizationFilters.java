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
}
