package vn.diplomacy.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.created;
import static vn.diplomacy.TestSupport.unique;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.diplomacy.security.Role;

@QuarkusTest
class ExportImportSafetyTest {
    private static final String COURSES = "/api/v1/training-courses";

    private static long organization(String prefix, String type, String country) {
        return created(
                Role.EDITOR,
                Map.of("name", prefix + " " + unique(""), "type", type, "countryCode", country),
                "/api/v1/organizations");
    }

    @Test
    void csvCellsThatWouldRunAsFormulasAreNeutralised() {
        long ngo = organization("=HYPERLINK(\"http://evil.example\",\"Bấm\")", "INTERNATIONAL_NGO", "GB");
        long district = organization("Huyện Bát Xát", "LOCAL_GOVERNMENT", "VN");
        for (String title : new String[] {"=1+2", "+SUM(A1)", "-2+3", "@cmd"}) {
            as(Role.EDITOR)
                    .body(Map.of(
                            "title",
                            title + " " + unique(""),
                            "ngoId",
                            ngo,
                            "kind",
                            "PROJECT",
                            "sector",
                            "HEALTH",
                            "beneficiaryOrganizationId",
                            district,
                            "committed",
                            Map.of("amount", "100", "currency", "USD"),
                            "commitmentDate",
                            "2024-05-01",
                            "status",
                            "PIPELINE"))
                    .post("/api/v1/aid-commitments")
                    .then()
                    .statusCode(201);
        }
        String csv = new String(
                as(Role.VIEWER)
                        .queryParam("ngoId", ngo)
                        .queryParam("format", "csv")
                        .get("/api/v1/aid-commitments")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray(),
                StandardCharsets.UTF_8);
        assertThat(csv)
                .contains("'=HYPERLINK")
                .contains("'=1+2")
                .contains("'+SUM")
                .contains("'-2+3")
                .contains("'@cmd");
        assertThat(csv).doesNotContain(",=").doesNotContain("\"=");
        String report = new String(
                as(Role.VIEWER)
                        .queryParam("ngoId", ngo)
                        .queryParam("groupBy", "ngo")
                        .queryParam("format", "csv")
                        .get("/api/v1/reports/aid")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray(),
                StandardCharsets.UTF_8);
        assertThat(report).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
    }

    private static long openCourse() {
        long org = organization("Sở Ngoại vụ", "LOCAL_GOVERNMENT", "VN");
        java.time.LocalDate start = java.time.LocalDate.now().plusDays(30);
        long id = as(Role.EDITOR)
                .body(Map.of(
                        "title",
                        unique("Lớp tiếng Lào"),
                        "topic",
                        "PEOPLE_DIPLOMACY",
                        "language",
                        "vi",
                        "organizerOrganizationId",
                        org,
                        "startDate",
                        start.toString(),
                        "endDate",
                        start.plusDays(2).toString(),
                        "registrationDeadline",
                        start.minusDays(1).toString(),
                        "capacity",
                        30))
                .post(COURSES)
                .then()
                .log()
                .ifValidationFails()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        as(Role.EDITOR)
                .header("If-Match", "\"0\"")
                .body(Map.of("to", "OPEN"))
                .post(COURSES + "/{id}/transitions", id)
                .then()
                .statusCode(200);
        return id;
    }

    private static byte[] zip(String name, byte[] content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
        }
        return out.toByteArray();
    }

    @Test
    void workbooksThatInflateOrNumberRowsAbsurdlyAreRefusedWhileReading() throws Exception {
        long course = openCourse();
        byte[] bomb = zip("xl/worksheets/sheet1.xml", new byte[60 * 1024 * 1024]);
        as(Role.EDITOR)
                .contentType("multipart/form-data")
                .multiPart("file", "bom.xlsx", bomb)
                .post(COURSES + "/{id}/participants/import", course)
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "t", "1.0")) {
            org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Sheet1");
            ws.value(0, 0, "Họ và tên");
            ws.value(1_048_575, 0, "Nguyễn Văn A");
        }
        as(Role.EDITOR)
                .contentType("multipart/form-data")
                .multiPart("file", "far.xlsx", out.toByteArray())
                .post(COURSES + "/{id}/participants/import", course)
                .then()
                .statusCode(400)
                .body("errors[0].message", containsString("more than"));
    }

    @Test
    void aBadlyQuotedCsvIsExplainedWithoutNamingAClass() {
        long course = openCourse();
        byte[] csv = "Họ và tên,Cơ quan\n\"Nguyễn Văn A\"x,Sở\n".getBytes(StandardCharsets.UTF_8);
        as(Role.EDITOR)
                .contentType("multipart/form-data")
                .multiPart("file", "a.csv", csv)
                .post(COURSES + "/{id}/participants/import", course)
                .then()
                .statusCode(400)
                .body("detail", not(containsString("Exception")))
                .body("detail", not(containsString("org.")));
    }
}
