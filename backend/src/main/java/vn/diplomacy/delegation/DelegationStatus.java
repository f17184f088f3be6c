package vn.diplomacy.delegation;

import java.util.List;
import java.util.Map;
import vn.diplomacy.common.workflow.WorkflowStatus;
import vn.diplomacy.security.Role;

/** The workflow: PROPOSED → APPROVED → COMPLETED, and PROPOSED or APPROVED → CANCELLED. */
public enum DelegationStatus implements WorkflowStatus<DelegationStatus> {
    PROPOSED,
    APPROVED,
    COMPLETED,
    CANCELLED;

    private static final Map<DelegationStatus, List<DelegationStatus>> NEXT = Map.of(
            PROPOSED, List.of(APPROVED, CANCELLED),
            APPROVED, List.of(COMPLETED, CANCELLED),
            COMPLETED, List.of(),
            CANCELLED, List.of());

    @Override
    public List<DelegationStatus> next() {
        return NEXT.get(this);
    }

    public boolean isOpen() {
        return this == PROPOSED || this == APPROVED;
    }

    /** Approving is an office head's decision (ADMIN); editors propose, edit, complete and cancel. */
    @Override
    public String roleToEnter() {
        return this == APPROVED ? Role.ADMIN_NAME : Role.EDITOR_NAME;
    }
}
