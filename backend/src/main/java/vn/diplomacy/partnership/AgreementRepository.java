package vn.diplomacy.partnership;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class AgreementRepository implements PanacheRepository<Agreement> {
    public Optional<Agreement> findInPartnership(long partnershipId, long id) {
        return find("partnershipId = ?1 and id = ?2", partnershipId, id).firstResultOptional();
    }

    public Optional<Agreement> findByCode(long partnershipId, String code) {
        return find("partnershipId = ?1 and code = ?2", partnershipId, code).firstResultOptional();
    }

    public long countFor(long partnershipId) {
        return count("partnershipId", partnershipId);
    }

    public Map<Long, Long> countsFor(Collection<Long> partnershipIds) {
        if (partnershipIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = getEntityManager()
                .createQuery(
                        "select a.partnershipId, count(a) from Agreement a where a.partnershipId in :ids"
                                + " group by a.partnershipId",
                        Object[].class)
                .setParameter("ids", partnershipIds)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    /** One by one, not in bulk: each deletion is recorded (history, the change feed's tombstones). */
    public long deleteFor(long partnershipId) {
        List<Agreement> found = list("partnershipId", partnershipId);
        found.forEach(this::delete);
        return found.size();
    }

    public List<Long> idsFor(long partnershipId) {
        return getEntityManager()
                .createQuery("select a.id from Agreement a where a.partnershipId = :p", Long.class)
                .setParameter("p", partnershipId)
                .getResultList();
    }
}
