package vn.diplomacy.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.diplomacy.TestSupport.PROBLEM;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.created;
import static vn.diplomacy.TestSupport.etagOf;
import static vn.diplomacy.TestSupport.unique;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.diplomacy.security.Role;

/** Foreign places are found by the names Vietnamese offices write them by, whatever the accents typed. */
@QuarkusTest
class OrganizationNamesTest {
    @Inject
    DemoOrganizations demo;

    private static List<Long> found(String q) {
        return as(Role.VIEWER)
                .queryParam("q", q)
                .queryParam("size", 100)
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", Long.class);
    }

    @Test
    void everyOtherNameIsFoundAccentInsensitivelyAndSurvivesAPatch() {
        String tag = unique("x");
        long id = created(
                Role.EDITOR,
                Map.of(
                        "name", "Yunnan Province " + tag,
                        "localName", "云南省",
                        "type", "LOCAL_GOVERNMENT",
                        "countryCode", "CN",
                        "names",
                                List.of(
                                        Map.of("name", " Vân Nam " + tag + " ", "language", "vi", "kind", "EXONYM"),
                                        Map.of("name", "Điền " + tag, "kind", "FORMER"))),
                "/api/v1/organizations");
        assertThat(found("van nam " + tag)).containsExactly(id);
        assertThat(found("Vân Nam " + tag)).containsExactly(id);
        assertThat(found("dien " + tag)).containsExactly(id);
        as(Role.VIEWER)
                .get("/api/v1/organizations/{id}", id)
                .then()
                .body("names[0].name", equalTo("Vân Nam " + tag))
                .body("names[0].language", equalTo("vi"))
                .body("names[1].kind", equalTo("FORMER"));
        as(Role.EDITOR)
                .contentType("application/merge-patch+json")
                .header("If-Match", etagOf(Role.VIEWER, "/api/v1/organizations/{id}", id))
                .body("{\"acronym\": \"YN\"}")
                .patch("/api/v1/organizations/{id}", id)
                .then()
                .statusCode(200)
                .body("names.size()", equalTo(2));
    }

    @Test
    void aBadNameIsRefusedOnItsField() {
        as(Role.EDITOR)
                .body(Map.of(
                        "name",
                        unique("Sekong"),
                        "type",
                        "LOCAL_GOVERNMENT",
                        "countryCode",
                        "LA",
                        "names",
                        List.of(Map.of("name", "Sê Kông", "language", "Vietnamese"), Map.of("name", " "))))
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", org.hamcrest.Matchers.hasItems("names[0].language", "names[1].name"));
    }

    @Test
    void theDemoLaoAndChineseProvincesAnswerToTheirVietnameseNames() {
        demo.load();
        for (String q : List.of("Khăm Muồn", "kham muon", "Vân Nam", "Sê Kông", "sa-la-van")) {
            assertThat(found(q)).as(q).isNotEmpty();
        }
    }
}
