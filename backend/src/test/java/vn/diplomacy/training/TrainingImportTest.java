package vn.diplomacy.training;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.training.TrainingFixtures.COURSES;
import static vn.diplomacy.training.TrainingFixtures.open;
import static vn.diplomacy.training.TrainingFixtures.plan;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import vn.diplomacy.security.Role;

@QuarkusTest
class TrainingImportTest {
    private static ValidatableResponse upload(long course, String name, byte[] file) {
        return upload(course, null, name, file);
    }

    private static ValidatableResponse upload(long course, String idempotencyKey, String name, byte[] file) {
        var request = as(Role.EDITOR);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.contentType("multipart/form-data")
                .multiPart("file", name, file)
                .post(COURSES + "/{id}/participants/import", course)
                .then();
    }

    private static byte[] csv(String text) {
        return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void oneHundredFiftyTraineesFromXlsxFillSeatsThenTheWaitlist() throws IOException {
        long course = open(140);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "test", "1.0")) {
            Worksheet ws = wb.newWorksheet("Học viên");
            String[] header = {"Họ và tên", "Cơ quan", "Chức vụ", "Giới tính", "Email", "Điện thoại"};
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            for (int r = 1; r <= 150; r++) {
                ws.value(r, 0, "Học viên số " + r);
                ws.value(r, 1, "Sở Ngoại vụ Tuyên Quang");
                ws.value(r, 2, "Chuyên viên");
                ws.value(r, 3, r % 2 == 0 ? "Nữ" : "Nam");
                ws.value(r, 4, "hv" + r + "@tuyenquang.gov.vn");
                ws.value(r, 5, 912000000 + r);
            }
        }
        upload(course, "hoc-vien.xlsx", out.toByteArray())
                .statusCode(200)
                .body("imported", equalTo(150))
                .body("registered", equalTo(140))
                .body("waitlisted", equalTo(10))
                .body("duplicates.size()", equalTo(0));
        as(Role.VIEWER)
                .get(COURSES + "/{id}", course)
                .then()
                .body("registeredCount", equalTo(140))
                .body("waitlistCount", equalTo(10));
        as(Role.VIEWER)
                .get(COURSES + "/{id}/participants?status=WAITLISTED&sort=waitlistPosition", course)
                .then()
                .body("items[0].fullName", equalTo("Học viên số 141"))
                .body("items[0].gender", equalTo("MALE"))
                .body("items[0].phone", equalTo("912000141"));
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndNothingIsImported() {
        long course = open(10);
        String file = "fullName,organization,email,gender\n"
                + "Nguyễn Văn An,Sở Ngoại vụ,an@example.vn,Nam\n"
                + ",Sở Ngoại vụ,,\n"
                + "Trần Thị Bình,Sở Ngoại vụ,not-an-email,Nữ\n"
                + "Lê Văn Cường,,cuong@example.vn,robot\n";
        upload(course, "bad.csv", csv(file))
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "errors.field",
                        hasItems("lines[3].fullName", "lines[4].email", "lines[5].organizationName", "lines[5].gender"))
                .body("detail", containsString("nothing was imported"));
        as(Role.VIEWER).get(COURSES + "/{id}/participants", course).then().body("totalItems", equalTo(0));
        upload(course, "x.csv", csv("Tên,Tuổi\nA,3\n")).statusCode(400).body("errors[0].field", equalTo("lines[1]"));
        upload(course, "empty.csv", new byte[0]).statusCode(400).body("errors[0].field", equalTo("file"));
        upload(course, "latin1.csv", "fullName\nNguy\u00ean".getBytes(StandardCharsets.ISO_8859_1))
                .statusCode(400)
                .body("errors[0].field", equalTo("file"));
        as(Role.EDITOR)
                .contentType("multipart/form-data")
                .multiPart("other", "x")
                .post(COURSES + "/{id}/participants/import", course)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void duplicatesInTheFileOrTheCourseAreReportedNotDoubled() {
        long course = open(10);
        as(Role.EDITOR)
                .body(Map.of(
                        "fullName", "Phạm Thị Dung", "organizationName", "Sở Ngoại vụ Hà Tĩnh", "email", "dung@ht.vn"))
                .post(COURSES + "/{id}/participants", course)
                .then()
                .statusCode(201);
        String file = "Họ và tên;Cơ quan;Email\n"
                + "Nguyễn Văn An;Sở Ngoại vụ Hà Tĩnh;an@ht.vn\n"
                + "Nguyen Van An;So Ngoai vu Ha Tinh;\n"
                + "Trần Bình;UBND tỉnh Hà Tĩnh;AN@ht.vn\n"
                + "Phạm Thị Dung;UBND tỉnh Hà Tĩnh;dung@ht.vn\n"
                + "Lê Cường;UBND tỉnh Hà Tĩnh;\n";
        upload(course, "dups.csv", csv(file))
                .statusCode(200)
                .body("imported", equalTo(2))
                .body("duplicates.line", equalTo(java.util.List.of(3, 4, 5)))
                .body("duplicates[0].reason", containsString("line 2"))
                .body("duplicates[0].code", equalTo("same-name-and-organization"))
                .body("duplicates[0].duplicateOfLine", equalTo(2))
                .body("duplicates[1].reason", containsString("email"))
                .body("duplicates[1].code", equalTo("same-email"))
                .body("duplicates[2].reason", containsString("participant"))
                .body("duplicates[2].duplicateOfParticipantId", org.hamcrest.Matchers.notNullValue());
        as(Role.VIEWER).get(COURSES + "/{id}/participants", course).then().body("totalItems", equalTo(3));
        // Importing the same file again adds nobody.
        upload(course, "dups.csv", csv(file))
                .statusCode(200)
                .body("imported", equalTo(0))
                .body("duplicates.size()", equalTo(5));
    }

    @Test
    void theSameFileUnderTheSameIdempotencyKeyIsReplayed() {
        long course = open(10);
        byte[] file = csv("fullName,organization\nNguyễn Văn An,Sở Ngoại vụ\nTrần Thị Bình,Sở Ngoại vụ\n");
        String key = java.util.UUID.randomUUID().toString();
        upload(course, key, "a.csv", file).statusCode(200).body("imported", equalTo(2));
        upload(course, key, "a.csv", file)
                .statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body("imported", equalTo(2));
        // The same key with another file is refused rather than replayed.
        upload(course, key, "b.csv", csv("fullName,organization\nLê Văn Cường,UBND\n"))
                .statusCode(422);
        as(Role.VIEWER).get(COURSES + "/{id}/participants", course).then().body("totalItems", equalTo(2));
    }

    @Test
    void importFollowsTheRegistrationRules() {
        long planned = plan(5);
        upload(planned, "a.csv", csv("fullName,organization\nNguyễn Văn An,Sở Ngoại vụ\n"))
                .statusCode(409)
                .contentType("application/problem+json");
        upload(999999999L, "a.csv", csv("fullName,organization\nNguyễn Văn An,Sở Ngoại vụ\n"))
                .statusCode(404);
    }
}
