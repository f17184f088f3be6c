package vn.diplomacy.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.aid.AidFixtures.commitment;
import static vn.diplomacy.aid.AidFixtures.create;
import static vn.diplomacy.aid.AidFixtures.district;
import static vn.diplomacy.aid.AidFixtures.ngo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.diplomacy.security.Role;

@QuarkusTest
class AidReportWarmerTest {
    @Inject
    AidReportWarmer warmer;

    @Inject
    AidReport report;

    @Test
    void afterAChangeTheStandardReportsAreComputedAheadAndServedFromTheCache() {
        create(commitment(ngo(), district(), "1000000", "VND", "2024-01-15"));
        long before = report.computedCount();
        warmer.warmNow();
        // Every grouping of all the aid, and years split by sector.
        assertThat(report.computedCount() - before).isEqualTo(AidGroupBy.values().length + 1);
        warmer.warmNow();
        assertThat(report.computedCount() - before)
                .as("nothing changed: nothing recomputed")
                .isEqualTo(AidGroupBy.values().length + 1);

        long served = report.computedCount();
        as(Role.VIEWER)
                .queryParam("groupBy", "sector")
                .queryParam("currency", "VND")
                .get("/api/v1/reports/aid")
                .then()
                .statusCode(200);
        as(Role.VIEWER)
                .queryParam("groupBy", "year")
                .queryParam("stackBy", "sector")
                .get("/api/v1/reports/aid")
                .then()
                .statusCode(200);
        assertThat(report.computedCount()).as("answered from the cache").isEqualTo(served);

        create(commitment(ngo(), district(), "2000000", "VND", "2024-02-15"));
        as(Role.VIEWER)
                .queryParam("groupBy", "sector")
                .get("/api/v1/reports/aid")
                .then()
                .statusCode(200);
        assertThat(report.computedCount())
                .as("a write makes the next answer fresh")
                .isEqualTo(served + 1);
    }
}
