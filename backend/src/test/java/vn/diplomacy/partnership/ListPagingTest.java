package vn.diplomacy.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.diplomacy.TestSupport.PROBLEM;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.unique;
import static vn.diplomacy.partnership.PartnershipFixtures.agreement;
import static vn.diplomacy.partnership.PartnershipFixtures.body;
import static vn.diplomacy.partnership.PartnershipFixtures.create;
import static vn.diplomacy.partnership.PartnershipFixtures.laoProvince;
import static vn.diplomacy.partnership.PartnershipFixtures.province;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.diplomacy.common.FilterSet;
import vn.diplomacy.common.Filtered;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.PageResult;
import vn.diplomacy.common.Where;
import vn.diplomacy.security.Role;

/** The list envelope's cursor and capped count, on the shared mechanism every list uses (here agreements, organizations). */
@QuarkusTest
class ListPagingTest {

    @Inject
    AgreementRepository agreements;

    /** Nine agreements whose expiry repeats and is sometimes empty: the sort key alone does not order them. */
    static long partnershipWithAgreements() {
        long p = create(body(
                province("Quảng Trị"),
                laoProvince("Savannakhet"),
                "SPECIAL_FRIENDSHIP",
                LocalDate.of(2018, 1, 1),
                null));
        LocalDate[] expiries = {
            null,
            LocalDate.of(2027, 1, 1),
            null,
            LocalDate.of(2026, 6, 30),
            LocalDate.of(2027, 1, 1),
            LocalDate.of(2026, 6, 30),
            null,
            LocalDate.of(2030, 12, 31),
            LocalDate.of(2027, 1, 1)
        };
        for (int i = 0; i < expiries.length; i++) {
            as(Role.EDITOR)
                    .body(agreement(String.format("%02d/QT-SVK", i), null, expiries[i]))
                    .post("/api/v1/partnerships/{id}/agreements", p)
                    .then()
                    .statusCode(201);
        }
        return p;
    }

    private static List<Long> byPages(long p, String sort) {
        List<Long> ids = new ArrayList<>();
        for (int page = 0; page < 5; page++) {
            ids.addAll(as(Role.VIEWER)
                    .queryParam("sort", sort)
                    .queryParam("size", 2)
                    .queryParam("page", page)
                    .get("/api/v1/partnerships/{id}/agreements", p)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("items.id", Long.class));
        }
        return ids;
    }

    private static List<Long> byCursors(long p, String sort) {
        List<Long> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = as(Role.VIEWER).queryParam("sort", sort).queryParam("size", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/partnerships/{id}/agreements", p)
                    .then()
                    .statusCode(200)
                    .body("page", equalTo(pages))
                    .body("totalItems", equalTo(9))
                    .body("totalExact", equalTo(true))
                    .extract()
                    .jsonPath();
            ids.addAll(page.getList("items.id", Long.class));
            cursor = page.getString("next");
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(pages).isEqualTo(5);
        return ids;
    }

    @Test
    void cursorsWalkTheSameRowsAsPagesInBothDirectionsWithEmptyAndRepeatedKeys() {
        long p = partnershipWithAgreements();
        for (String sort : List.of("expiresOn", "-expiresOn", "code", "-code", "expiresOn,-code")) {
            List<Long> pages = byPages(p, sort);
            assertThat(pages).as(sort).hasSize(9).doesNotHaveDuplicates();
            assertThat(byCursors(p, sort)).as(sort).isEqualTo(pages);
        }
        // Descending puts the empty expiries last, and ties follow the same direction (the id descending too).
        List<Long> descending = byPages(p, "-expiresOn");
        assertThat(descending.subList(6, 9)).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void anExportReadsEveryRowOnceInTheListsOrderChunkByChunk() {
        long p = partnershipWithAgreements();
        for (String sort : List.of("expiresOn", "-expiresOn", "-code")) {
            List<Long> read = new ArrayList<>();
            List<Integer> chunks = new ArrayList<>();
            Filtered f = FilterSet.read(
                    PageParams.of(java.util.Map.of("sort", sort)), AgreementService.SORTABLE, new AgreementFilters());
            Iterable<Long> rows = PageResult.streamed(
                    agreements,
                    "",
                    f.where().plus(new Where().and("partnershipId = :p", "p", p)),
                    f.list(),
                    4,
                    chunk -> {
                        chunks.add(chunk.size());
                        return chunk.stream().map(a -> a.id).toList();
                    });
            assertThat(chunks).as("nothing is read before the rows are").isEmpty();
            rows.forEach(read::add);
            assertThat(read).as(sort).isEqualTo(byPages(p, sort));
            assertThat(chunks).as(sort).containsExactly(4, 4, 1);
        }
    }

    @Test
    void aSortOnAComputedValueContinuesByPosition() {
        String partner = unique("Champasak");
        long lao = PartnershipFixtures.organization(partner, "LOCAL_GOVERNMENT", "LA");
        for (int i = 0; i < 3; i++) {
            create(body(
                    province("Quảng Nam"),
                    lao,
                    "COOPERATION",
                    LocalDate.of(2019 + i, 1, 1),
                    i == 0 ? LocalDate.of(2020, 1, 1) : null));
        }
        List<Long> pages = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            pages.addAll(as(Role.VIEWER)
                    .queryParam("q", partner)
                    .queryParam("sort", "status")
                    .queryParam("size", 1)
                    .queryParam("page", page)
                    .get("/api/v1/partnerships")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("items.id", Long.class));
        }
        List<Long> cursors = new ArrayList<>();
        String cursor = null;
        do {
            var request = as(Role.VIEWER)
                    .queryParam("q", partner)
                    .queryParam("sort", "status")
                    .queryParam("size", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/partnerships")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            cursors.addAll(page.getList("items.id", Long.class));
            cursor = page.getString("next");
        } while (cursor != null && cursors.size() < 10);
        assertThat(pages).hasSize(3).doesNotHaveDuplicates();
        assertThat(cursors).isEqualTo(pages);
        // A hand-made position past any page is refused, not run (offset + size would overflow).
        String first = as(Role.VIEWER)
                .queryParam("q", partner)
                .queryParam("sort", "status")
                .queryParam("size", 1)
                .get("/api/v1/partnerships")
                .then()
                .extract()
                .jsonPath()
                .getString("next");
        String json = new String(
                        java.util.Base64.getUrlDecoder().decode(first), java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("\"o\":\\d+", "\"o\":2147483647");
        String forged = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        as(Role.VIEWER)
                .queryParam("q", partner)
                .queryParam("sort", "status")
                .queryParam("cursor", forged)
                .get("/api/v1/partnerships")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void aCursorOnlyContinuesTheListItWasMadeFor() {
        long p = partnershipWithAgreements();
        String next = as(Role.VIEWER)
                .queryParam("sort", "expiresOn")
                .queryParam("size", 2)
                .get("/api/v1/partnerships/{id}/agreements", p)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("next");
        refusedCursor(p, Map.of("sort", "code", "size", 2, "cursor", next));
        refusedCursor(p, Map.of("sort", "expiresOn", "kind", "MINUTES", "cursor", next));
        refusedCursor(p, Map.of("sort", "expiresOn", "page", 1, "cursor", next));
        for (String bad : List.of("abc", "eyJ9", next.substring(0, next.length() - 3), "eyJiIjoieCIsInAiOjB9")) {
            refusedCursor(p, Map.of("sort", "expiresOn", "cursor", bad));
        }
        // A page number whose last row's offset would overflow is refused too.
        as(Role.VIEWER)
                .queryParam("page", 21_474_836)
                .get("/api/v1/partnerships/{id}/agreements", p)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("page"));
        as(Role.VIEWER)
                .queryParam("page", 10_737_418)
                .get("/api/v1/partnerships/{id}/agreements", p)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0));
        // A sort on fields gives a keyset cursor (the last row's key and id), not a position.
        assertThat(new String(java.util.Base64.getUrlDecoder().decode(next)))
                .contains("\"k\":[")
                .contains("\"i\":");
        // The page size may change along the way: it does not choose the rows.
        as(Role.VIEWER)
                .queryParam("sort", "expiresOn")
                .queryParam("size", 7)
                .queryParam("cursor", next)
                .get("/api/v1/partnerships/{id}/agreements", p)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(7))
                .body("page", equalTo(1))
                .body("next", nullValue());
    }

    private static void refusedCursor(long partnership, Map<String, Object> params) {
        as(Role.VIEWER)
                .queryParams(params)
                .get("/api/v1/partnerships/{id}/agreements", partnership)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("cursor"));
    }
}
