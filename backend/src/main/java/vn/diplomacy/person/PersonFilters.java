package vn.diplomacy.person;

import java.time.LocalDate;
import vn.diplomacy.common.Filter;
import vn.diplomacy.common.ListSearch;
import vn.diplomacy.common.ScopedSearchable;

/** The person filters, declared once (see common.Filter). */
@ListSearch("(searchText like :q)")
public class PersonFilters extends ScopedSearchable {
    @Filter(value = "nationality = :nationality", kind = Filter.Kind.COUNTRY, example = "LA")
    public String nationality;

    @Filter("organizationId = :organizationId")
    public Long organizationId;

    @Filter("homeOrganizationId = :homeOrganizationId")
    public Long homeOrganizationId;

    @Filter(value = "birthDate = :birthDate", description = "Born on this day (to tell namesakes apart)")
    public LocalDate birthDate;

    /** Absent: the persons not merged into another (PersonService adds it). */
    @Filter(
            value = "mergedIntoId is not null",
            otherwise = "mergedIntoId is null",
            description = "true: only the records merged into another person; false or absent: the others")
    public Boolean merged;
}
