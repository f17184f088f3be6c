package vn.diplomacy.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed ../openapi.yaml must be what the app serves; `make openapi` rewrites it. */
@QuarkusTest
class OpenApiDocumentTest {
    private static final Path COMMITTED = Path.of("..", "openapi.yaml");

    @Test
    void committedDocumentMatchesTheCode() throws IOException {
        String served = given().accept("application/yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(COMMITTED))
                .as("openapi.yaml exists; run `make openapi`")
                .isTrue();
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("openapi.yaml is stale; run `make openapi` and commit it")
                .isEqualTo(served);
    }

    @Test
    void documentAndHealthArePublic() {
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }
}
