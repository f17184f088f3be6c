package vn.diplomacy.registration;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class NgoRegistrationRepository implements PanacheRepository<NgoRegistration> {
    public Optional<NgoRegistration> findByNumber(RegistrationKind kind, String number) {
        return find("kind = ?1 and number = ?2", kind, number).firstResultOptional();
    }

    /** The certificates that renew any of these. */
    public List<NgoRegistration> renewalsOf(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("renewsId in ?1", ids);
    }

    public long countForOrganization(long organizationId) {
        return count(
                "ngoId = ?1 or homeOrganizationId = ?1 or cast(permittedProvinceIds as String) like ?2",
                organizationId,
                vn.diplomacy.common.SetColumn.likeOne(organizationId));
    }
}
