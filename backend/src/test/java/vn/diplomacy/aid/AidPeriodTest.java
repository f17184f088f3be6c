package vn.diplomacy.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.diplomacy.aid.AidFixtures.commitment;
import static vn.diplomacy.aid.AidFixtures.create;
import static vn.diplomacy.aid.AidFixtures.disburse;
import static vn.diplomacy.aid.AidFixtures.ngo;
import static vn.diplomacy.aid.AidFixtures.organization;
import static vn.diplomacy.aid.AidFixtures.report;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Offices report what was committed and what was disbursed in the period: each by its own date. */
@QuarkusTest
class AidPeriodTest {
    @Test
    void aDisbursementCountsInTheYearItWasPaidNotInItsCommitmentsYear() {
        long district = organization("Huyện Mường Tè", "LOCAL_GOVERNMENT", "VN");
        long commitmentId = create(commitment(ngo(), district, "900000000", "VND", "2021-06-15"));
        disburse(commitmentId, "400000000", "VND", "2024-03-20");

        JsonPath in2021 = report(Map.of("year", 2021, "beneficiaryOrganizationId", district));
        assertThat(in2021.getString("totals.committed.amount")).isEqualTo("900000000");
        assertThat(in2021.getString("totals.disbursed.amount")).isEqualTo("0");

        JsonPath in2024 = report(Map.of("year", 2024, "beneficiaryOrganizationId", district));
        assertThat(in2024.getString("totals.committed.amount")).isEqualTo("0");
        assertThat(in2024.getLong("totals.projects")).isZero();
        assertThat(in2024.getString("totals.disbursed.amount")).isEqualTo("400000000");

        // By year, over all time: each amount in its own year's row.
        JsonPath byYear = report(Map.of("beneficiaryOrganizationId", district));
        List<Map<String, Object>> rows = byYear.getList("rows");
        assertThat(rows).extracting(r -> r.get("key")).containsExactly("2021", "2024");
        assertThat(byYear.getString("rows[0].committed.amount")).isEqualTo("900000000");
        assertThat(byYear.getString("rows[0].disbursed.amount")).isEqualTo("0");
        assertThat(byYear.getString("rows[1].committed.amount")).isEqualTo("0");
        assertThat(byYear.getString("rows[1].disbursed.amount")).isEqualTo("400000000");

        // A window given by dates behaves like a year.
        JsonPath spring2024 =
                report(Map.of("from", "2024-01-01", "to", "2024-06-30", "beneficiaryOrganizationId", district));
        assertThat(spring2024.getString("totals.disbursed.amount")).isEqualTo("400000000");
        assertThat(spring2024.getString("totals.committed.amount")).isEqualTo("0");

        // Grouped otherwise (by donor), the period still selects each side by its own date.
        Map<String, Object> byNgo =
                new HashMap<>(Map.of("groupBy", "ngo", "year", 2024, "beneficiaryOrganizationId", district));
        JsonPath donors = report(byNgo);
        assertThat(donors.getList("rows")).hasSize(1);
        assertThat(donors.getString("rows[0].disbursed.amount")).isEqualTo("400000000");
    }
}
