package vn.diplomacy.security;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class ApiKeyRepository implements PanacheRepository<ApiKey> {
    public Optional<ApiKey> findByHash(String hash) {
        return find("keyHash", hash).firstResultOptional();
    }
}
