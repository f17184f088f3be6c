package vn.diplomacy.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.aid.AidFixtures.commitment;
import static vn.diplomacy.aid.AidFixtures.create;
import static vn.diplomacy.aid.AidFixtures.disburse;
import static vn.diplomacy.aid.AidFixtures.money;
import static vn.diplomacy.aid.AidFixtures.ngo;
import static vn.diplomacy.aid.AidFixtures.organization;
import static vn.diplomacy.aid.AidFixtures.rate;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.diplomacy.security.Role;

/** One small portfolio (its own donor, and currencies neither the demo data nor other tests rate) reported several ways. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AidReportTest {
    long ngo;
    long district1;
    long district2;

    /** Built by the first test that runs (RestAssured knows the test port only once a test runs). */
    void portfolio() {
        if (ngo != 0) {
            return;
        }
        rate("SGD", "2019-01-01", "25000");
        rate("THB", "2019-01-01", "30000");
        rate("THB", "2019-07-01", "31000");
        ngo = ngo();
        district1 = organization("Huyện Phong Thổ", "LOCAL_GOVERNMENT", "VN");
        district2 = organization("Huyện Bát Xát", "LOCAL_GOVERNMENT", "VN");
        var vnd = commitment(ngo, district1, "1000000000", "VND", "2019-03-01");
        vnd.put("sector", "EDUCATION");
        vnd.put("counterpartFunding", money("200000000", "VND"));
        create(vnd);
        var chf = commitment(ngo, district1, "1000.50", "SGD", "2019-03-01");
        chf.put("sector", "HEALTH");
        long sgdCommitment = create(chf);
        var gbp = commitment(ngo, district2, "2000", "THB", "2019-08-01");
        gbp.put("sector", "HEALTH");
        long thbCommitment = create(gbp);
        var nzd = commitment(ngo, district2, "300", "MYR", "2019-05-01");
        nzd.put("sector", "EDUCATION");
        create(nzd);
        disburse(sgdCommitment, "500", "SGD", "2019-04-01");
        disburse(thbCommitment, "1000", "THB", "2019-02-01");
    }

    private JsonPath report(Map<String, Object> params) {
        portfolio();
        Map<String, Object> all = new HashMap<>(params);
        all.put("ngoId", ngo);
        return as(Role.VIEWER)
                .queryParams(all)
                .get("/api/v1/reports/aid")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void convertedTotalsAddConvertedAmountsOnlyAndListWhatHasNoRate() {
        JsonPath r = report(Map.of("groupBy", "sector"));
        assertThat(r.getString("currency")).isEqualTo("VND");
        assertThat(r.getList("rows.key")).containsExactly("EDUCATION", "HEALTH");
        // EDUCATION: the VND project; the MYR one has no rate, so it is counted as a project but not converted.
        assertThat(r.getString("rows[0].committed.amount")).isEqualTo("1000000000");
        assertThat(r.getInt("rows[0].projects")).isEqualTo(2);
        assertThat(r.getList("rows[0].byCurrency.currency")).containsExactly("MYR", "VND");
        assertThat(r.getString("rows[0].byCurrency[0].committed.amount")).isEqualTo("300.00");
        // HEALTH: 1,000.50 SGD × 25,000 + 2,000 THB × 31,000 (the rate in force on 1 Aug) = 25,012,500 + 62,000,000.
        assertThat(r.getString("rows[1].committed.amount")).isEqualTo("87012500");
        // Disbursed: 500 SGD × 25,000 + 1,000 THB × 30,000 (the rate in force on 1 Feb).
        assertThat(r.getString("rows[1].disbursed.amount")).isEqualTo("42500000");
        assertThat(r.getString("rows[1].label")).isEqualTo("Health (DAC 12110)");
        assertThat(r.getString("totals.committed.amount")).isEqualTo("1087012500");
        assertThat(r.getInt("totals.projects")).isEqualTo(4);
        assertThat(r.getList("totals.byCurrency.currency")).containsExactly("MYR", "SGD", "THB", "VND");
        // Counterpart funds are reported apart and never added to aid.
        assertThat(r.getList("totals.counterpartFunding"))
                .containsExactly(Map.of("amount", "200000000", "currency", "VND"));
        assertThat(r.getLong("unconvertedCount")).isEqualTo(1);
        assertThat(r.getString("unconverted[0].type")).isEqualTo("COMMITMENT");
        assertThat(r.getMap("unconverted[0].amount")).isEqualTo(Map.of("amount", "300.00", "currency", "MYR"));
        assertThat(r.getList("ratesUsed.currency")).containsExactly("SGD", "THB", "THB");
        assertThat(r.getList("filters")).contains("groupBy=sector", "ngoId=" + ngo);
    }

    @Test
    void anotherReportCurrencyConvertsThroughEachDatesRates() {
        JsonPath r = report(Map.of("groupBy", "year", "currency", "SGD"));
        assertThat(r.getList("rows.key")).containsExactly("2019");
        // 1,000,000,000 / 25,000 + 1,000.50 (as recorded) + 62,000,000 / 25,000.
        assertThat(r.getString("totals.committed.amount")).isEqualTo("43480.50");
        assertThat(r.getString("totals.committed.currency")).isEqualTo("SGD");
        // 500 SGD + 30,000,000 / 25,000.
        assertThat(r.getString("totals.disbursed.amount")).isEqualTo("1700.00");
        assertThat(r.getLong("unconvertedCount")).isEqualTo(1);
    }

    @Test
    void aYearCanBeSplitBySector() {
        JsonPath r = report(Map.of("groupBy", "year", "stackBy", "sector"));
        assertThat(r.getString("stackBy")).isEqualTo("sector");
        assertThat(r.getList("rows[0].stack.key")).containsExactly("EDUCATION", "HEALTH");
        assertThat(r.getList("rows[0].stack.committed.amount")).containsExactly("1000000000", "87012500");
        assertThat(r.getList("rows[0].stack.projects", Integer.class)).containsExactly(2, 2);
        as(Role.VIEWER)
                .queryParam("groupBy", "year")
                .queryParam("stackBy", "year")
                .get("/api/v1/reports/aid")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("stackBy")));
    }

    @Test
    void groupsAreLabelledAndFiltersApply() {
        JsonPath byPlace = report(Map.of("groupBy", "beneficiary"));
        assertThat(byPlace.getList("rows.key")).containsExactly(String.valueOf(district1), String.valueOf(district2));
        assertThat(byPlace.getString("rows[0].label")).startsWith("Huyện Phong Thổ");
        JsonPath byCountry = report(Map.of("groupBy", "donorCountry"));
        assertThat(byCountry.getString("rows[0].label")).isEqualTo("United Kingdom");
        JsonPath sgdOnly = report(Map.of("groupBy", "kind", "originalCurrency", "sgd"));
        assertThat(sgdOnly.getString("totals.committed.amount")).isEqualTo("25012500");
        assertThat(sgdOnly.getList("totals.byCurrency.currency")).containsExactly("SGD");
        JsonPath health = report(Map.of("groupBy", "kind", "sector", "HEALTH", "from", "2019-08-01"));
        assertThat(health.getString("totals.committed.amount")).isEqualTo("62000000");
        assertThat(health.getInt("totals.projects")).isEqualTo(1);
        as(Role.VIEWER)
                .queryParam("groupBy", "colour")
                .get("/api/v1/reports/aid")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("groupBy")));
        as(Role.VIEWER)
                .queryParam("currency", "ZZZ")
                .get("/api/v1/reports/aid")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("currency")));
    }

    @Test
    void exportsCarryTheSameFiguresAsTheApi() throws Exception {
        JsonPath api = report(Map.of("groupBy", "sector"));
        byte[] csvBytes = as(Role.VIEWER)
                .queryParams(Map.of("ngoId", ngo, "groupBy", "sector", "format", "csv"))
                .get("/api/v1/reports/aid")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .header(
                        "Content-Disposition",
                        org.hamcrest.Matchers.startsWith("attachment; filename=\"aid-report-sector-"))
                .extract()
                .asByteArray();
        assertThat(new String(csvBytes, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00EF\u00BB\u00BF");
        List<CSVRecord> csv = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .get()
                .parse(new java.io.StringReader(new String(csvBytes, StandardCharsets.UTF_8).substring(1)))
                .getRecords();
        assertThat(csv).hasSize(3);
        // The screens' words, in the export's language, and the DAC code beside them.
        assertThat(csv.get(1).get("Lĩnh vực")).isEqualTo("Y tế");
        assertThat(csv.get(1).get("OECD-DAC")).isEqualTo("12110");
        assertThat(csv.get(1).get("Cam kết (VND)")).isEqualTo(api.getString("rows[1].committed.amount"));
        assertThat(csv.get(2).get("Cam kết (VND)")).isEqualTo(api.getString("totals.committed.amount"));
        assertThat(csv.get(2).get("Giải ngân (VND)")).isEqualTo(api.getString("totals.disbursed.amount"));
        assertThat(csv.get(0).get("Cam kết bằng MYR")).isEqualTo("300.00");

        byte[] xlsx = as(Role.VIEWER)
                .header("Accept", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Accept-Language", "en")
                .queryParams(Map.of("ngoId", ngo, "groupBy", "sector"))
                .get("/api/v1/reports/aid")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        List<Row> rows = sheet(xlsx);
        int header = indexOf(rows, "OECD-DAC");
        assertThat(rows.get(header).getCellText(1)).isEqualTo("Sector");
        assertThat(rows.get(header + 2).getCellText(1)).isEqualTo("Health");
        Row totals = rows.get(rows.size() - 1);
        assertThat(rows.get(header).getCellText(3)).isEqualTo("Committed (VND)");
        assertThat(totals.getCellText(1)).isEqualTo("Total");
        assertThat(totals.getCellAsNumber(3).orElseThrow())
                .isEqualByComparingTo(api.getString("totals.committed.amount"));
        assertThat(totals.getCellAsNumber(4).orElseThrow())
                .isEqualByComparingTo(api.getString("totals.disbursed.amount"));
        assertThat(rows.get(header + 1).getCell(3).getDataFormatString()).isEqualTo("#,##0 [$VND]");
        assertThat(rows.stream().anyMatch(r -> r.getCellText(0).contains("ngoId=" + ngo)))
                .isTrue();
    }

    @Test
    void theListExportHoldsEveryMatchingCommitment() throws Exception {
        portfolio();
        JsonPath api = as(Role.VIEWER)
                .queryParam("ngoId", ngo)
                .queryParam("size", 100)
                .get("/api/v1/aid-commitments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        BigDecimal apiBase = api.getList("items.committedInBase.amount", String.class).stream()
                .filter(java.util.Objects::nonNull)
                .map(BigDecimal::new)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        byte[] xlsx = as(Role.VIEWER)
                .queryParam("ngoId", ngo)
                .queryParam("format", "xlsx")
                .get("/api/v1/aid-commitments")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        List<Row> rows = sheet(xlsx);
        int header = indexOf(rows, "ID");
        List<Row> data = rows.subList(header + 1, rows.size() - 1);
        assertThat(data).hasSize(api.getInt("totalItems"));
        assertThat(rows.get(rows.size() - 1).getCellAsNumber(16).orElseThrow()).isEqualByComparingTo(apiBase);
        // Vietnamese by default: the screens' words for kind, sector, status and country, never the API's codes.
        List<String> codes = new ArrayList<>();
        for (Enum<?>[] values :
                List.of(AidKind.values(), AidSector.values(), AidStatus.values(), AidApprovalStatus.values())) {
            for (Enum<?> v : values) {
                codes.add(v.name());
            }
        }
        for (Row row : data) {
            for (int c = 0; c < row.getCellCount(); c++) {
                assertThat(codes).doesNotContain(row.getCellText(c));
            }
        }
        List<String> kinds = data.stream().map(r -> r.getCellText(4)).distinct().toList();
        assertThat(kinds).containsOnly("Dự án");
        assertThat(data.stream().map(r -> r.getCellText(5))).contains("Giáo dục", "Y tế");
        assertThat(data.stream().map(r -> r.getCellText(11))).contains("Đang thực hiện");
        assertThat(data.stream().map(r -> r.getCellText(21))).contains("Đang triển khai");
        assertThat(data.stream().map(r -> r.getCellText(3))).contains("Vương quốc Anh");
        String csv = as(Role.VIEWER)
                .queryParam("ngoId", ngo)
                .header("Accept", "text/csv")
                .get("/api/v1/aid-commitments")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<CSVRecord> records = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .get()
                .parse(new java.io.StringReader(csv.substring(1)))
                .getRecords();
        assertThat(records).hasSize(api.getInt("totalItems") + 1);
        assertThat(records.get(records.size() - 1).get(16))
                .isEqualTo(apiBase.stripTrailingZeros().toPlainString());
    }

    @Test
    void aNewDisbursementShowsInTheNextReport() {
        portfolio();
        // Its own donor, so the shared portfolio's figures stay as the other tests expect.
        long donor = ngo();
        long id = create(commitment(donor, district1, "1000", "SGD", "2019-03-01"));
        Map<String, Object> params = Map.of("ngoId", donor, "groupBy", "status");
        String before = as(Role.VIEWER)
                .queryParams(params)
                .get("/api/v1/reports/aid")
                .then()
                .extract()
                .path("totals.disbursed.amount");
        disburse(id, "100", "SGD", "2019-05-01");
        String after = as(Role.VIEWER)
                .queryParams(params)
                .get("/api/v1/reports/aid")
                .then()
                .extract()
                .path("totals.disbursed.amount");
        assertThat(before).isEqualTo("0");
        assertThat(after).isEqualTo("2500000");
    }

    private static List<Row> sheet(byte[] xlsx) throws Exception {
        try (var workbook = new ReadableWorkbook(
                new ByteArrayInputStream(xlsx), new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
            return new ArrayList<>(workbook.getFirstSheet().read());
        }
    }

    private static int indexOf(List<Row> rows, String firstCell) {
        for (int i = 0; i < rows.size(); i++) {
            if (firstCell.equals(rows.get(i).getCellText(0))) {
                return i;
            }
        }
        throw new AssertionError("no row starting with " + firstCell);
    }
}
