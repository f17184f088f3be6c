package vn.diplomacy.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;

/** "Today" in the offices' time zone, for statuses derived from dates (a partnership starts at local midnight). */
@ApplicationScoped
public class Today {
    private final ZoneId zone;

    Today(AppConfig config) {
        this.zone = config.timeZone();
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate date() {
        return LocalDate.now(zone);
    }
}
