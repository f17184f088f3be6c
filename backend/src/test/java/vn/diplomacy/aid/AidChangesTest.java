package vn.diplomacy.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.aid.AidFixtures.commitment;
import static vn.diplomacy.aid.AidFixtures.create;
import static vn.diplomacy.aid.AidFixtures.disburse;
import static vn.diplomacy.aid.AidFixtures.district;
import static vn.diplomacy.aid.AidFixtures.ngo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.diplomacy.security.Role;

@QuarkusTest
class AidChangesTest {

    @Test
    void aNewDisbursementChangesItsCommitmentForSynchronisingPrograms() throws InterruptedException {
        long id = create(commitment(ngo(), district(), "900000000", "VND", "2021-05-01"));
        Instant before = Instant.parse(as(Role.VIEWER)
                .get("/api/v1/aid-commitments/{id}", id)
                .then()
                .extract()
                .path("updatedAt"));
        String cursor = as(Role.VIEWER)
                .queryParam("types", "aid-commitment,disbursement")
                .queryParam("size", 1000)
                .get("/api/v1/changes")
                .then()
                .extract()
                .path("next");
        // updatedAt has whole seconds: the disbursement comes a second later.
        Thread.sleep(1100);
        long d = disburse(id, "400000000", "VND", "2024-03-01");

        JsonPath feed = as(Role.VIEWER)
                .queryParam("after", cursor)
                .queryParam("types", "aid-commitment,disbursement")
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> items = feed.getList("items");
        assertThat(items)
                .anySatisfy(e -> assertThat(e)
                        .containsEntry("kind", "disbursement")
                        .containsEntry("recordId", (int) d)
                        .containsEntry("action", "CREATED"))
                .anySatisfy(e -> assertThat(e)
                        .containsEntry("kind", "aid-commitment")
                        .containsEntry("recordId", (int) id)
                        .containsEntry("action", "UPDATED")
                        .containsEntry("via", "disbursement"));

        Instant after = Instant.parse(as(Role.VIEWER)
                .get("/api/v1/aid-commitments/{id}", id)
                .then()
                .extract()
                .path("updatedAt"));
        assertThat(after).isAfter(before);
        List<Integer> changedSince = as(Role.VIEWER)
                .queryParam("updatedSince", after.toString())
                .queryParam("size", 100)
                .get("/api/v1/aid-commitments")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(changedSince).contains((int) id);

        JsonPath history = as(Role.VIEWER)
                .get("/api/v1/aid-commitments/{id}/history", id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(history.getList("items.kind")).containsExactly("aid-commitment", "disbursement");
    }
}
