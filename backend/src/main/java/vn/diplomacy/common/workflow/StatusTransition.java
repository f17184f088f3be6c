package vn.diplomacy.common.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.diplomacy.common.AuditedEntity;

/** One recorded step of any record's workflow; who and when are the audit columns created_by and created_at. */
@Entity
@Table(name = "status_transition")
public class StatusTransition extends AuditedEntity {
    /** The kind of record, e.g. "delegation" or "training-course". */
    @Column(name = "record_kind", nullable = false)
    public String recordKind;

    @Column(name = "record_id", nullable = false)
    public Long recordId;

    @Column(name = "from_status")
    public String fromStatus;

    @Column(name = "to_status", nullable = false)
    public String toStatus;

    public String note;
}
