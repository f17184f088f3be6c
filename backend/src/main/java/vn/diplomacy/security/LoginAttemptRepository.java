package vn.diplomacy.security;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class LoginAttemptRepository implements PanacheRepository<LoginAttempt> {
    public List<Instant> failuresSince(String username, Instant since) {
        return getEntityManager()
                .createQuery("select a.attemptedAt from LoginAttempt a where a.username = ?1 and a.attemptedAt > ?2"
                        + " order by a.attemptedAt", Instant.class)
                .setParameter(1, username).setParameter(2, since).getResultList();
    }

    public long clear(String username) {
        return delete("username", username);
    }

    public long deleteOlderThan(Instant cutoff) {
        return delete("attemptedAt < ?1", cutoff);
    }
}
