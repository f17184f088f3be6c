package vn.diplomacy.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.diplomacy.TestSupport.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.diplomacy.aid.DemoAid;
import vn.diplomacy.organization.DemoOrganizations;
import vn.diplomacy.organization.OrganizationRepository;
import vn.diplomacy.organization.OrganizationType;
import vn.diplomacy.partnership.DemoPartnerships;
import vn.diplomacy.security.Role;

@QuarkusTest
class DemoRegistrationsTest {
    @Inject
    DemoOrganizations organizations;

    @Inject
    DemoPartnerships partnerships;

    @Inject
    DemoAid aid;

    @Inject
    DemoRegistrations registrations;

    @Inject
    NgoRegistrationRepository repository;

    @Inject
    OrganizationRepository orgs;

    @Test
    void certificatesInEveryStateLoadedOnce() {
        organizations.load();
        partnerships.load();
        aid.load();
        registrations.load();
        long count = repository.count();
        assertThat(registrations.load()).isZero();
        assertThat(repository.count()).isEqualTo(count);

        JsonPath expiring = list(Map.of("expiringWithinDays", 60, "q", "world vision"));
        assertThat(expiring.getList("items.number")).contains("1532/GĐK-BNG");
        assertThat(list(Map.of("status", "EXPIRED", "q", "helvetas")).getList("items.number"))
                .contains("0715/GĐK-BNG");
        JsonPath renewed = list(Map.of("status", "RENEWED", "q", "save the children"));
        assertThat(renewed.getList("items.renewedBy.number")).contains("1702/GĐK-BNG");

        long laoCai = orgs.findSame("Ủy ban nhân dân tỉnh Lào Cai", "VN", OrganizationType.LOCAL_GOVERNMENT)
                .orElseThrow()
                .id;
        JsonPath report = as(Role.VIEWER)
                .queryParam("year", 2023)
                .queryParam("provinceId", laoCai)
                .get("/api/v1/reports/ngo-registrations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> rows = report.getList("rows");
        assertThat(rows).hasSize(1);
        // Helvetas' certificate ended in March 2023, ChildFund's ran 2022–2025; Oxfam's came in 2024.
        Map<String, Object> row = rows.get(0);
        assertThat(row).containsEntry("registered", 2);
        assertThat((Integer) row.get("active")).isPositive();
        assertThat((Integer) row.get("activeRegistered") + (Integer) row.get("activeUnregistered"))
                .isEqualTo(row.get("active"));
    }

    private static JsonPath list(Map<String, Object> params) {
        return as(Role.VIEWER)
                .queryParams(params)
                .get("/api/v1/ngo-registrations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
