package vn.diplomacy.partnership;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;

@ApplicationScoped
public class PartnershipRepository implements PanacheRepository<Partnership> {
    /** Another partnership of the same pair and type whose dates overlap [start, end] (open end = forever). */
    public Optional<Partnership> findOverlapping(
            Long excludeId, long home, long partner, PartnershipType type, LocalDate start, LocalDate end) {
        return find(
                        "id <> ?1 and homeOrganizationId = ?2 and partnerOrganizationId = ?3 and type = ?4"
                                + " and (endDate is null or endDate >= ?5) and (?6 is null or startDate <= ?6)",
                        excludeId == null ? -1L : excludeId,
                        home,
                        partner,
                        type,
                        start,
                        end)
                .firstResultOptional();
    }

    public long countForOrganization(long organizationId) {
        return count("homeOrganizationId = ?1 or partnerOrganizationId = ?1", organizationId);
    }
}
