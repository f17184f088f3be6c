package vn.diplomacy.activity;

import java.time.LocalDate;
import vn.diplomacy.common.Filter;
import vn.diplomacy.common.ListSearch;
import vn.diplomacy.common.ScopedSearchable;
import vn.diplomacy.partnership.CooperationField;
import vn.diplomacy.partnership.Pillar;

/** The activity filters, declared once for the list, the calendar, the exports and the periodic report. */
@ListSearch("(searchText like :q)")
public class ActivityFilters extends ScopedSearchable {
    @Filter("kind = :kind")
    public ActivityKind kind;

    @Filter("status = :status")
    public ActivityStatus status;

    @Filter(value = "endDate >= :from", description = "Activities ending on or after this date")
    public LocalDate from;

    @Filter(value = "startDate <= :to", notBefore = "from", description = "Activities starting on or before this date")
    public LocalDate to;

    @Filter("homeOrganizationId = :homeOrganizationId")
    public Long homeOrganizationId;

    @Filter(
            value = "cast(partnerOrganizationIds as String) like :partnerOrganizationId",
            kind = Filter.Kind.SET_MEMBER,
            description = "Activities with this foreign partner",
            example = "12")
    public Long partnerOrganizationId;

    @Filter("partnershipId = :partnershipId")
    public Long partnershipId;

    @Filter(
            value = "cast(personIds as String) like :personId",
            kind = Filter.Kind.SET_MEMBER,
            description = "Activities this person of the registry took part in",
            example = "3")
    public Long personId;

    @Filter(value = "cast(pillars as String) like :pillar", kind = Filter.Kind.SET_MEMBER)
    public Pillar pillar;

    @Filter(value = "cast(fields as String) like :field", kind = Filter.Kind.SET_MEMBER)
    public CooperationField field;

    @Filter("occasion = :occasion")
    public MessageOccasion occasion;

    @Filter(value = "countryCode = :countryCode", kind = Filter.Kind.COUNTRY, example = "LA")
    public String countryCode;

    /** Counted from today: ActivityRules adds the condition. */
    @Filter(
            description = "true: conferences whose application, permission or result report is late (the alerts);"
                    + " false: every other activity")
    public Boolean overdue;
}
