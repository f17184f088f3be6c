package vn.diplomacy.aid;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.diplomacy.common.workflow.WorkflowStatus;
import vn.diplomacy.security.Role;

/**
 * The approval lifecycle of non-ODA aid (Decree 80/2020, Decree 313/2025): dossier received → opinions requested →
 * appraisal → approved or refused → in implementation → completed; approved aid may be revoked. Emergency relief may
 * go from the dossier straight to approval (AidLifecycle checks the kind).
 */
public enum AidApprovalStatus implements WorkflowStatus<AidApprovalStatus> {
    DOSSIER_RECEIVED,
    OPINIONS_REQUESTED,
    APPRAISAL,
    APPROVED,
    REFUSED,
    IMPLEMENTATION,
    COMPLETED,
    REVOKED;

    private static final Map<AidApprovalStatus, List<AidApprovalStatus>> NEXT = Map.of(
            DOSSIER_RECEIVED, List.of(OPINIONS_REQUESTED, APPRAISAL, APPROVED, REFUSED),
            OPINIONS_REQUESTED, List.of(APPRAISAL, APPROVED, REFUSED),
            APPRAISAL, List.of(APPROVED, REFUSED),
            APPROVED, List.of(IMPLEMENTATION, REVOKED),
            REFUSED, List.of(),
            IMPLEMENTATION, List.of(COMPLETED, REVOKED),
            COMPLETED, List.of(),
            REVOKED, List.of());

    /** The steps that hold an approval decision: only these may be under way or receive disbursements. */
    public static final Set<AidApprovalStatus> APPROVED_STEPS = EnumSet.of(APPROVED, IMPLEMENTATION, COMPLETED);

    /** The steps before a decision. */
    public static final Set<AidApprovalStatus> BEFORE_DECISION =
            EnumSet.of(DOSSIER_RECEIVED, OPINIONS_REQUESTED, APPRAISAL);

    @Override
    public List<AidApprovalStatus> next() {
        return NEXT.get(this);
    }

    public boolean approved() {
        return APPROVED_STEPS.contains(this);
    }

    /** Deciding (approve, refuse, revoke) is the office head's act (ADMIN); editors move the dossier along. */
    @Override
    public String roleToEnter() {
        return this == APPROVED || this == REFUSED || this == REVOKED ? Role.ADMIN_NAME : Role.EDITOR_NAME;
    }

    /** The IATI activity status a step sets; null where the status the office chose stays. */
    AidStatus activityStatus() {
        return switch (this) {
            case IMPLEMENTATION -> AidStatus.IMPLEMENTATION;
            case COMPLETED -> AidStatus.CLOSED;
            case REFUSED, REVOKED -> AidStatus.CANCELLED;
            default -> null;
        };
    }

    /** The step of aid recorded already decided (a decision number and date in the body), from its IATI status. */
    static AidApprovalStatus recordedAs(AidStatus status) {
        return switch (status) {
            case IMPLEMENTATION, SUSPENDED, FINALISATION -> IMPLEMENTATION;
            case CLOSED -> COMPLETED;
            case CANCELLED -> REVOKED;
            case PIPELINE -> APPROVED;
        };
    }
}
