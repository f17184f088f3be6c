package vn.diplomacy.common.changes;

import java.util.List;

/**
 * What a recorded event is: a record's create, change or delete (the history and the change feed), or an event that
 * only the audit shows (a login that succeeded or failed, an API key's use, noted once a minute).
 */
public enum ChangeAction {
    CREATED,
    UPDATED,
    DELETED,
    SUCCEEDED,
    FAILED,
    USED,
    /** Sensitive data read (a person's identity papers): the audit shows who looked, and when. */
    VIEWED,
    /** Sensitive data written: the audit shows who changed it, never what; not a record change of the history or feed. */
    WRITTEN;

    /** The actions of records' changes, which the history and the feed hold. */
    static final List<ChangeAction> RECORD = List.of(CREATED, UPDATED, DELETED);
}
