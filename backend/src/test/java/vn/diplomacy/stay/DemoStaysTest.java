package vn.diplomacy.stay;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.diplomacy.TestSupport.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.diplomacy.organization.DemoOrganizations;
import vn.diplomacy.organization.OrganizationRepository;
import vn.diplomacy.organization.OrganizationType;
import vn.diplomacy.security.Role;

@QuarkusTest
class DemoStaysTest {
    @Inject
    DemoOrganizations organizations;

    @Inject
    DemoStays stays;

    @Inject
    StayRepository repository;

    @Inject
    OrganizationRepository orgs;

    @Test
    void laoStudentsOfHaTinhAndKoicaVolunteersOfLaiChau() {
        organizations.load();
        stays.load();
        long count = repository.count();
        assertThat(stays.load()).isZero();
        assertThat(repository.count()).isEqualTo(count);

        long haTinh = orgs.findSame("Ủy ban nhân dân tỉnh Hà Tĩnh", "VN", OrganizationType.LOCAL_GOVERNMENT)
                .orElseThrow()
                .id;
        JsonPath year = as(Role.VIEWER)
                .queryParam("homeOrganizationId", haTinh)
                .queryParam("schoolYear", 2024)
                .queryParam("kind", "STUDENT")
                .get("/api/v1/stays")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(year.getLong("totalItems")).isEqualTo(6);
        assertThat(year.getList("items.person.nationality")).containsOnly("LA");

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
        assertThat(report.getLong("current.stays.total")).isEqualTo(4);
        assertThat(report.getList("current.stays.byKind.key")).containsExactly("VOLUNTEER", "STUDENT");
    }
}
