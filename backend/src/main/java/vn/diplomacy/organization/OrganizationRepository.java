package vn.diplomacy.organization;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepository<Organization> {
    public Optional<Organization> findSame(String name, String countryCode, OrganizationType type) {
        return find("name = ?1 and countryCode = ?2 and type = ?3", name, countryCode, type)
                .firstResultOptional();
    }

    public long countChildren(long id) {
        return count("parentId", id);
    }

    public List<Organization> findByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
