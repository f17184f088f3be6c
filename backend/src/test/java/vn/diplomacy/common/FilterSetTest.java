package vn.diplomacy.common;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.created;
import static vn.diplomacy.TestSupport.unique;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.diplomacy.security.Role;

/** The one filter mechanism (common.Filter, FilterSet), as every list answers it. */
@QuarkusTest
class FilterSetTest {
    @Test
    void everyBadParameterIsReportedAtOnceByName() {
        as(Role.VIEWER)
                .queryParam("status", "NOPE")
                .queryParam("from", "2024-13-01")
                .queryParam("bogus", "1")
                .queryParam("partnershipId", "x1")
                .get("/api/v1/delegations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("status", "from", "bogus", "partnershipId"));
    }

    @Test
    void aWindowEndingBeforeItStartsIsRefusedOnEveryListThatHasOne() {
        for (String path : new String[] {
            "/api/v1/delegations",
            "/api/v1/training-courses",
            "/api/v1/aid-commitments",
            "/api/v1/exchange-rates",
            "/api/v1/reports/training",
            "/api/v1/reports/aid"
        }) {
            as(Role.VIEWER)
                    .queryParam("from", "2025-01-02")
                    .queryParam("to", "2025-01-01")
                    .get(path)
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem("to"))
                    .body("errors.message", hasItem("must be on or after from"));
        }
    }

    @Test
    void typesComeFromTheDeclaration() {
        as(Role.VIEWER)
                .queryParam("currency", "XYZ")
                .get("/api/v1/aid-commitments")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("currency"));
        as(Role.VIEWER)
                .queryParam("year", "1850")
                .get("/api/v1/aid-commitments")
                .then()
                .statusCode(400)
                .body("errors[0].message", equalTo("must be an integer from 1900 to 2999"));
        as(Role.VIEWER)
                .queryParam("hasSeats", "yes")
                .get("/api/v1/training-courses")
                .then()
                .statusCode(400)
                .body("errors[0].message", equalTo("must be true or false"));
        as(Role.ADMIN)
                .queryParam("enabled", "1")
                .get("/api/v1/users")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("enabled"));
        as(Role.VIEWER)
                .queryParam("pillar", "NOPE")
                .get("/api/v1/partnerships")
                .then()
                .statusCode(400)
                .body("errors[0].message", containsString("must be one of"));
    }

    @Test
    void listsWithoutFreeTextRefuseQRatherThanIgnoreIt() {
        as(Role.VIEWER)
                .queryParam("q", "usd")
                .get("/api/v1/exchange-rates")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("q"));
    }

    @Test
    void theSameDeclarationFiltersTheListAndBooleansChooseTheirCondition() {
        String name = unique("Sở Ngoại vụ Lào Cai");
        long id = created(
                Role.EDITOR,
                Map.of("name", name, "type", "GOVERNMENT_AGENCY", "countryCode", "VN"),
                "/api/v1/organizations");
        as(Role.VIEWER)
                .queryParam("q", "so ngoai vu lao cai")
                .queryParam("type", "GOVERNMENT_AGENCY")
                .queryParam("countryCode", "VN")
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) id));
        as(Role.VIEWER)
                .queryParam("q", "so ngoai vu lao cai")
                .queryParam("countryCode", "LA")
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        as(Role.ADMIN)
                .queryParam("active", "true")
                .get("/api/v1/api-keys")
                .then()
                .statusCode(200);
        as(Role.ADMIN)
                .queryParam("enabled", "false")
                .get("/api/v1/users")
                .then()
                .statusCode(200)
                .body("items.enabled", org.hamcrest.Matchers.everyItem(equalTo(false)));
    }
}
