package vn.diplomacy.activity;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.diplomacy.activity.ActivityDtos.ActivityInput;
import vn.diplomacy.activity.ActivityDtos.RulesView;
import vn.diplomacy.common.AppConfig;
import vn.diplomacy.common.Problem;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.Today;
import vn.diplomacy.common.Where;

/**
 * The rules activities run under: each kind's own part only on that kind, a status that fits the dates, and for a
 * conference (QĐ 06/2020/QĐ-TTg) the application due 40 or 30 days before and the result report after.
 */
@ApplicationScoped
public class ActivityRules {
    private final Today today;
    private final AppConfig.Activities settings;

    ActivityRules(Today today, AppConfig config) {
        this.today = today;
        this.settings = config.activities();
    }

    public RulesView view() {
        return new RulesView(
                settings.conferenceApplicationDaysPrimeMinister(),
                settings.conferenceApplicationDaysOther(),
                settings.conferenceReportDueDays(),
                settings.messageDueDays());
    }

    int messageDueDays() {
        return settings.messageDueDays();
    }

    /** Every rule of the input at once (400 with each field named). */
    void check(ActivityInput input) {
        List<Problem.FieldError> errors = new ArrayList<>();
        ActivityKind kind = input.kind();
        boolean exchangeKind = kind == ActivityKind.CONGRATULATORY_MESSAGE || kind == ActivityKind.GIFT_DONATION;
        only(errors, "exchange", input.exchange() != null, exchangeKind, "CONGRATULATORY_MESSAGE or GIFT_DONATION");
        only(
                errors,
                "repatriation",
                input.repatriation() != null,
                kind == ActivityKind.REPATRIATION_CEREMONY,
                "REPATRIATION_CEREMONY");
        only(
                errors,
                "twinningReview",
                input.twinningReview() != null,
                kind == ActivityKind.TWINNING_REVIEW,
                "TWINNING_REVIEW");
        only(errors, "conference", input.conference() != null, kind == ActivityKind.CONFERENCE, "CONFERENCE");
        if (kind == ActivityKind.CONGRATULATORY_MESSAGE) {
            if (input.exchange() == null) {
                errors.add(new Problem.FieldError("exchange", "is required for a congratulatory message"));
            } else if (input.exchange().occasion() == null) {
                errors.add(new Problem.FieldError("exchange.occasion", "is required for a congratulatory message"));
            }
        }
        if (kind == ActivityKind.CONFERENCE && input.conference() == null) {
            errors.add(new Problem.FieldError("conference", "is required for a conference (its competence at least)"));
        }
        var r = input.repatriation();
        if (r != null && r.setsFound() != null && r.setsIdentified() != null && r.setsIdentified() > r.setsFound()) {
            errors.add(new Problem.FieldError("repatriation.setsIdentified", "cannot exceed setsFound"));
        }
        var c = input.conference();
        if (c != null && (c.permissionNumber() == null) != (c.permissionDate() == null)) {
            errors.add(new Problem.FieldError(
                    c.permissionNumber() == null ? "conference.permissionNumber" : "conference.permissionDate",
                    "permissionNumber and permissionDate go together"));
        }
        ActivityStatus status = input.status() == null ? ActivityStatus.PLANNED : input.status();
        if (status == ActivityStatus.HELD
                && input.startDate() != null
                && input.startDate().isAfter(today.date())) {
            errors.add(new Problem.FieldError("status", "an activity starting in the future cannot be HELD yet"));
        }
        boolean reason = input.cancellationReason() != null
                && !input.cancellationReason().isBlank();
        if (status == ActivityStatus.CANCELLED && !reason) {
            errors.add(new Problem.FieldError("cancellationReason", "is required to cancel"));
        }
        if (status != ActivityStatus.CANCELLED && reason) {
            errors.add(new Problem.FieldError("cancellationReason", "is given only with status CANCELLED"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void only(List<Problem.FieldError> errors, String field, boolean given, boolean fits, String kinds) {
        if (given && !fits) {
            errors.add(new Problem.FieldError(field, "is recorded only for " + kinds));
        }
    }

    /** Kept with the row, so that the overdue lists read an index. */
    void schedule(Activity a) {
        if (a.kind != ActivityKind.CONFERENCE || a.competence == null) {
            a.applicationDueOn = null;
            a.reportDueOn = null;
            return;
        }
        int before = a.competence == ConferenceCompetence.PRIME_MINISTER
                ? settings.conferenceApplicationDaysPrimeMinister()
                : settings.conferenceApplicationDaysOther();
        a.applicationDueOn = a.startDate.minusDays(before);
        a.reportDueOn = a.endDate.plusDays(settings.conferenceReportDueDays());
    }

    List<ActivityAlert> alerts(Activity a) {
        if (a.kind != ActivityKind.CONFERENCE || a.status == ActivityStatus.CANCELLED || a.applicationDueOn == null) {
            return List.of();
        }
        LocalDate now = today.date();
        List<ActivityAlert> alerts = new ArrayList<>();
        if (a.status == ActivityStatus.PLANNED && a.applicationSentOn == null && !now.isBefore(a.applicationDueOn)) {
            alerts.add(ActivityAlert.APPLICATION_OVERDUE);
        }
        if (a.permissionNumber == null && !now.isBefore(a.startDate)) {
            alerts.add(ActivityAlert.PERMISSION_MISSING);
        }
        if (a.status == ActivityStatus.HELD && a.reportSentOn == null && now.isAfter(a.reportDueOn)) {
            alerts.add(ActivityAlert.REPORT_OVERDUE);
        }
        return alerts;
    }

    /** The list's {@code overdue} filter: the alerts' three conditions (true), or none of them (false). */
    void overdue(Where where, Boolean overdue) {
        if (overdue == null) {
            return;
        }
        String any = "(kind = :conferenceKind and status <> :cancelledStatus and applicationDueOn is not null and ("
                + "(status = :plannedStatus and applicationSentOn is null and applicationDueOn <= :today)"
                + " or (permissionNumber is null and startDate <= :today)"
                + " or (status = :heldStatus and reportSentOn is null and reportDueOn < :today)))";
        where.and(
                overdue ? any : "not " + any,
                Map.of(
                        "conferenceKind", ActivityKind.CONFERENCE,
                        "cancelledStatus", ActivityStatus.CANCELLED,
                        "plannedStatus", ActivityStatus.PLANNED,
                        "heldStatus", ActivityStatus.HELD,
                        "today", today.date()));
    }
}
