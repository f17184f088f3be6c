package vn.diplomacy.common.workflow;

import java.util.List;

/** A record's status that is a workflow: the statuses that may follow it, and the role needed to enter it. */
public interface WorkflowStatus<S extends Enum<S> & WorkflowStatus<S>> {
    List<S> next();

    /** The role (its name, as in the security identity) a caller needs to move a record into this status. */
    default String roleToEnter() {
        return "EDITOR";
    }
}
