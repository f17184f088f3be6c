package vn.diplomacy.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.created;
import static vn.diplomacy.TestSupport.login;
import static vn.diplomacy.TestSupport.unique;
import static vn.diplomacy.registration.RegistrationFixtures.org;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.diplomacy.security.Role;

/** Registered against active NGOs per province and year, with certificates and aid placed on the year's edges. */
@QuarkusTest
class NgoPresenceReportTest {
    private static final String REPORT = "/api/v1/reports/ngo-registrations";

    private static long certificate(long ngo, long home, String issued, String until, List<Long> provinces) {
        Map<String, Object> body = new HashMap<>();
        body.put("ngoId", ngo);
        body.put("homeOrganizationId", home);
        body.put("kind", "OPERATION");
        body.put("number", unique("GĐK"));
        body.put("issuedBy", "Bộ Ngoại giao");
        body.put("issuedOn", issued);
        body.put("validUntil", until);
        body.put("permittedProvinceIds", provinces);
        return created(Role.EDITOR, body, "/api/v1/ngo-registrations");
    }

    private static long aid(long ngo, long beneficiary, String date) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", unique("Nước sạch"));
        body.put("ngoId", ngo);
        body.put("kind", "PROJECT");
        body.put("sector", "WATER_SANITATION");
        body.put("beneficiaryOrganizationId", beneficiary);
        body.put("committed", Map.of("amount", "100000000", "currency", "VND"));
        body.put("commitmentDate", date);
        body.put("status", "IMPLEMENTATION");
        body.put("approvalDecisionNo", "15/QĐ-UBND");
        body.put("approvalDate", date);
        return created(Role.EDITOR, body, "/api/v1/aid-commitments");
    }

    private static Map<String, Object> row(JsonPath report, long province) {
        List<Map<String, Object>> rows = report.getList("rows");
        return rows.stream()
                .filter(r -> ((Number) ((Map<?, ?>) r.get("province")).get("id")).longValue() == province)
                .findFirst()
                .orElse(null);
    }

    @Test
    void registeredAgainstActiveInTheYear() {
        long lamDong = org(unique("Ủy ban nhân dân tỉnh Lâm Đồng"), "LOCAL_GOVERNMENT", "VN", null);
        long commune = org(unique("Xã Lạc Dương"), "LOCAL_GOVERNMENT", "VN", lamDong);
        long daNang = org(unique("Ủy ban nhân dân thành phố Đà Nẵng"), "LOCAL_GOVERNMENT", "VN", null);
        long a = org(unique("Save the Children"), "INTERNATIONAL_NGO", "GB", null);
        long b = org(unique("Plan International"), "INTERNATIONAL_NGO", "GB", null);
        long c = org(unique("Caritas"), "INTERNATIONAL_NGO", "DE", null);
        long d = org(unique("Hội Hữu nghị"), "FOUNDATION", "JP", null);
        certificate(a, lamDong, "2023-06-01", "2026-05-31", List.of(lamDong));
        certificate(c, lamDong, "2024-12-31", "2025-12-30", List.of(lamDong, daNang));
        // Expired the day before the year, and revoked before the year: neither counts.
        certificate(d, lamDong, "2021-01-01", "2023-12-31", List.of(lamDong));
        long r = certificate(b, lamDong, "2023-01-01", "2025-12-31", List.of(lamDong));
        as(Role.EDITOR)
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("revokedOn", "2023-12-31", "revocationReason", "Thu hồi theo đề nghị của tổ chức"))
                .patch("/api/v1/ngo-registrations/{id}", r)
                .then()
                .statusCode(200);
        aid(a, commune, "2024-03-01");
        // Committed in 2021, disbursed in 2024: active in 2024 through the disbursement.
        long old = aid(b, commune, "2021-05-01");
        created(
                Role.EDITOR,
                Map.of("date", "2024-08-01", "amount", Map.of("amount", "5000000", "currency", "VND")),
                "/api/v1/aid-commitments/{id}/disbursements",
                old);
        aid(d, daNang, "2023-11-30");
        // An embassy gives aid without any certificate: it is not a foreign NGO and is not counted.
        aid(org(unique("Embassy of New Zealand"), "EMBASSY", "NZ", null), commune, "2024-06-01");

        JsonPath report = as(Role.VIEWER)
                .queryParam("year", 2024)
                .get(REPORT)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(report.getInt("year")).isEqualTo(2024);
        Map<String, Object> lam = row(report, lamDong);
        assertThat(lam).containsEntry("registered", 2).containsEntry("active", 2);
        assertThat(lam).containsEntry("activeRegistered", 1).containsEntry("activeUnregistered", 1);
        assertThat(((List<?>) lam.get("unregisteredNgos")).toString()).contains("Plan International");
        Map<String, Object> dn = row(report, daNang);
        assertThat(dn).containsEntry("registered", 1).containsEntry("active", 0);
        assertThat(row(report, commune)).as("a commune counts in its province").isNull();

        JsonPath y2023 = as(Role.VIEWER)
                .queryParam("year", 2023)
                .get(REPORT)
                .then()
                .extract()
                .jsonPath();
        assertThat(row(y2023, daNang)).containsEntry("active", 1).containsEntry("activeUnregistered", 1);
        assertThat(row(y2023, lamDong)).containsEntry("registered", 3);

        // A user scoped to Lâm Đồng's office sees its province only, and may not ask for another.
        long office = org(unique("Sở Ngoại vụ Lâm Đồng"), "GOVERNMENT_AGENCY", "VN", lamDong);
        String username = unique("lamdong.viewer");
        as(Role.ADMIN)
                .body(Map.of(
                        "username",
                        username,
                        "role",
                        "VIEWER",
                        "password",
                        "pw Lâm Đồng 2024 kiểm tra",
                        "scopeOrganizationId",
                        office))
                .post("/api/v1/users")
                .then()
                .statusCode(201);
        String token = login(username, "pw Lâm Đồng 2024 kiểm tra");
        JsonPath scoped = as(Role.VIEWER)
                .auth()
                .oauth2(token)
                .queryParam("year", 2024)
                .get(REPORT)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(scoped.getList("rows")).hasSize(1);
        assertThat(row(scoped, lamDong)).containsEntry("registered", 2);
        as(Role.VIEWER)
                .auth()
                .oauth2(token)
                .queryParam("provinceId", daNang)
                .get(REPORT)
                .then()
                .statusCode(403);
        as(Role.VIEWER).queryParam("year", 1800).get(REPORT).then().statusCode(400);
        as(Role.VIEWER).queryParam("groupBy", "ngo").get(REPORT).then().statusCode(400);
    }
}
