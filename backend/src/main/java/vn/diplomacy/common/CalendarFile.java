package vn.diplomacy.common;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** RFC 5545 calendars of all-day events, for every feed (delegations, courses, a user's subscription). */
public final class CalendarFile {
    public static final String MEDIA_TYPE = "text/calendar";

    private CalendarFile() {}

    /** One all-day event, from its first to its last day (both inclusive). */
    public record Event(
            String uid,
            LocalDate first,
            LocalDate last,
            String summary,
            String description,
            String location,
            String category,
            boolean tentative,
            Instant stamp,
            Duration alarmBefore) {}

    public static String render(String name, List<Event> events) {
        Calendar calendar = new Calendar()
                .add(new ProdId("-//Provincial Foreign Affairs//" + name + "//VI"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(new CalScale(CalScale.VALUE_GREGORIAN))
                .add(new XProperty("X-WR-CALNAME", name));
        for (Event e : events) {
            // DTEND of an all-day event is exclusive: the day after the last day.
            VEvent event = new VEvent(e.first(), e.last().plusDays(1), e.summary());
            event.replace(new Uid(e.uid()));
            event.replace(new DtStamp(e.stamp() == null ? Instant.now() : e.stamp()));
            event.add(new Status(e.tentative() ? "TENTATIVE" : "CONFIRMED"));
            if (e.category() != null) {
                event.add(new Categories(e.category()));
            }
            if (e.location() != null) {
                event.add(new Location(e.location()));
            }
            if (e.description() != null && !e.description().isBlank()) {
                event.add(new Description(e.description().strip()));
            }
            if (e.alarmBefore() != null) {
                VAlarm alarm = new VAlarm(e.alarmBefore().negated());
                alarm.add(ImmutableAction.DISPLAY);
                alarm.add(new Description(e.summary()));
                event.add(alarm);
            }
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString();
    }
}
