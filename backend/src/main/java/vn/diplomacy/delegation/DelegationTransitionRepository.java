package vn.diplomacy.delegation;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class DelegationTransitionRepository implements PanacheRepository<DelegationTransition> {
    public List<DelegationTransition> forDelegation(long delegationId) {
        return list("delegationId = ?1 order by id", delegationId);
    }

    public long deleteFor(long delegationId) {
        return delete("delegationId", delegationId);
    }
}
