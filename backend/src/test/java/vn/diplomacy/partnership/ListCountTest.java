package vn.diplomacy.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.unique;
import static vn.diplomacy.partnership.ListPagingTest.partnershipWithAgreements;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.diplomacy.security.Role;

/** The list envelope's cursor and capped count, on the shared mechanism every list uses (here agreements, organizations). */
@QuarkusTest
class ListCountTest {
    @Inject
    AgroalDataSource dataSource;

    @Inject
    AgreementRepository agreements;

    @Test
    void withUpdatedSinceAndNoSortTheChangesComeOldestFirst() throws Exception {
        long p = partnershipWithAgreements();
        // updatedAt keeps whole seconds: make the nine an hour old, so that the change below is the newest.
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("update agreement set updated_at = updated_at - interval 1 hour"
                                + " where partnership_id = ?")) {
            s.setLong(1, p);
            s.executeUpdate();
        }
        var first = as(Role.VIEWER)
                .queryParam("sort", "code")
                .get("/api/v1/partnerships/{id}/agreements", p)
                .then()
                .extract()
                .jsonPath();
        long id = first.getLong("items[0].id");
        as(Role.EDITOR)
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("{\"notes\":\"gia hạn\"}")
                .patch("/api/v1/partnerships/{p}/agreements/{id}", p, id)
                .then()
                .statusCode(200);
        List<Long> changed = as(Role.VIEWER)
                .queryParam("updatedSince", "2020-01-01T00:00:00Z")
                .get("/api/v1/partnerships/{id}/agreements", p)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", Long.class);
        assertThat(changed).hasSize(9).last().isEqualTo(id);
    }

    @Test
    void countingStopsAtTheCapAndSaysSo() throws Exception {
        String token = unique("capcount").toLowerCase().replaceAll("[^a-z0-9]", "");
        String digits =
                "(select 0 d union all select 1 union all select 2 union all select 3 union all select 4 union all"
                        + " select 5 union all select 6 union all select 7 union all select 8 union all select 9)";
        String insert =
                "insert into organization (name, type, country_code, search_text, version, created_at, updated_at,"
                        + " created_by, updated_by) select concat(?, '-', n), 'OTHER', 'VN', concat(?, '-', n), 0, current_timestamp,"
                        + " current_timestamp, 'test', 'test' from (select a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d n from "
                        + digits + " a, " + digits + " b, " + digits + " c, " + digits + " e, " + digits
                        + " f) numbers where n < 10005";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(insert)) {
            s.setString(1, token);
            s.setString(2, token);
            assertThat(s.executeUpdate()).isEqualTo(10_005);
        }
        try {
            as(Role.VIEWER)
                    .queryParam("q", token)
                    .get("/api/v1/organizations")
                    .then()
                    .statusCode(200)
                    .body("totalItems", equalTo(10_000))
                    .body("totalExact", equalTo(false))
                    .body("items.size()", equalTo(20));
            as(Role.VIEWER)
                    .queryParam("q", token + "-1000")
                    .get("/api/v1/organizations")
                    .then()
                    .statusCode(200)
                    .body("totalItems", equalTo(6))
                    .body("totalExact", equalTo(true));
        } finally {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement s = c.prepareStatement("delete from organization where search_text like ?")) {
                s.setString(1, token + "-%");
                s.executeUpdate();
            }
        }
    }
}
