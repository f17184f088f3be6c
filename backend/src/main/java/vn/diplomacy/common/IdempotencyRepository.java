package vn.diplomacy.common;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class IdempotencyRepository implements PanacheRepository<IdempotencyRecord> {
    public Optional<IdempotencyRecord> findByKey(String principal, String key) {
        return find("principal = ?1 and key = ?2", principal, key).firstResultOptional();
    }

    public long deleteOlderThan(Instant cutoff) {
        return delete("createdAt < ?1", cutoff);
    }
}
