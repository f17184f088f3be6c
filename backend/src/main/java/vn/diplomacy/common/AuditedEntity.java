package vn.diplomacy.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Identity key, optimistic-lock version and who/when columns shared by every table. */
@MappedSuperclass
public abstract class AuditedEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Version
    public long version;

    @Column(updatable = false)
    public Instant createdAt;

    @Column(updatable = false)
    public String createdBy;

    public Instant updatedAt;
    public String updatedBy;

    @PrePersist
    void beforeInsert() {
        // Whole seconds: Connector/J drops fractions on servers that report an old version (MariaDB says 5.5.5),
        // so this is the precision every supported server keeps, and the value answered equals the value read later.
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String who = CurrentActor.name();
        createdAt = now;
        createdBy = who;
        updatedAt = now;
        updatedBy = who;
        refreshDerived();
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        updatedBy = CurrentActor.name();
        refreshDerived();
    }

    /** Hook for columns computed from others (e.g. the accent-free search text). */
    protected void refreshDerived() {}
}
