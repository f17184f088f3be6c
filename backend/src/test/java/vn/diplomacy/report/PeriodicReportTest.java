package vn.diplomacy.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.created;
import static vn.diplomacy.TestSupport.unique;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import vn.diplomacy.security.Role;

/** The periodic report: every figure equals the list or report API for the same period and scope; DOCX, XLSX. */
@QuarkusTest
class PeriodicReportTest {
    static final String PATH = "/api/v1/reports/periodic";

    private static long org(String name, String type, String country, Long parent) {
        Map<String, Object> body = new HashMap<>(Map.of("name", unique(name), "type", type, "countryCode", country));
        if (parent != null) {
            body.put("parentId", parent);
        }
        return created(Role.EDITOR, body, "/api/v1/organizations");
    }

    private static void activity(String kind, long home, String start, String status, int vn, int foreign) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("title", unique("Giao lưu hữu nghị"));
        body.put("startDate", start);
        body.put("endDate", start);
        body.put("homeOrganizationId", home);
        body.put("status", status);
        body.put("participantsVietnamese", vn);
        body.put("participantsForeign", foreign);
        if (status.equals("CANCELLED")) {
            body.put("cancellationReason", "Mưa bão");
        }
        if (kind.equals("CONGRATULATORY_MESSAGE")) {
            body.put("exchange", Map.of("direction", "SENT", "occasion", "NATIONAL_DAY"));
        }
        created(Role.EDITOR, body, "/api/v1/activities");
    }

    private static void stay(long home, String nationality, String kind, String start, String end) {
        long person = created(
                Role.EDITOR,
                Map.of("fullName", unique("Bounmy Sisouk"), "nationality", nationality, "homeOrganizationId", home),
                "/api/v1/persons");
        created(
                Role.EDITOR,
                Map.of(
                        "personId", person,
                        "homeOrganizationId", home,
                        "kind", kind,
                        "hostName", "Trường Cao đẳng Cộng đồng Lai Châu",
                        "startDate", start,
                        "endDate", end),
                "/api/v1/stays");
    }

    private static JsonPath get(String path, Map<String, Object> params) {
        return as(Role.VIEWER)
                .queryParams(params)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static Map<String, Object> period(String from, String to, Long scope) {
        Map<String, Object> p = new HashMap<>(Map.of("from", from, "to", to));
        if (scope != null) {
            p.put("scopeOrganizationId", scope);
        }
        return p;
    }

    @Test
    void figuresEqualTheListsForThreePeriodsAndTwoScopes() {
        long province = org("UBND tỉnh Lai Châu", "LOCAL_GOVERNMENT", "VN", null);
        long union = org("Liên hiệp các tổ chức hữu nghị tỉnh Lai Châu", "FRIENDSHIP_ASSOCIATION", "VN", province);
        activity("FRIENDSHIP_EXCHANGE", province, "2016-04-13", "HELD", 100, 40);
        activity("FRIENDSHIP_EXCHANGE", union, "2016-09-05", "HELD", 60, 20);
        activity("CONGRATULATORY_MESSAGE", union, "2016-12-01", "HELD", 0, 0);
        activity("BORDER_FESTIVAL", province, "2016-10-10", "CANCELLED", 0, 0);
        activity("MEETING", union, "2017-03-01", "HELD", 10, 5);
        long partner = org("Tỉnh Phongsaly", "LOCAL_GOVERNMENT", "LA", null);
        long partnership = vn.diplomacy.partnership.PartnershipFixtures.partnership(
                union, partner, "FRIENDSHIP", java.time.LocalDate.of(2015, 1, 1));
        Map<String, Object> mou = vn.diplomacy.partnership.PartnershipFixtures.agreement(
                unique("MOU"), java.time.LocalDate.of(2016, 5, 1), java.time.LocalDate.of(2017, 4, 30));
        mou.put("signedOn", "2016-04-20");
        created(Role.EDITOR, mou, "/api/v1/partnerships/{id}/agreements", partnership);
        stay(province, "LA", "STUDENT", "2015-09-05", "2019-06-30");
        stay(union, "LA", "STUDENT", "2016-09-05", "2017-01-15");
        stay(union, "KR", "VOLUNTEER", "2017-03-01", "2018-02-28");

        String[][] periods = {{"2016-01-01", "2016-12-31"}, {"2017-01-01", "2017-12-31"}, {"2016-01-01", "2017-12-31"}};
        for (String[] p : periods) {
            for (Long scope : new Long[] {province, union, null}) {
                Map<String, Object> asked = new HashMap<>(Map.of("from", p[0], "to", p[1]));
                if (scope != null) {
                    asked.put("homeOrganizationId", scope);
                }
                JsonPath report = get(PATH, asked);
                Map<String, Object> held = period(p[0], p[1], scope);
                held.put("status", "HELD");
                assertThat(report.getLong("current.activities.total"))
                        .as("activities %s %s", p[0], scope)
                        .isEqualTo(get("/api/v1/activities", held).getLong("totalItems"));
                Map<String, Object> completed = period(p[0], p[1], scope);
                completed.put("status", "COMPLETED");
                completed.put("groupBy", "direction");
                JsonPath delegations = get("/api/v1/reports/delegations", completed);
                assertThat(report.getLong("current.delegations.total"))
                        .isEqualTo(delegations.getLong("totalDelegations"));
                assertThat(report.getLong("current.delegations.members"))
                        .isEqualTo(delegations.getLong("totalMembers"));
                Map<String, Object> aid = period(p[0], p[1], scope);
                aid.put("groupBy", "ngo");
                aid.put("committed", true);
                JsonPath aidReport = get("/api/v1/reports/aid", aid);
                assertThat(report.getLong("current.aid.projects")).isEqualTo(aidReport.getLong("totals.projects"));
                assertThat(report.getString("current.aid.committed.amount"))
                        .isEqualTo(aidReport.getString("totals.committed.amount"));
                assertThat(report.getString("current.aid.disbursed.amount"))
                        .isEqualTo(aidReport.getString("totals.disbursed.amount"));
                Map<String, Object> training = period(p[0], p[1], scope);
                training.put("groupBy", "topic");
                assertThat(report.getLong("current.training.trainees"))
                        .isEqualTo(get("/api/v1/reports/training", training).getLong("totalTrainees"));
                Map<String, Object> signed = new HashMap<>(Map.of("signedFrom", p[0], "signedTo", p[1]));
                Map<String, Object> expiring = new HashMap<>(Map.of("expiresFrom", p[0], "expiresTo", p[1]));
                if (scope != null) {
                    signed.put("scopeOrganizationId", scope);
                    expiring.put("scopeOrganizationId", scope);
                }
                assertThat(report.getLong("current.partnerships.agreementsSigned"))
                        .as("agreements signed %s %s", p[0], scope)
                        .isEqualTo(get("/api/v1/agreements", signed).getLong("totalItems"));
                assertThat(report.getLong("current.partnerships.agreementsExpiring"))
                        .isEqualTo(get("/api/v1/agreements", expiring).getLong("totalItems"));
                Map<String, Object> stays = period(p[0], p[1], scope);
                assertThat(report.getLong("current.stays.total"))
                        .as("stays %s %s", p[0], scope)
                        .isEqualTo(get("/api/v1/stays", stays).getLong("totalItems"));
                for (String kind : List.of("STUDENT", "VOLUNTEER")) {
                    stays.put("kind", kind);
                    assertThat(count(report.getList("current.stays.byKind"), kind))
                            .isEqualTo(get("/api/v1/stays", stays).getLong("totalItems"));
                }
                stays.remove("kind");
                stays.put("nationality", "LA");
                assertThat(count(report.getList("current.stays.byNationality"), "LA"))
                        .isEqualTo(get("/api/v1/stays", stays).getLong("totalItems"));
            }
        }

        JsonPath year = get(PATH, Map.of("from", "2016-01-01", "to", "2016-12-31", "homeOrganizationId", province));
        assertThat(year.getString("title")).isEqualTo("Báo cáo kết quả công tác đối ngoại nhân dân năm 2016");
        assertThat(year.getLong("current.activities.total")).isEqualTo(3);
        assertThat(year.getLong("current.activities.participantsVietnamese")).isEqualTo(160);
        List<Map<String, Object>> byKind = year.getList("current.activities.byKind");
        assertThat(byKind)
                .anySatisfy(k -> assertThat(k)
                        .containsEntry("key", "FRIENDSHIP_EXCHANGE")
                        .containsEntry("label", "Giao lưu hữu nghị")
                        .containsEntry("count", 2));
        assertThat(get(PATH, Map.of("from", "2016-01-01", "to", "2016-12-31", "homeOrganizationId", union))
                        .getLong("current.activities.total"))
                .isEqualTo(2);
        JsonPath compared = get(
                PATH,
                Map.of("from", "2017-01-01", "to", "2017-12-31", "homeOrganizationId", province, "compare", true));
        assertThat(compared.getLong("current.activities.total")).isEqualTo(1);
        assertThat(compared.getString("previousFrom")).isEqualTo("2016-01-01");
        assertThat(compared.getLong("previous.activities.total")).isEqualTo(3);
        assertThat(year.getLong("current.stays.total")).isEqualTo(2);
        assertThat(year.getLong("current.partnerships.agreementsSigned")).isEqualTo(1);
        assertThat(compared.getLong("current.partnerships.agreementsExpiring")).isEqualTo(1);
        assertThat(compared.getLong("current.stays.persons")).isEqualTo(3);
        assertThat(get(PATH, Map.of("from", "2018-01-01", "to", "2023-12-31")).getString("title"))
                .endsWith("giai đoạn 2018–2023");
    }

    private static long count(List<Map<String, Object>> groups, String key) {
        return groups.stream()
                .filter(g -> key.equals(g.get("key")))
                .mapToLong(g -> ((Number) g.get("count")).longValue())
                .sum();
    }

    @Test
    void docxAndXlsxCarryTheSameNumbers() throws Exception {
        long province = org("UBND tỉnh Quảng Bình", "LOCAL_GOVERNMENT", "VN", null);
        activity("FRIENDSHIP_EXCHANGE", province, "2024-06-06", "HELD", 1179, 30);
        activity("CONGRATULATORY_MESSAGE", province, "2024-04-12", "HELD", 0, 0);
        Map<String, Object> asked = Map.of("from", "2024-01-01", "to", "2024-12-31", "homeOrganizationId", province);
        byte[] docx = as(Role.VIEWER)
                .queryParams(asked)
                .queryParam("format", "docx")
                .get(PATH)
                .then()
                .statusCode(200)
                .contentType(PeriodicReportResource.DOCX)
                .extract()
                .asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = doc.getParagraphs().stream().map(p -> p.getText()).reduce("", (a, b) -> a + "\n" + b);
            assertThat(text).contains("BÁO CÁO").contains("kết quả công tác đối ngoại nhân dân năm 2024");
            assertThat(text).contains("đã tổ chức 2 hoạt động đối ngoại nhân dân");
            XWPFTable kinds = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Loại hoạt động"))
                    .findFirst()
                    .orElseThrow();
            assertThat(kinds.getRows().stream()
                            .map(r ->
                                    r.getCell(0).getText() + "=" + r.getCell(1).getText() + "/"
                                            + r.getCell(2).getText()))
                    .contains("Giao lưu hữu nghị=1/1.209", "Điện, thư chúc mừng=1/0", "Tổng=2/1.209");
        }
        byte[] xlsx = as(Role.VIEWER)
                .queryParams(asked)
                .queryParam("format", "xlsx")
                .get(PATH)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheets().count()).isEqualTo(12);
            var first = book.getFirstSheet().read();
            assertThat(first.stream().map(r -> r.getCellText(0) + "=" + r.getCellText(1)))
                    .contains("Hoạt động đối ngoại nhân dân đã tổ chức=2");
        }
        byte[] pdf = as(Role.VIEWER)
                .queryParams(asked)
                .queryParam("format", "pdf")
                .get(PATH)
                .then()
                .statusCode(200)
                .contentType(PeriodicReportResource.PDF)
                .extract()
                .asByteArray();
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor text = new PdfTextExtractor(reader);
            String first = text.getTextFromPage(1);
            assertThat(first).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Trang 1");
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(text.getTextFromPage(page)).append('\n');
            }
            assertThat(all.toString())
                    .contains("đã tổ chức 2 hoạt động đối ngoại nhân dân")
                    .contains("Giao lưu hữu nghị")
                    .contains("Tổng 2 1.209")
                    .contains("LƯU HỌC SINH");
        } finally {
            reader.close();
        }
        as(Role.VIEWER)
                .queryParams(asked)
                .queryParam("format", "pdf2")
                .get(PATH)
                .then()
                .statusCode(400);
        as(Role.VIEWER)
                .queryParams(Map.of("from", "2024-12-31", "to", "2024-01-01"))
                .get(PATH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        as(Role.VIEWER).queryParam("to", "2024-12-31").get(PATH).then().statusCode(400);
    }
}
