package vn.diplomacy.security;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Failed logins, kept a day for the audit trail; the limits themselves are counted by LoginThrottle. */
@ApplicationScoped
public class LoginAttemptRepository implements PanacheRepository<LoginAttempt> {
    public long deleteOlderThan(Instant cutoff) {
        return delete("attemptedAt < ?1", cutoff);
    }
}
