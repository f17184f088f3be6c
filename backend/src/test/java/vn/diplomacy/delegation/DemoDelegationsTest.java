package vn.diplomacy.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.diplomacy.organization.DemoOrganizations;

@QuarkusTest
class DemoDelegationsTest {
    @Inject
    DemoOrganizations organizations;

    @Inject
    vn.diplomacy.partnership.DemoPartnerships partnerships;

    @Inject
    DemoDelegations delegations;

    @Inject
    DelegationRepository repository;

    @Test
    void loadedOnceWithEveryStatus() {
        organizations.load();
        partnerships.load();
        delegations.load();
        long count = repository.count();
        assertThat(delegations.load()).isZero();
        assertThat(repository.count()).isEqualTo(count);
        for (DelegationStatus status : DelegationStatus.values()) {
            assertThat(repository.count("status = ?1 and memberCount >= 0", status))
                    .as(status.name())
                    .isPositive();
        }
        assertThat(repository.count("title", "Đoàn công tác VUFO thăm và làm việc tại Quảng Bình"))
                .isEqualTo(1);
        // Read like real records: Vietnamese names of the partner provinces, real heads, linked to the partnership.
        Delegation tet = repository
                .find("title", "Đoàn tỉnh Khăm Muồn chúc Tết Bunpimay tại Hà Tĩnh")
                .firstResult();
        assertThat(tet.headName).isEqualTo("Vilay Phommachanh");
        assertThat(tet.partnershipId).isNotNull();
        assertThat(repository.count("headName like 'Trưởng đoàn%' or title like '%Province%'"))
                .isZero();
    }
}
