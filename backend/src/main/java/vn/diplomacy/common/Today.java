package vn.diplomacy.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** "Today" in the offices' time zone, for statuses derived from dates (a partnership starts at local midnight). */
@ApplicationScoped
public class Today {
    private final ZoneId zone;

    Today(@ConfigProperty(name = "app.time-zone") ZoneId zone) {
        this.zone = zone;
    }

    public LocalDate date() {
        return LocalDate.now(zone);
    }
}
