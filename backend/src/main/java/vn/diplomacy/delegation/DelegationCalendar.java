package vn.diplomacy.delegation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Version;
import vn.diplomacy.common.Filtered;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.organization.Organization;
import vn.diplomacy.organization.OrganizationRepository;

/** Delegations as an RFC 5545 calendar for staff calendars: one all-day event per non-cancelled delegation. */
@ApplicationScoped
public class DelegationCalendar {
    public static final String MEDIA_TYPE = "text/calendar";
    private static final int MAX_EVENTS = 5000;

    private final DelegationService service;
    private final DelegationRepository delegations;
    private final OrganizationRepository organizations;

    DelegationCalendar(
            DelegationService service, DelegationRepository delegations, OrganizationRepository organizations) {
        this.service = service;
        this.delegations = delegations;
        this.organizations = organizations;
    }

    @Transactional
    public String render(PageParams params, DelegationFilters filters) {
        Filtered filter = service.filter(params, filters);
        String jpql = filter.where().jpql() + " and status <> :cancelled order by startDate, id";
        Map<String, Object> values = new java.util.HashMap<>(filter.where().params());
        values.put("cancelled", DelegationStatus.CANCELLED);
        List<Delegation> rows =
                delegations.find(jpql, values).range(0, MAX_EVENTS - 1).list();
        Map<Long, Organization> orgs =
                organizations
                        .findByIds(rows.stream()
                                .map(d -> d.counterpartOrganizationId)
                                .collect(Collectors.toSet()))
                        .stream()
                        .collect(Collectors.toMap(o -> o.id, Function.identity()));

        Calendar calendar = new Calendar()
                .add(new ProdId("-//Provincial Foreign Affairs//Delegations//VI"))
                .add(new Version())
                .add(new CalScale(CalScale.VALUE_GREGORIAN));
        for (Delegation d : rows) {
            // DTEND of an all-day event is exclusive: the day after the last day.
            VEvent event = new VEvent(d.startDate, d.endDate.plusDays(1), d.title);
            event.replace(new Uid("delegation-" + d.id + "@diplomacy"));
            event.replace(new DtStamp(d.updatedAt == null ? Instant.now() : d.updatedAt));
            event.add(new Status(d.status == DelegationStatus.PROPOSED ? "TENTATIVE" : "CONFIRMED"));
            event.add(new Categories(d.direction.name()));
            if (d.location != null) {
                event.add(new Location(d.location));
            }
            Organization counterpart = orgs.get(d.counterpartOrganizationId);
            String description = (counterpart == null ? "" : counterpart.name + " (" + counterpart.countryCode + ")")
                    + (d.headName == null ? "" : "\n" + d.headName)
                    + (d.purpose == null ? "" : "\n" + d.purpose);
            event.add(new Description(description.strip()));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
