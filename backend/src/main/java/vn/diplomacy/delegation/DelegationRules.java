package vn.diplomacy.delegation;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.diplomacy.common.AppConfig;
import vn.diplomacy.common.AttachmentKind;
import vn.diplomacy.common.Problem;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.RecordAttachments;
import vn.diplomacy.common.Today;
import vn.diplomacy.common.Where;
import vn.diplomacy.delegation.DelegationDtos.RulesView;
import vn.diplomacy.delegation.DelegationDtos.TransitionRequest;
import vn.diplomacy.office.OfficeSettings;

/**
 * The rules delegations run under (Regulation 272-QĐ/TW, QĐ 67/2011): the approval's decision, the written report
 * due within N days of return, completion only after the end and with the report, and what needs attention.
 */
@ApplicationScoped
public class DelegationRules {
    private final Today today;
    private final RecordAttachments attachments;
    private final int reportDueDays;
    private final int dueSoonDays;
    private final OfficeSettings offices;
    private final List<ApprovingAuthority> authorities;

    DelegationRules(Today today, RecordAttachments attachments, AppConfig config, OfficeSettings offices) {
        this.today = today;
        this.offices = offices;
        this.attachments = attachments;
        this.reportDueDays = config.delegation().reportDueDays();
        this.dueSoonDays = config.delegation().reportDueSoonDays();
        this.authorities = config.delegation().approvingAuthorities().stream()
                .map(name -> ApprovingAuthority.valueOf(name.trim()))
                .toList();
    }

    public RulesView view() {
        return new RulesView(authorities, reportDueDays, dueSoonDays);
    }

    /** Kept with the row, so that the overdue list reads an index; the home office's own period when it has one. */
    void schedule(Delegation d) {
        d.reportDueOn =
                d.endDate == null ? null : d.endDate.plusDays(offices.delegationReportDueDays(d.homeOrganizationId));
    }

    /** Checks the request's step-specific fields and applies them; a decision given on another step is refused. */
    void apply(Delegation d, TransitionRequest request) {
        boolean decisionGiven = request.decisionNumber() != null
                || request.decisionDate() != null
                || request.approvingAuthority() != null;
        if (request.to() != DelegationStatus.APPROVED) {
            if (decisionGiven) {
                throw ProblemException.invalid("decisionNumber", "is recorded only with the APPROVED step");
            }
            if (request.to() == DelegationStatus.COMPLETED) {
                complete(d, request);
            }
            return;
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        String number =
                request.decisionNumber() == null || request.decisionNumber().isBlank()
                        ? null
                        : request.decisionNumber().trim();
        if (number != null && request.decisionDate() == null) {
            errors.add(new Problem.FieldError("decisionDate", "is required with the decision's number"));
        }
        if (number == null && request.decisionDate() != null) {
            errors.add(new Problem.FieldError("decisionNumber", "is required with the decision's date"));
        }
        if (request.decisionDate() != null && request.decisionDate().isAfter(today.date())) {
            errors.add(new Problem.FieldError("decisionDate", "cannot be in the future"));
        }
        if (request.approvingAuthority() != null && !authorities.contains(request.approvingAuthority())) {
            errors.add(new Problem.FieldError(
                    "approvingAuthority", "must be one of " + authorities + " (the office's accepted authorities)"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        d.decisionNumber = number;
        d.decisionDate = request.decisionDate();
        d.approvingAuthority = request.approvingAuthority();
    }

    private void complete(Delegation d, TransitionRequest request) {
        LocalDate now = today.date();
        if (now.isBefore(d.endDate)) {
            throw ProblemException.conflict(
                    "delegation-not-ended",
                    Map.of("endDate", d.endDate.toString()),
                    "A delegation is completed on or after its end date (" + d.endDate + "), with its report");
        }
        String outcome = request.outcome() != null && !request.outcome().isBlank()
                ? request.outcome().trim()
                : d.outcome;
        if ((outcome == null || outcome.isBlank())
                && !attachments.has(DelegationService.KIND, d.id, AttachmentKind.REPORT)) {
            throw ProblemException.invalid(
                    "outcome", "is required to complete a delegation, unless its report is attached (kind REPORT)");
        }
        d.outcome = outcome;
    }

    /** The list's {@code reportOverdue} filter: approved, due day passed (completed or cancelled ones are not). */
    void overdue(Where where, Boolean overdue) {
        if (overdue != null) {
            where.and(
                    overdue
                            ? "status = :approvedStatus and reportDueOn < :today"
                            : "(status <> :approvedStatus or reportDueOn >= :today)",
                    Map.of("approvedStatus", DelegationStatus.APPROVED, "today", today.date()));
        }
    }

    List<DelegationAlert> alerts(Delegation d) {
        List<DelegationAlert> alerts = new ArrayList<>();
        if (d.status != DelegationStatus.APPROVED) {
            return alerts;
        }
        LocalDate now = today.date();
        if (d.reportDueOn != null && d.reportDueOn.isBefore(now)) {
            alerts.add(DelegationAlert.REPORT_OVERDUE);
        } else if (d.reportDueOn != null
                && !now.isBefore(d.endDate)
                && !d.reportDueOn.isAfter(now.plusDays(dueSoonDays))) {
            alerts.add(DelegationAlert.REPORT_DUE_SOON);
        }
        if (d.decisionNumber == null) {
            alerts.add(DelegationAlert.DECISION_MISSING);
        }
        if (Boolean.FALSE.equals(d.inYearlyPlan) && d.direction == Direction.OUTGOING) {
            alerts.add(DelegationAlert.OUTSIDE_PLAN);
        }
        return alerts;
    }
}
