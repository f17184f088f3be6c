package vn.diplomacy.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.diplomacy.organization.DemoOrganizations;

@QuarkusTest
class DemoPartnershipsTest {
    @Inject
    DemoOrganizations organizations;

    @Inject
    DemoPartnerships partnerships;

    @Inject
    PartnershipRepository repository;

    @Inject
    AgreementRepository agreements;

    @Test
    void demoDataIsLoadedOnceAndCoversTheStatuses() {
        organizations.load();
        partnerships.load();
        long count = repository.count();
        long agreementCount = agreements.count();
        assertThat(partnerships.load()).isZero();
        assertThat(repository.count()).isEqualTo(count);
        assertThat(agreements.count()).isEqualTo(agreementCount);
        assertThat(repository.count("title", "Lào Cai – Hekou Yao Autonomous County"))
                .isEqualTo(1);
    }
}
