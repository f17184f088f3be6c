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
        // By primary key: a range delete on delegation_id takes gap locks that deadlock with other delegations' saves.
        List<Long> ids = getEntityManager()
                .createQuery("select m.id from DelegationMember m where m.delegationId = ?1", Long.class)
                .setParameter(1, delegationId)
                .getResultList();
        return ids.isEmpty() ? 0 : delete("id in ?1", ids);
    }
}
