package vn.diplomacy.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.diplomacy.activity.ActivityAlert;
import vn.diplomacy.activity.ActivityFilters;
import vn.diplomacy.activity.ActivityService;
import vn.diplomacy.aid.AidProgressReportFilters;
import vn.diplomacy.aid.AidProgressReportService;
import vn.diplomacy.common.CurrentActor;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.Today;
import vn.diplomacy.delegation.DelegationAlert;
import vn.diplomacy.delegation.DelegationFilters;
import vn.diplomacy.delegation.DelegationService;
import vn.diplomacy.notification.NotificationDtos.Notification;
import vn.diplomacy.notification.NotificationDtos.NotificationList;
import vn.diplomacy.partnership.AgreementFilters;
import vn.diplomacy.partnership.AgreementService;
import vn.diplomacy.registration.NgoRegistrationFilters;
import vn.diplomacy.registration.NgoRegistrationService;
import vn.diplomacy.training.CourseStatus;
import vn.diplomacy.training.TrainingCourseFilters;
import vn.diplomacy.training.TrainingCourseService;

/**
 * The caller's reminders, computed from the records it can read (each list's own filters, so the reminders say what
 * those lists say), with what the caller has marked read. Nothing is stored but the read marks: no job to run, the
 * same answer from every replica.
 */
@ApplicationScoped
public class NotificationService {
    static final int EXPIRING_DAYS = 60;
    static final int COURSE_DAYS = 7;
    private static final String PER_KIND = "100";

    private final EntityManager em;
    private final DelegationService delegations;
    private final ActivityService activities;
    private final AgreementService agreements;
    private final NgoRegistrationService registrations;
    private final TrainingCourseService courses;
    private final AidProgressReportService progressReports;
    private final Today today;

    NotificationService(
            EntityManager em,
            DelegationService delegations,
            ActivityService activities,
            AgreementService agreements,
            NgoRegistrationService registrations,
            TrainingCourseService courses,
            AidProgressReportService progressReports,
            Today today) {
        this.em = em;
        this.delegations = delegations;
        this.activities = activities;
        this.agreements = agreements;
        this.registrations = registrations;
        this.courses = courses;
        this.progressReports = progressReports;
        this.today = today;
    }

    @Transactional
    public NotificationList list() {
        LocalDate now = today.date();
        List<Draft> drafts = new ArrayList<>();
        delegations
                .list(params(Map.of("reportOverdue", "true")), new DelegationFilters())
                .items()
                .forEach(d -> drafts.add(new Draft(
                        NotificationType.DELEGATION_REPORT_OVERDUE,
                        "delegation",
                        d.id(),
                        null,
                        d.title(),
                        d.reportDueOn())));
        delegations
                .list(
                        params(Map.of("status", "APPROVED", "to", now.toString(), "reportOverdue", "false")),
                        new DelegationFilters())
                .items()
                .stream()
                .filter(d -> d.alerts().contains(DelegationAlert.REPORT_DUE_SOON))
                .forEach(d -> drafts.add(new Draft(
                        NotificationType.DELEGATION_REPORT_DUE,
                        "delegation",
                        d.id(),
                        null,
                        d.title(),
                        d.reportDueOn())));
        activities
                .list(params(Map.of("kind", "CONFERENCE", "overdue", "true")), new ActivityFilters())
                .items()
                .forEach(a -> drafts.add(new Draft(
                        NotificationType.CONFERENCE_OVERDUE,
                        "activity",
                        a.id(),
                        null,
                        a.title(),
                        a.alerts().contains(ActivityAlert.REPORT_OVERDUE) ? a.reportDueOn() : a.applicationDueOn())));
        agreements
                .search(
                        params(Map.of("expiringWithinDays", String.valueOf(EXPIRING_DAYS))),
                        new AgreementFilters.Search())
                .items()
                .forEach(a -> drafts.add(new Draft(
                        NotificationType.AGREEMENT_EXPIRING,
                        "agreement",
                        a.id(),
                        a.partnershipId(),
                        a.title(),
                        a.expiresOn())));
        registrations
                .list(params(Map.of("expiringWithinDays", String.valueOf(EXPIRING_DAYS))), new NgoRegistrationFilters())
                .items()
                .forEach(r -> drafts.add(new Draft(
                        NotificationType.NGO_CERTIFICATE_EXPIRING,
                        "ngo-registration",
                        r.id(),
                        null,
                        (r.ngo() == null ? "" : r.ngo().name() + " – ") + r.number(),
                        r.validUntil())));
        courses
                .list(
                        params(Map.of(
                                "from",
                                now.toString(),
                                "to",
                                now.plusDays(COURSE_DAYS).toString())),
                        new TrainingCourseFilters())
                .items()
                .stream()
                .filter(c -> !c.startDate().isBefore(now)
                        && (c.status() == CourseStatus.PLANNED || c.status() == CourseStatus.OPEN))
                .forEach(c -> drafts.add(new Draft(
                        NotificationType.COURSE_STARTING, "training-course", c.id(), null, c.title(), c.startDate())));
        progressReports
                .list(params(Map.of("overdue", "true")), new AidProgressReportFilters())
                .items()
                .forEach(r -> drafts.add(new Draft(
                        NotificationType.AID_PROGRESS_REPORT_OVERDUE,
                        "aid-progress-report",
                        r.id(),
                        r.commitmentId(),
                        r.commitment() == null ? "" : r.commitment().title(),
                        r.dueOn())));
        Set<String> read = readKeys(drafts.stream().map(Draft::key).toList());
        List<Notification> items = drafts.stream()
                .sorted(Comparator.comparing(Draft::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Draft::key))
                .map(d -> new Notification(
                        d.key(),
                        d.type(),
                        d.recordKind(),
                        d.recordId(),
                        d.parentId(),
                        d.title(),
                        d.dueOn(),
                        d.dueOn() == null ? 0 : ChronoUnit.DAYS.between(now, d.dueOn()),
                        read.contains(d.key())))
                .toList();
        return new NotificationList(items, items.stream().filter(n -> !n.read()).count());
    }

    /** Marks these reminders read for the caller; marking one twice, or at once from two tabs, is harmless. */
    @Transactional
    public void markRead(List<String> keys) {
        String user = CurrentActor.name();
        Instant now = Instant.now();
        for (String key : new HashSet<>(keys)) {
            // INSERT IGNORE (MySQL and MariaDB alike): the unique (username, key) makes a second mark a no-op, not a
            // 500.
            em.createNativeQuery("insert ignore into notification_read (username, notification_key, read_at)"
                            + " values (?1, ?2, ?3)")
                    .setParameter(1, user)
                    .setParameter(2, key)
                    .setParameter(3, now)
                    .executeUpdate();
        }
    }

    private Set<String> readKeys(List<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery(
                        "select notificationKey from NotificationRead where username = :user and notificationKey in :keys",
                        String.class)
                .setParameter("user", CurrentActor.name())
                .setParameter("keys", keys)
                .getResultList());
    }

    private static PageParams params(Map<String, String> filters) {
        Map<String, String> query = new java.util.HashMap<>(filters);
        query.put("size", PER_KIND);
        return PageParams.of(query);
    }

    private record Draft(
            NotificationType type, String recordKind, Long recordId, Long parentId, String title, LocalDate dueOn) {
        String key() {
            return type.name().toLowerCase(Locale.ROOT).replace('_', '-') + ":" + recordId + ":" + dueOn;
        }
    }
}
