package vn.diplomacy.delegation;

import java.time.LocalDate;
import vn.diplomacy.common.Filter;
import vn.diplomacy.common.ListSearch;
import vn.diplomacy.common.ScopedSearchable;

/** The delegation filters, declared once for the list, the calendar and the report (see common.Filter). */
@ListSearch(
        "(searchText like :q or counterpartOrganizationId in (select o.id from Organization o where o.searchText like :q))")
public class DelegationFilters extends ScopedSearchable {
    @Filter("direction = :direction")
    public Direction direction;

    @Filter("status = :status")
    public DelegationStatus status;

    @Filter(
            value =
                    "counterpartOrganizationId in (select o.id from Organization o where o.countryCode = :counterpartCountryCode)",
            kind = Filter.Kind.COUNTRY,
            description = "The counterpart organization's country",
            example = "LA")
    public String counterpartCountryCode;

    @Filter("partnershipId = :partnershipId")
    public Long partnershipId;

    @Filter(value = "endDate >= :from", description = "Delegations ending on or after this date")
    public LocalDate from;

    @Filter(value = "startDate <= :to", notBefore = "from", description = "Delegations starting on or before this date")
    public LocalDate to;

    @Filter("level = :level")
    public DelegationLevel level;

    @Filter("homeOrganizationId = :homeOrganizationId")
    public Long homeOrganizationId;

    @Filter("counterpartOrganizationId = :counterpartOrganizationId")
    public Long counterpartOrganizationId;

    /** Counted from today: DelegationRules adds the condition. */
    @Filter(
            description = "true: approved, and the written report's due day (reportDueOn) has passed;"
                    + " false: every other delegation")
    public Boolean reportOverdue;

    @Filter("fundingSource = :fundingSource")
    public FundingSource fundingSource;

    @Filter(
            value = "inYearlyPlan = true",
            otherwise = "(inYearlyPlan = false or inYearlyPlan is null)",
            description = "In the yearly external-affairs plan, or not (or not said)")
    public Boolean inYearlyPlan;
}
