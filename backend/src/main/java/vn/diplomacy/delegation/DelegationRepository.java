package vn.diplomacy.delegation;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class DelegationRepository implements PanacheRepository<Delegation> {
    public long countForOrganization(long organizationId) {
        return count("homeOrganizationId = ?1 or counterpartOrganizationId = ?1", organizationId);
    }
}
