package vn.diplomacy.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.diplomacy.common.CalendarFile;
import vn.diplomacy.common.CalendarFile.Event;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.Today;
import vn.diplomacy.delegation.DelegationCalendar;
import vn.diplomacy.delegation.DelegationFilters;
import vn.diplomacy.training.TrainingCalendar;

/** A user's whole calendar: delegations (and their report due days) and courses, from a year back. */
@ApplicationScoped
public class CalendarFeed {
    private final DelegationCalendar delegations;
    private final TrainingCalendar courses;
    private final Today today;

    CalendarFeed(DelegationCalendar delegations, TrainingCalendar courses, Today today) {
        this.delegations = delegations;
        this.courses = courses;
        this.today = today;
    }

    String render() {
        Map<String, String> window = Map.of("from", today.date().minusYears(1).toString());
        List<Event> events = new ArrayList<>(delegations.events(PageParams.of(window), new DelegationFilters()));
        events.addAll(courses.events(PageParams.of(window)));
        return CalendarFile.render("Đối ngoại", events);
    }
}
