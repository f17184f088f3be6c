package vn.diplomacy.common.changes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One recorded change (written by {@link ChangeBatch}, read here): the history's and the change feed's row. */
@Entity
@Table(name = "record_change")
@Immutable
public class RecordChange extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long seq;
    public String kind;
    public long recordId;

    @Enumerated(EnumType.STRING)
    public ChangeAction action;

    public String parentKind;
    public Long parentId;

    /** Set on the UPDATED event of a parent marked changed by its child of this kind. */
    public String viaKind;

    public Instant changedAt;
    public String actor;
    public String requestId;

    /** The record's home organization when it changed (see common.Scope); null for shared records. */
    public Long homeOrganizationId;

    /** JSON: field → {before, after}. */
    public String changes;
}
