package vn.diplomacy.aid;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AidOpinionRepository implements PanacheRepository<AidOpinion> {
    /** Whether the friendship union answered on this dossier (its opinion is needed for a foreign NGO's aid). */
    boolean friendshipUnionAnswered(long commitmentId) {
        return count(
                        "commitmentId = ?1 and agencyKind = ?2 and answeredOn is not null",
                        commitmentId,
                        AidOpinionKind.FRIENDSHIP_UNION)
                > 0;
    }
}
