package vn.diplomacy.delegation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.diplomacy.common.CalendarFile;
import vn.diplomacy.common.CalendarFile.Event;
import vn.diplomacy.common.Filtered;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.organization.Organization;
import vn.diplomacy.organization.OrganizationRepository;

/**
 * Delegations as RFC 5545 events: one all-day event per non-cancelled delegation, and for an approved one the day its
 * written report is due, with an alarm a few days before.
 */
@ApplicationScoped
public class DelegationCalendar {
    public static final String MEDIA_TYPE = CalendarFile.MEDIA_TYPE;
    private static final int MAX_EVENTS = 5000;
    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DelegationService service;
    private final DelegationRepository delegations;
    private final OrganizationRepository organizations;
    private final Duration reportAlarm;

    DelegationCalendar(
            DelegationService service,
            DelegationRepository delegations,
            OrganizationRepository organizations,
            DelegationRules rules) {
        this.service = service;
        this.delegations = delegations;
        this.organizations = organizations;
        this.reportAlarm = Duration.ofDays(rules.view().reportDueSoonDays());
    }

    @Transactional
    public String render(PageParams params, DelegationFilters filters) {
        return CalendarFile.render("Delegations", events(params, filters));
    }

    /** The events of the delegations the list's filters select (within the caller's scope). */
    @Transactional
    public List<Event> events(PageParams params, DelegationFilters filters) {
        Filtered filter = service.filter(params, filters);
        String jpql = filter.where().jpql() + " and status <> :cancelled order by startDate, id";
        Map<String, Object> values = new HashMap<>(filter.where().params());
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
        List<Event> events = new ArrayList<>();
        for (Delegation d : rows) {
            Organization counterpart = orgs.get(d.counterpartOrganizationId);
            String description = (counterpart == null ? "" : counterpart.name + " (" + counterpart.countryCode + ")")
                    + (d.headName == null ? "" : "\n" + d.headName)
                    + (d.purpose == null ? "" : "\n" + d.purpose);
            events.add(new Event(
                    "delegation-" + d.id + "@diplomacy",
                    d.startDate,
                    d.endDate,
                    d.title,
                    description,
                    d.location,
                    d.direction.name(),
                    d.status == DelegationStatus.PROPOSED,
                    d.updatedAt,
                    null));
            if (d.status == DelegationStatus.APPROVED && d.reportDueOn != null) {
                events.add(new Event(
                        "delegation-report-" + d.id + "@diplomacy",
                        d.reportDueOn,
                        d.reportDueOn,
                        "Hạn báo cáo kết quả đoàn: " + d.title,
                        "Báo cáo bằng văn bản sau chuyến đi (kết thúc " + DAY.format(d.endDate) + ")",
                        null,
                        "REPORT_DUE",
                        false,
                        d.updatedAt,
                        reportAlarm));
            }
        }
        return events;
    }
}
