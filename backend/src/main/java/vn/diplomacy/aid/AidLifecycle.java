package vn.diplomacy.aid;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.diplomacy.aid.AidDtos.AidCommitmentInput;
import vn.diplomacy.aid.AidLifecycleDtos.AidTransitionRequest;
import vn.diplomacy.aid.AidLifecycleDtos.AidTransitionView;
import vn.diplomacy.common.Problem;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.Today;
import vn.diplomacy.common.workflow.Workflow;
import vn.diplomacy.organization.Organization;
import vn.diplomacy.organization.OrganizationRepository;
import vn.diplomacy.organization.OrganizationType;

/**
 * The rules of the aid approval lifecycle (Decree 80/2020, Decree 313/2025): which step may follow which, what each
 * step needs, the deadlines it sets, and that only approved aid is under way or paid out. AidCommitmentService calls it
 * inside its own transactions.
 */
@ApplicationScoped
class AidLifecycle {
    static final String KIND = "aid-commitment";
    static final int APPRAISAL_DAYS = 20;
    static final int START_MONTHS = 6;
    static final int EMERGENCY_MONTHS = 3;

    private final Workflow workflow;
    private final Today today;
    private final AidOpinionRepository opinions;
    private final OrganizationRepository organizations;
    private final AidReportSchedule schedule;
    private final AidProgressReportRepository reports;

    AidLifecycle(
            Workflow workflow,
            Today today,
            AidOpinionRepository opinions,
            OrganizationRepository organizations,
            AidReportSchedule schedule,
            AidProgressReportRepository reports) {
        this.workflow = workflow;
        this.today = today;
        this.opinions = opinions;
        this.organizations = organizations;
        this.schedule = schedule;
        this.reports = reports;
    }

    /** A new record: a dossier, unless the body carries the decision of aid approved before it was entered. */
    void created(AidCommitment c, AidCommitmentInput input) {
        boolean decided = input.approvalDecisionNo() != null && input.approvalDate() != null;
        if (!decided && (input.approvalDecisionNo() != null || input.approvalDate() != null)) {
            throw ProblemException.invalid(
                    input.approvalDecisionNo() == null ? "approvalDecisionNo" : "approvalDate",
                    "is required with the other: aid approved before it is entered carries its decision number and date");
        }
        c.approvalStatus = decided ? AidApprovalStatus.recordedAs(input.status()) : AidApprovalStatus.DOSSIER_RECEIVED;
        if (c.dossierReceivedOn == null && !decided) {
            c.dossierReceivedOn = today.date();
        }
        requireStatusAllowed(c);
    }

    /** Checks an edit against the step: a decision is taken by the APPROVED step, never typed into a dossier. */
    void updated(AidCommitment c, String decisionBefore, AidCommitmentInput input) {
        boolean typed = input.approvalDecisionNo() != null || input.approvalDate() != null;
        if (decisionBefore == null && typed && !c.approvalStatus.approved()) {
            throw ProblemException.conflict(
                    "aid-approval-by-transition",
                    Map.of("approvalStatus", c.approvalStatus),
                    "An aid at " + c.approvalStatus + " has no decision yet: record it with the APPROVED transition");
        }
        if (decisionBefore != null && (input.approvalDecisionNo() == null || input.approvalDate() == null)) {
            throw ProblemException.invalid(
                    input.approvalDecisionNo() == null ? "approvalDecisionNo" : "approvalDate",
                    "cannot be cleared: the aid was approved (it can be corrected)");
        }
        requireStatusAllowed(c);
        schedule.sync(c);
    }

    /** Disbursements need an approval decision. */
    void requireApproved(AidCommitment c) {
        if (!c.approvalStatus.approved()) {
            throw ProblemException.conflict(
                    "aid-not-approved",
                    Map.of("approvalStatus", c.approvalStatus),
                    "The aid is at " + c.approvalStatus
                            + ": it needs an approval decision before anything is disbursed");
        }
    }

    void apply(AidCommitment c, AidTransitionRequest request) {
        AidApprovalStatus to = request.to();
        AidApprovalStatus from = c.approvalStatus;
        workflow.check("aid", from, to);
        LocalDate on = request.on() != null ? request.on() : today.date();
        switch (to) {
            case APPRAISAL -> c.dossierCompleteOn = on;
            case APPROVED -> approve(c, request);
            case REFUSED -> {
                c.refusalReason = reason(request, "refuse");
                c.refusedOn = on;
            }
            case IMPLEMENTATION -> {
                if (c.startDate == null) {
                    c.startDate = on;
                }
            }
            case COMPLETED -> {
                c.completedOn = on;
                if (c.endDate == null || c.endDate.isBefore(c.startDate == null ? on : c.startDate)) {
                    c.endDate = on;
                }
            }
            case REVOKED -> {
                c.revocationReason = reason(request, "revoke");
                c.revokedOn = on;
            }
            default -> {}
        }
        if (to.activityStatus() != null) {
            c.status = to.activityStatus();
        }
        c.approvalStatus = to;
        String note = request.note() == null || request.note().isBlank() ? request.reason() : request.note();
        workflow.record(KIND, c.id, from, to, note);
        schedule.sync(c);
    }

    List<AidTransitionView> history(long id) {
        return workflow.history(KIND, id, AidApprovalStatus.class).stream()
                .map(t -> new AidTransitionView(t.id(), t.from(), t.to(), t.note(), t.by(), t.at()))
                .toList();
    }

    void recordCreated(AidCommitment c) {
        workflow.record(KIND, c.id, null, c.approvalStatus, null);
        schedule.sync(c);
    }

    void forget(long id) {
        workflow.forget(KIND, id);
        opinions.delete("commitmentId", id);
        reports.delete("commitmentId", id);
    }

    /** The steps this caller may take: the short path straight to approval is for emergency relief only. */
    List<AidApprovalStatus> allowed(AidCommitment c) {
        return workflow.allowed(c.approvalStatus).stream()
                .filter(to -> to != AidApprovalStatus.APPROVED
                        || c.approvalStatus == AidApprovalStatus.APPRAISAL
                        || c.kind == AidKind.EMERGENCY_RELIEF)
                .toList();
    }

    static LocalDate appraisalDue(AidCommitment c) {
        return c.dossierCompleteOn == null ? null : c.dossierCompleteOn.plusDays(APPRAISAL_DAYS);
    }

    List<AidAlert> alerts(AidCommitment c) {
        LocalDate now = today.date();
        List<AidAlert> alerts = new ArrayList<>();
        LocalDate due = appraisalDue(c);
        if (c.approvalStatus == AidApprovalStatus.APPRAISAL && due != null && now.isAfter(due)) {
            alerts.add(AidAlert.APPRAISAL_OVERDUE);
        }
        boolean emergency = c.kind == AidKind.EMERGENCY_RELIEF;
        if (!emergency
                && c.approvalStatus == AidApprovalStatus.APPROVED
                && c.approvalDate != null
                && now.isAfter(c.approvalDate.plusMonths(START_MONTHS))) {
            alerts.add(AidAlert.NOT_STARTED);
        }
        if (emergency
                && (c.approvalStatus == AidApprovalStatus.APPROVED
                        || c.approvalStatus == AidApprovalStatus.IMPLEMENTATION)
                && c.approvalDate != null
                && now.isAfter(c.approvalDate.plusMonths(EMERGENCY_MONTHS))) {
            alerts.add(AidAlert.EMERGENCY_OVERDUE);
        }
        return alerts;
    }

    /** The list's {@code alert} filter as JPQL over {@code AidCommitment c}, with its date parameter. */
    static Map.Entry<String, LocalDate> condition(AidAlert alert, LocalDate now) {
        return switch (alert) {
            case APPRAISAL_OVERDUE ->
                Map.entry(
                        "c.approvalStatus = 'APPRAISAL' and c.dossierCompleteOn < :alertDay",
                        now.minusDays(APPRAISAL_DAYS));
            case NOT_STARTED ->
                Map.entry(
                        "c.approvalStatus = 'APPROVED' and c.kind <> 'EMERGENCY_RELIEF' and c.approvalDate < :alertDay",
                        now.minusMonths(START_MONTHS));
            case EMERGENCY_OVERDUE ->
                Map.entry(
                        "c.approvalStatus in ('APPROVED', 'IMPLEMENTATION') and c.kind = 'EMERGENCY_RELIEF'"
                                + " and c.approvalDate < :alertDay",
                        now.minusMonths(EMERGENCY_MONTHS));
        };
    }

    private void approve(AidCommitment c, AidTransitionRequest request) {
        List<Problem.FieldError> missing = new ArrayList<>();
        if (request.decisionNumber() == null || request.decisionNumber().isBlank()) {
            missing.add(new Problem.FieldError("decisionNumber", "is required to approve"));
        }
        if (request.decisionDate() == null) {
            missing.add(new Problem.FieldError("decisionDate", "is required to approve"));
        }
        if (request.approvingAuthority() == null || request.approvingAuthority().isBlank()) {
            missing.add(new Problem.FieldError("approvingAuthority", "is required to approve"));
        }
        if (!missing.isEmpty()) {
            throw ProblemException.invalid(missing);
        }
        boolean emergency = c.kind == AidKind.EMERGENCY_RELIEF;
        if (!emergency && c.approvalStatus != AidApprovalStatus.APPRAISAL) {
            throw ProblemException.conflict(
                    "aid-needs-appraisal",
                    Map.of("approvalStatus", c.approvalStatus),
                    "Only emergency relief is approved without an appraisal; this aid is at " + c.approvalStatus);
        }
        if (!emergency && fromForeignNgo(c) && !opinions.friendshipUnionAnswered(c.id)) {
            throw ProblemException.conflict(
                    "aid-needs-friendship-union-opinion",
                    Map.of(),
                    "Aid from a foreign NGO needs the answered opinion of the union of friendship organizations"
                            + " (VUFO) before it is approved");
        }
        if (c.dossierReceivedOn != null && request.decisionDate().isBefore(c.dossierReceivedOn)) {
            throw ProblemException.invalid("decisionDate", "cannot be before the dossier was received");
        }
        c.approvalDecisionNo = request.decisionNumber().trim();
        c.approvalDate = request.decisionDate();
        c.approvingAuthority = request.approvingAuthority().trim();
    }

    private boolean fromForeignNgo(AidCommitment c) {
        Organization donor = organizations.findById(c.ngoId);
        return donor != null
                && (donor.type == OrganizationType.INTERNATIONAL_NGO || donor.type == OrganizationType.FOUNDATION);
    }

    private static String reason(AidTransitionRequest request, String verb) {
        if (request.reason() == null || request.reason().isBlank()) {
            throw ProblemException.invalid("reason", "is required to " + verb + " an aid");
        }
        return request.reason().trim();
    }

    private static void requireStatusAllowed(AidCommitment c) {
        boolean underWay = c.status == AidStatus.IMPLEMENTATION
                || c.status == AidStatus.FINALISATION
                || c.status == AidStatus.CLOSED
                || c.status == AidStatus.SUSPENDED;
        if (underWay && !c.approvalStatus.approved()) {
            throw ProblemException.conflict(
                    "aid-not-approved",
                    Map.of("approvalStatus", c.approvalStatus),
                    "The aid is at " + c.approvalStatus + ": it needs an approval decision before it is " + c.status);
        }
    }
}
