package vn.diplomacy.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.diplomacy.common.CalendarFile;
import vn.diplomacy.common.CalendarFile.Event;
import vn.diplomacy.common.Filtered;
import vn.diplomacy.common.PageParams;

/** Activities as RFC 5545 events, and for a conference the days its application and result report are due. */
@ApplicationScoped
public class ActivityCalendar {
    private static final int MAX_EVENTS = 5000;

    private final ActivityService service;
    private final ActivityRepository activities;

    ActivityCalendar(ActivityService service, ActivityRepository activities) {
        this.service = service;
        this.activities = activities;
    }

    @Transactional
    public String render(PageParams params, ActivityFilters filters) {
        return CalendarFile.render("Activities", events(params, filters));
    }

    @Transactional
    public List<Event> events(PageParams params, ActivityFilters filters) {
        Filtered filter = service.filter(params, filters);
        Map<String, Object> values = new HashMap<>(filter.where().params());
        values.put("cancelled", ActivityStatus.CANCELLED);
        List<Activity> rows = activities
                .find(filter.where().jpql() + " and status <> :cancelled order by startDate, id", values)
                .range(0, MAX_EVENTS - 1)
                .list();
        List<Event> events = new ArrayList<>();
        for (Activity a : rows) {
            events.add(new Event(
                    "activity-" + a.id + "@diplomacy",
                    a.startDate,
                    a.endDate,
                    a.title,
                    a.description,
                    a.place,
                    a.kind.name(),
                    a.status == ActivityStatus.PLANNED,
                    a.updatedAt,
                    null));
            if (a.applicationDueOn != null && a.applicationSentOn == null && a.status == ActivityStatus.PLANNED) {
                events.add(deadline(a, "application", a.applicationDueOn, "Hạn gửi hồ sơ xin phép hội nghị: "));
            }
            if (a.reportDueOn != null && a.reportSentOn == null) {
                events.add(deadline(a, "report", a.reportDueOn, "Hạn báo cáo kết quả hội nghị: "));
            }
        }
        return events;
    }

    private static Event deadline(Activity a, String what, java.time.LocalDate day, String prefix) {
        return new Event(
                "activity-" + what + "-" + a.id + "@diplomacy",
                day,
                day,
                prefix + a.title,
                null,
                null,
                "DEADLINE",
                false,
                a.updatedAt,
                java.time.Duration.ofDays(3));
    }
}
