package vn.diplomacy.stay;

import java.time.LocalDate;
import vn.diplomacy.common.Filter;
import vn.diplomacy.common.ListSearch;
import vn.diplomacy.common.ScopedSearchable;

/** The stay filters, declared once for the list, the exports and the periodic report. */
@ListSearch("(searchText like :q or personId in (select p.id from Person p where p.searchText like :q)"
        + " or hostOrganizationId in (select o.id from Organization o where o.searchText like :q))")
public class StayFilters extends ScopedSearchable {
    @Filter("personId = :personId")
    public Long personId;

    @Filter("kind = :kind")
    public StayKind kind;

    @Filter("status = :status")
    public StayStatus status;

    @Filter("hostOrganizationId = :hostOrganizationId")
    public Long hostOrganizationId;

    @Filter("homeOrganizationId = :homeOrganizationId")
    public Long homeOrganizationId;

    @Filter(
            value = "personId in (select p.id from Person p where p.nationality = :nationality)",
            kind = Filter.Kind.COUNTRY,
            description = "The person's nationality (ISO 3166-1 alpha-2)",
            example = "LA")
    public String nationality;

    @Filter(value = "endDate >= :from", description = "Stays ending on or after this date")
    public LocalDate from;

    @Filter(value = "startDate <= :to", notBefore = "from", description = "Stays starting on or before this date")
    public LocalDate to;

    @Filter(
            value = "startDate <= :schoolYearEnd and endDate >= :schoolYearStart",
            kind = Filter.Kind.SCHOOL_YEAR,
            min = 1950,
            max = 2100,
            description = "Stays overlapping the school year that starts in September of this year (2024: from"
                    + " 01/09/2024 to 31/08/2025)",
            example = "2024")
    public Integer schoolYear;
}
