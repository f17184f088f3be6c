package vn.diplomacy.aid;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.diplomacy.TestSupport.as;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.diplomacy.security.Role;

@QuarkusTest
class AidSectorResourceTest {
    @Test
    void everySectorComesWithItsDacCodeInTheCodelistsOrder() {
        as(Role.VIEWER)
                .get("/api/v1/aid-sectors")
                .then()
                .statusCode(200)
                .body("", hasSize(AidSector.values().length))
                .body("[0].code", equalTo("EDUCATION"))
                .body("[0].dacCode", equalTo("11110"))
                .body("find { it.code == 'WATER_SANITATION' }.dacCode", equalTo("14030"));
        given().get("/api/v1/aid-sectors").then().statusCode(401);
    }
}
