package vn.diplomacy.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A user's secret calendar address: only the secret's SHA-256 is kept; revoked, it stops answering. */
@Entity
@Table(name = "calendar_subscription")
public class CalendarSubscription extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long userId;

    /** The first characters of the secret, so that a user can tell their addresses apart. */
    public String prefix;

    public String tokenHash;
    public Instant createdAt;
    public Instant lastUsedAt;
    public Instant revokedAt;
}
