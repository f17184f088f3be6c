package vn.diplomacy.common.workflow;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.diplomacy.common.AuditedEntity;

/** One recorded step of any record's workflow; who and when are the audit columns created_by and created_at. */
@Entity
@Table(name = "status_transition")
public class StatusTransition extends AuditedEntity {
    /** The kind of record, e.g. "delegation" or "training-course". */
    public String recordKind;

    public Long recordId;
    public String fromStatus;
    public String toStatus;
    public String note;
}
