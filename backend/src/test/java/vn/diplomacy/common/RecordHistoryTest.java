package vn.diplomacy.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.diplomacy.TestSupport.PROBLEM;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.created;
import static vn.diplomacy.TestSupport.etagOf;
import static vn.diplomacy.TestSupport.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.diplomacy.partnership.PartnershipFixtures;
import vn.diplomacy.security.Role;

@QuarkusTest
class RecordHistoryTest {

    static long organization(String name) {
        return created(
                Role.EDITOR,
                Map.of("name", name, "type", "LOCAL_GOVERNMENT", "countryCode", "LA"),
                "/api/v1/organizations");
    }

    static JsonPath history(String path, Object... params) {
        return as(Role.VIEWER)
                .queryParam("sort", "at")
                .get(path + "/history", params)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void historyShowsWhoChangedWhichFieldFromWhatAndKeepsDeletedRecords() {
        String name = unique("Tỉnh Khăm Muồn");
        long id = organization(name);
        as(Role.EDITOR)
                .header("If-Match", etagOf(Role.VIEWER, "/api/v1/organizations/{id}", id))
                .contentType(MergePatch.MEDIA_TYPE)
                .body(Map.of("localName", "ແຂວງຄໍາມ່ວນ", "website", "https://khammouane.gov.la"))
                .patch("/api/v1/organizations/{id}", id)
                .then()
                .statusCode(200);

        JsonPath h = history("/api/v1/organizations/{id}", id);
        assertThat(h.getList("items.action")).containsExactly("CREATED", "UPDATED");
        assertThat(h.getString("items[0].actor")).startsWith("editor-");
        assertThat(h.getList("items[0].changes.field")).contains("name", "type", "countryCode");
        assertThat(h.getList("items[1].changes.field")).containsExactlyInAnyOrder("localName", "website");
        assertThat(h.getList("items[1].changes.findAll { it.field == 'localName' }.after"))
                .containsExactly("ແຂວງຄໍາມ່ວນ");
        assertThat(h.getList("items[1].changes.findAll { it.field == 'localName' }.before"))
                .containsOnlyNulls();
        assertThat(h.getString("items[1].requestId")).isNotBlank();
        assertThat(h.getInt("totalItems")).isEqualTo(2);

        as(Role.EDITOR)
                .header("If-Match", etagOf(Role.VIEWER, "/api/v1/organizations/{id}", id))
                .delete("/api/v1/organizations/{id}", id)
                .then()
                .statusCode(204);
        JsonPath after = history("/api/v1/organizations/{id}", id);
        assertThat(after.getList("items.action")).containsExactly("CREATED", "UPDATED", "DELETED");
        assertThat(after.getList("items[2].changes.field")).contains("name");

        as(Role.VIEWER)
                .get("/api/v1/organizations/{id}/history", 999_999_999L)
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void aRecordInsideAnotherAppearsInItsParentsHistory() {
        long home = organization(unique("Hà Tĩnh"));
        long partner = organization(unique("Bolikhamxay"));
        long partnership = PartnershipFixtures.partnership(home, partner, "FRIENDSHIP", LocalDate.of(2020, 1, 1));
        long agreement = created(
                Role.EDITOR,
                PartnershipFixtures.agreement(unique("MOU"), LocalDate.of(2020, 2, 1), null),
                "/api/v1/partnerships/{id}/agreements",
                partnership);

        JsonPath parent = history("/api/v1/partnerships/{id}", partnership);
        assertThat(parent.getList("items.kind")).containsExactly("partnership", "agreement");
        assertThat(parent.getList("items.recordId", Long.class)).containsExactly(partnership, agreement);
        JsonPath child = history("/api/v1/partnerships/{p}/agreements/{id}", partnership, agreement);
        assertThat(child.getList("items.kind")).containsExactly("agreement");
        // Another partnership's address does not reach this agreement's history.
        as(Role.VIEWER)
                .get("/api/v1/partnerships/{p}/agreements/{id}/history", home, agreement)
                .then()
                .statusCode(404);
    }

    @Test
    void historyParametersAreChecked() {
        long id = organization(unique("Sê Kông"));
        as(Role.VIEWER)
                .queryParam("size", "0")
                .queryParam("colour", "red")
                .get("/api/v1/organizations/{id}/history", id)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("size"))
                .body("errors.field", hasItem("colour"));
        as(Role.VIEWER)
                .queryParam("sort", "-at")
                .queryParam("size", "1")
                .get("/api/v1/organizations/{id}/history", id)
                .then()
                .statusCode(200)
                .body("items.action", equalTo(List.of("CREATED")));
    }
}
