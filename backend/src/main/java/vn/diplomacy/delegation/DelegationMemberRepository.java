package vn.diplomacy.delegation;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class DelegationMemberRepository implements PanacheRepository<DelegationMember> {
    public List<DelegationMember> forDelegation(long delegationId) {
        return list("delegationId = ?1 order by positionIndex", delegationId);
    }

    public long deleteFor(long delegationId) {
        return delete("delegationId", delegationId);
    }
}
