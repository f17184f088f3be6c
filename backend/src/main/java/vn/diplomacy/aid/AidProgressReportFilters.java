package vn.diplomacy.aid;

import java.time.LocalDate;
import vn.diplomacy.common.Filter;
import vn.diplomacy.common.ListSearch;
import vn.diplomacy.common.ScopedSearchable;

/** The filters of the list of aid owners' reports across all aid (see common.Filter). */
@ListSearch("commitmentId in (select c.id from AidCommitment c where c.searchText like :q)")
public class AidProgressReportFilters extends ScopedSearchable {
    @Filter("commitmentId = :commitmentId")
    public Long commitmentId;

    @Filter(
            value =
                    "commitmentId in (select c.id from AidCommitment c where c.aidOwnerOrganizationId = :aidOwnerOrganizationId)",
            description = "Reports of this aid owner")
    public Long aidOwnerOrganizationId;

    @Filter("period = :period")
    public AidReportPeriod period;

    /** Counted from today: AidProgressReportService adds the condition. */
    @Filter(description = "true: not received and past the due date; false: received or not yet due")
    public Boolean overdue;

    @Filter(value = "receivedOn is not null", otherwise = "receivedOn is null", description = "Received or not")
    public Boolean received;

    @Filter(value = "dueOn >= :dueFrom", description = "Due on or after")
    public LocalDate dueFrom;

    @Filter(value = "dueOn <= :dueTo", notBefore = "dueFrom", description = "Due on or before")
    public LocalDate dueTo;
}
