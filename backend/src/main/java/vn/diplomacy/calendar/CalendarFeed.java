package vn.diplomacy.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.diplomacy.activity.ActivityCalendar;
import vn.diplomacy.activity.ActivityFilters;
import vn.diplomacy.activity.Anniversaries;
import vn.diplomacy.common.CalendarFile;
import vn.diplomacy.common.CalendarFile.Event;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.Today;
import vn.diplomacy.delegation.DelegationCalendar;
import vn.diplomacy.delegation.DelegationFilters;
import vn.diplomacy.training.TrainingCalendar;

/**
 * A user's whole calendar from a year back: delegations (and their report due days), courses, activities (and a
 * conference's due days), and the anniversaries of the coming year with their message reminders.
 */
@ApplicationScoped
public class CalendarFeed {
    private final DelegationCalendar delegations;
    private final TrainingCalendar courses;
    private final ActivityCalendar activities;
    private final Anniversaries anniversaries;
    private final Today today;

    CalendarFeed(
            DelegationCalendar delegations,
            TrainingCalendar courses,
            ActivityCalendar activities,
            Anniversaries anniversaries,
            Today today) {
        this.delegations = delegations;
        this.courses = courses;
        this.activities = activities;
        this.anniversaries = anniversaries;
        this.today = today;
    }

    String render() {
        Map<String, String> window = Map.of("from", today.date().minusYears(1).toString());
        List<Event> events = new ArrayList<>(delegations.events(PageParams.of(window), new DelegationFilters()));
        events.addAll(courses.events(PageParams.of(window)));
        events.addAll(activities.events(PageParams.of(window), new ActivityFilters()));
        events.addAll(anniversaries.events(today.date(), today.date().plusYears(1)));
        return CalendarFile.render("Đối ngoại", events);
    }
}
