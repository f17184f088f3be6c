package vn.diplomacy.delegation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.diplomacy.common.AuditedEntity;

/** One step of a delegation's workflow; who and when are the audit columns created_by and created_at. */
@Entity
@Table(name = "delegation_transition")
public class DelegationTransition extends AuditedEntity {
    @Column(name = "delegation_id", nullable = false)
    public Long delegationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public DelegationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public DelegationStatus toStatus;

    public String note;
}
