package vn.diplomacy.partnership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static vn.diplomacy.TestSupport.PROBLEM;
import static vn.diplomacy.TestSupport.apiKey;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.partnership.PartnershipFixtures.agreement;
import static vn.diplomacy.partnership.PartnershipFixtures.body;
import static vn.diplomacy.partnership.PartnershipFixtures.create;
import static vn.diplomacy.partnership.PartnershipFixtures.laoProvince;
import static vn.diplomacy.partnership.PartnershipFixtures.province;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.diplomacy.organization.DemoOrganizations;
import vn.diplomacy.security.Role;

@QuarkusTest
class PartnershipListTest {
    @Inject
    DemoOrganizations demoOrganizations;

    @Inject
    DemoPartnerships demoPartnerships;

    @Test
    void filtersFindTheDomainPartnerships() {
        demoOrganizations.load();
        demoPartnerships.load();
        as(Role.VIEWER)
                .queryParam("q", "bolikhamxay")
                .get("/api/v1/partnerships")
                .then()
                .statusCode(200)
                .body("items.title", hasItem("Hà Tĩnh – Bolikhamxay"));
        as(Role.VIEWER)
                .queryParam("q", "hue")
                .get("/api/v1/partnerships")
                .then()
                .statusCode(200)
                .body("items.title", hasItems("Thừa Thiên Huế – Sekong", "Thừa Thiên Huế – Salavan"));
        as(Role.VIEWER)
                .queryParam("partnerCountryCode", "CN")
                .queryParam("size", 100)
                .get("/api/v1/partnerships")
                .then()
                .statusCode(200)
                .body("items.partner.countryCode", everyItem(equalTo("CN")))
                .body("items.title", hasItem("Lai Châu – Yunnan"));
        as(Role.VIEWER)
                .queryParam("status", "ENDED")
                .queryParam("q", "hekou")
                .get("/api/v1/partnerships")
                .then()
                .body("items.title", equalTo(List.of("Lào Cai – Hekou Yao Autonomous County")));
        as(Role.VIEWER)
                .queryParam("pillar", "PARTY")
                .queryParam("field", "REMAINS_REPATRIATION")
                .queryParam("size", 100)
                .get("/api/v1/partnerships")
                .then()
                .statusCode(200)
                .body("items.title", hasItems("Thừa Thiên Huế – Sekong", "Thừa Thiên Huế – Salavan"))
                .body("items.title", not(hasItem("Hà Tĩnh – Bolikhamxay")));
        as(Role.VIEWER)
                .queryParam("activeOn", "2019-06-01")
                .queryParam("q", "hekou")
                .get("/api/v1/partnerships")
                .then()
                .body("totalItems", equalTo(1));
        as(Role.VIEWER)
                .queryParam("activeOn", "2021-06-01")
                .queryParam("q", "hekou")
                .get("/api/v1/partnerships")
                .then()
                .body("totalItems", equalTo(0));
        as(Role.VIEWER)
                .queryParam("type", "SPECIAL_FRIENDSHIP")
                .queryParam("sort", "-status,title")
                .queryParam("size", 100)
                .get("/api/v1/partnerships")
                .then()
                .statusCode(200)
                .body("items.type", everyItem(equalTo("SPECIAL_FRIENDSHIP")));
    }

    @Test
    void badFiltersAre400() {
        as(Role.VIEWER)
                .queryParam("status", "FROZEN")
                .get("/api/v1/partnerships")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
        as(Role.VIEWER)
                .queryParam("activeOn", "2024-13-01")
                .get("/api/v1/partnerships")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("activeOn"));
        as(Role.VIEWER)
                .queryParam("partnerCountryCode", "LAO")
                .get("/api/v1/partnerships")
                .then()
                .statusCode(400);
        as(Role.VIEWER)
                .queryParam("sort", "partner")
                .get("/api/v1/partnerships")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        as(Role.VIEWER)
                .queryParam("pillar", "ARMY")
                .get("/api/v1/partnerships")
                .then()
                .statusCode(400);
    }

    @Test
    void viewersAndViewerKeysReadButNeverWrite() {
        long id = create(
                body(province("Tuyên Quang"), laoProvince("Oudomxay"), "COOPERATION", LocalDate.of(2020, 1, 1), null));
        as(Role.VIEWER)
                .body(body(province("X"), laoProvince("Y"), "COOPERATION", LocalDate.of(2020, 1, 1), null))
                .post("/api/v1/partnerships")
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        as(Role.VIEWER)
                .header("If-Match", "\"0\"")
                .delete("/api/v1/partnerships/{id}", id)
                .then()
                .statusCode(403);
        String key = apiKey(Role.VIEWER);
        given().header("X-API-Key", key)
                .get("/api/v1/partnerships/{id}", id)
                .then()
                .statusCode(200);
        given().header("X-API-Key", key).get("/api/v1/partnerships").then().statusCode(200);
        given().header("X-API-Key", key)
                .get("/api/v1/agreements?expiringWithinDays=90")
                .then()
                .statusCode(200);
        given().header("X-API-Key", key)
                .contentType("application/json")
                .body(agreement("K-1", null, null))
                .post("/api/v1/partnerships/{id}/agreements", id)
                .then()
                .statusCode(403);
    }
}
