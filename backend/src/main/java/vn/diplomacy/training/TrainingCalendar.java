package vn.diplomacy.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import vn.diplomacy.common.CalendarFile.Event;
import vn.diplomacy.common.FilterSet;
import vn.diplomacy.common.Filtered;
import vn.diplomacy.common.PageParams;

/** Courses as RFC 5545 events: one all-day event per course that is not cancelled, with an alarm the day before. */
@ApplicationScoped
public class TrainingCalendar {
    private static final int MAX_EVENTS = 5000;
    private static final Duration ALARM = Duration.ofDays(1);

    private final TrainingCourseRepository courses;

    TrainingCalendar(TrainingCourseRepository courses) {
        this.courses = courses;
    }

    /** The courses the list's filters select (within the caller's scope). */
    @Transactional
    public List<Event> events(PageParams params) {
        Filtered f = FilterSet.read(params, TrainingCourseService.SORTABLE, new TrainingCourseFilters());
        return courses
                .find(
                        f.where().jpql() + " and status <> :cancelled order by startDate, id",
                        with(f.where().params(), "cancelled", CourseStatus.CANCELLED))
                .range(0, MAX_EVENTS - 1)
                .list()
                .stream()
                .map(c -> new Event(
                        "training-course-" + c.id + "@diplomacy",
                        c.startDate,
                        c.endDate,
                        c.title,
                        c.description,
                        c.location,
                        "TRAINING",
                        c.status == CourseStatus.PLANNED,
                        c.updatedAt,
                        c.status == CourseStatus.COMPLETED ? null : ALARM))
                .toList();
    }

    private static java.util.Map<String, Object> with(java.util.Map<String, Object> params, String name, Object value) {
        java.util.Map<String, Object> all = new java.util.HashMap<>(params);
        all.put(name, value);
        return all;
    }
}
