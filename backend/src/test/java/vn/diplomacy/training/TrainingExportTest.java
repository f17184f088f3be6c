package vn.diplomacy.training;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.training.TrainingFixtures.COURSES;
import static vn.diplomacy.training.TrainingFixtures.mark;
import static vn.diplomacy.training.TrainingFixtures.markOf;
import static vn.diplomacy.training.TrainingFixtures.open;
import static vn.diplomacy.training.TrainingFixtures.register;
import static vn.diplomacy.training.TrainingFixtures.session;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.diplomacy.security.Role;

@QuarkusTest
class TrainingExportTest {
    @Test
    void participantsAndTheAttendanceGridAsCsvAndXlsx() {
        long course = open(1);
        Object an = register(course, "Nguyễn Văn An").get("id");
        register(course, "Trần Thị Bình");
        long s = session(course, 0);
        mark(course, s, List.of(markOf(an, "LATE")));

        byte[] csv = as(Role.VIEWER)
                .get(COURSES + "/{id}/participants?format=csv", course)
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .extract()
                .asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFSTT,Họ và tên,Cơ quan");
        assertThat(text)
                .contains("1,Nguyễn Văn An,Sở Ngoại vụ Tuyên Quang")
                .contains("2,Trần Thị Bình")
                .contains("Danh sách chờ");

        byte[] xlsx = as(Role.VIEWER)
                .accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .get(COURSES + "/{id}/participants", course)
                .then()
                .statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx"))
                .extract()
                .asByteArray();
        assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");

        String grid = new String(
                as(Role.VIEWER)
                        .header("Accept-Language", "en")
                        .get(COURSES + "/{id}/attendance?format=csv", course)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray(),
                StandardCharsets.UTF_8);
        assertThat(grid)
                .contains("Full name")
                .contains("Buổi 1")
                .contains("Nguyễn Văn An")
                .contains("Late")
                .contains("100.0");
        as(Role.VIEWER)
                .get(COURSES + "/{id}/attendance?format=pdf", course)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        as(Role.VIEWER)
                .get(COURSES + "/{id}/attendance?format=xlsx", course)
                .then()
                .statusCode(200);
    }
}
