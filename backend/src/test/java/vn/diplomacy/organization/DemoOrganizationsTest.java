package vn.diplomacy.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoOrganizationsTest {
    @Inject
    DemoOrganizations demo;

    @Inject
    OrganizationRepository organizations;

    @Test
    void loadingTwiceAddsNothingTheSecondTime() {
        demo.load();
        long afterFirst = organizations.count();
        assertThat(demo.load()).isZero();
        assertThat(organizations.count()).isEqualTo(afterFirst);
        assertThat(organizations.findSame("Bolikhamxay Province", "LA", OrganizationType.LOCAL_GOVERNMENT))
                .isPresent();
    }
}
