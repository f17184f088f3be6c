package vn.diplomacy.training;

import java.util.List;
import java.util.Map;
import vn.diplomacy.common.workflow.WorkflowStatus;

/** PLANNED → OPEN (registration) → IN_PROGRESS → COMPLETED; any open state → CANCELLED. */
public enum CourseStatus implements WorkflowStatus<CourseStatus> {
    PLANNED,
    OPEN,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED;

    private static final Map<CourseStatus, List<CourseStatus>> NEXT = Map.of(
            PLANNED, List.of(OPEN, CANCELLED),
            OPEN, List.of(IN_PROGRESS, CANCELLED),
            IN_PROGRESS, List.of(COMPLETED, CANCELLED),
            COMPLETED, List.of(),
            CANCELLED, List.of());

    @Override
    public List<CourseStatus> next() {
        return NEXT.get(this);
    }

    public boolean isClosed() {
        return this == COMPLETED || this == CANCELLED;
    }
}
