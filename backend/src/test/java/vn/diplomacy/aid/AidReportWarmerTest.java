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
import vn.diplomacy.common.ClusterLock;
import vn.diplomacy.security.Role;

@QuarkusTest
class AidReportWarmerTest {
    @Inject
    AidReportWarmer warmer;

    @Inject
    AidReport report;

    @Inject
    ClusterLock lock;

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

    @Test
    void oneReplicaWarmsAndTheOthersReadWhatItFiled() {
        create(commitment(ngo(), district(), "3000000", "VND", "2024-03-15"));
        long before = report.computedCount();
        boolean[] ran = new boolean[1];
        // Another replica holds the warmer's lock: this one skips the round and computes nothing.
        assertThat(lock.ifFree("aid-report-warmer", () -> ran[0] = warmer.warmAlone()))
                .isTrue();
        assertThat(ran[0]).as("skipped while another replica warms").isFalse();
        assertThat(report.computedCount()).isEqualTo(before);

        assertThat(warmer.warmAlone()).isTrue();
        assertThat(report.computedCount() - before).isEqualTo(AidGroupBy.values().length + 1);

        // A replica that has answered nothing yet finds the answers in the database instead of computing them.
        String computedHere = sectors();
        report.forgetLocalCopies();
        long served = report.computedCount();
        assertThat(sectors()).as("the same answer").isEqualTo(computedHere);
        assertThat(report.computedCount()).as("read from the shared cache").isEqualTo(served);

        create(commitment(ngo(), district(), "4000000", "VND", "2024-04-15"));
        report.forgetLocalCopies();
        assertThat(sectors()).as("a newer version is computed afresh").isNotEqualTo(computedHere);
        assertThat(report.computedCount()).isEqualTo(served + 1);
    }

    private static String sectors() {
        return as(Role.VIEWER)
                .queryParam("groupBy", "sector")
                .get("/api/v1/reports/aid")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }
}
