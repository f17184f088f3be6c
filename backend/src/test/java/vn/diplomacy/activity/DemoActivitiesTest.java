package vn.diplomacy.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.diplomacy.TestSupport.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.diplomacy.organization.DemoOrganizations;
import vn.diplomacy.organization.OrganizationRepository;
import vn.diplomacy.organization.OrganizationType;
import vn.diplomacy.partnership.DemoPartnerships;
import vn.diplomacy.security.Role;

@QuarkusTest
class DemoActivitiesTest {
    @Inject
    DemoOrganizations organizations;

    @Inject
    DemoPartnerships partnerships;

    @Inject
    DemoActivities activities;

    @Inject
    ActivityRepository repository;

    @Inject
    OrganizationRepository orgs;

    @Test
    void laiChauReportsItsSeventeenActivitiesOf2016() {
        organizations.load();
        partnerships.load();
        activities.load();
        long count = repository.count();
        assertThat(activities.load()).isZero();
        assertThat(repository.count()).isEqualTo(count);

        long laiChau = orgs.findSame("Ủy ban nhân dân tỉnh Lai Châu", "VN", OrganizationType.LOCAL_GOVERNMENT)
                .orElseThrow()
                .id;
        JsonPath report = as(Role.VIEWER)
                .queryParam("from", "2016-01-01")
                .queryParam("to", "2016-12-31")
                .queryParam("homeOrganizationId", laiChau)
                .get("/api/v1/reports/periodic")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(report.getLong("current.activities.total")).isEqualTo(17);
        assertThat(report.getList("current.activities.byKind.key"))
                .contains("CONGRATULATORY_MESSAGE", "TWINNING_REVIEW");
    }
}
