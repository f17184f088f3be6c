package vn.diplomacy.training;

import java.time.LocalDate;
import vn.diplomacy.common.Filter;
import vn.diplomacy.common.ListSearch;
import vn.diplomacy.common.ScopedSearchable;

/** The course filters, each declared once (see common.Filter). */
@ListSearch(
        "(searchText like :q or organizerOrganizationId in (select o.id from Organization o where o.searchText like :q))")
public class TrainingCourseFilters extends ScopedSearchable {
    @Filter("topic = :topic")
    public TrainingTopic topic;

    @Filter("status = :status")
    public CourseStatus status;

    @Filter("organizerOrganizationId = :organizerOrganizationId")
    public Long organizerOrganizationId;

    @Filter("partnershipId = :partnershipId")
    public Long partnershipId;

    @Filter(value = "endDate >= :from", description = "Courses ending on or after this date")
    public LocalDate from;

    @Filter(value = "startDate <= :to", notBefore = "from", description = "Courses starting on or before this date")
    public LocalDate to;

    /** Counts seats with a parameter: TrainingCourseService adds the condition. */
    @Filter(description = "true: courses with a free seat; false: full courses")
    public Boolean hasSeats;
}
