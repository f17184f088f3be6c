package vn.diplomacy.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.diplomacy.aid.AidFixtures.report;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.diplomacy.organization.DemoOrganizations;
import vn.diplomacy.organization.OrganizationRepository;
import vn.diplomacy.organization.OrganizationType;
import vn.diplomacy.partnership.DemoPartnerships;

@QuarkusTest
class DemoAidTest {
    @Inject
    DemoOrganizations organizations;

    @Inject
    DemoPartnerships partnerships;

    @Inject
    DemoAid aid;

    @Inject
    AidCommitmentRepository commitments;

    @Inject
    OrganizationRepository orgs;

    @Test
    void loadedOnceWithTheFiguresOfTheDomainNotes() {
        organizations.load();
        partnerships.load();
        aid.load();
        long count = commitments.count();
        assertThat(aid.load()).isZero();
        assertThat(commitments.count()).isEqualTo(count);

        long laiChau = orgs.findSame("Ủy ban nhân dân tỉnh Lai Châu", "VN", OrganizationType.LOCAL_GOVERNMENT)
                .orElseThrow()
                .id;
        JsonPath laiChau2016 = report(Map.of("groupBy", "ngo", "beneficiaryOrganizationId", laiChau, "year", 2016));
        assertThat(laiChau2016.getList("rows")).hasSize(7);
        assertThat(new BigDecimal(laiChau2016.getString("totals.committed.amount")))
                .isGreaterThan(new BigDecimal("15000000000"));
        assertThat(laiChau2016.getLong("unconvertedCount")).isZero();

        long laoCai = orgs.findSame("Ủy ban nhân dân tỉnh Lào Cai", "VN", OrganizationType.LOCAL_GOVERNMENT)
                .orElseThrow()
                .id;
        JsonPath term = report(Map.of(
                "groupBy",
                "kind",
                "beneficiaryOrganizationId",
                laoCai,
                "committed",
                true,
                "from",
                "2018-01-01",
                "to",
                "2023-12-31"));
        long projects = 0;
        for (int i = 0; i < term.getList("rows").size(); i++) {
            if (term.getString("rows[" + i + "].key").equals("PROJECT")) {
                projects += term.getLong("rows[" + i + "].projects");
            }
        }
        // 85 projects plus the non-project aid; 504 billion VND in all, give or take the rounding of foreign amounts.
        assertThat(projects).isEqualTo(85);
        assertThat(new BigDecimal(term.getString("totals.committed.amount")))
                .isBetween(new BigDecimal("503900000000"), new BigDecimal("504100000000"));

        JsonPath spring = report(Map.of(
                "groupBy",
                "status",
                "beneficiaryOrganizationId",
                laoCai,
                "status",
                "PIPELINE",
                "from",
                "2023-02-15",
                "to",
                "2023-02-15"));
        assertThat(spring.getLong("totals.projects")).isEqualTo(6);
        assertThat(spring.getString("totals.byCurrency[0].committed.amount")).isEqualTo("2040000.00");
    }
}
