package vn.diplomacy.security;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.diplomacy.common.AuditedEntity;

/** A failed login, kept in the database so that the limit holds across replicas. */
@Entity
@Table(name = "login_attempt")
public class LoginAttempt extends AuditedEntity {
    public String username;
    public Instant attemptedAt;
    public String remoteAddress;
}
