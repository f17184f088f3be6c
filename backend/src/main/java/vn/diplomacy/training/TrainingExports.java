package vn.diplomacy.training;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.diplomacy.common.export.Column;
import vn.diplomacy.common.export.ExportLanguage;
import vn.diplomacy.common.export.Table;
import vn.diplomacy.training.TrainingDtos.CourseView;
import vn.diplomacy.training.TrainingDtos.Grid;
import vn.diplomacy.training.TrainingDtos.GridCell;
import vn.diplomacy.training.TrainingDtos.GridRow;
import vn.diplomacy.training.TrainingDtos.GridSession;
import vn.diplomacy.training.TrainingDtos.ParticipantView;

/** The course's downloads as tables for the shared CSV/XLSX writer; headers follow Accept-Language. */
final class TrainingExports {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");

    private TrainingExports() {}

    static Table participants(CourseView course, List<ParticipantView> people, ExportLanguage l) {
        List<Column> columns = List.of(
                Column.integer(l.t("STT", "No.")),
                Column.text(l.t("Họ và tên", "Full name")),
                Column.text(l.t("Cơ quan", "Organization")),
                Column.text(l.t("Chức vụ", "Position")),
                Column.text(l.t("Giới tính", "Gender")),
                Column.text("Email"),
                Column.text(l.t("Điện thoại", "Phone")),
                Column.text(l.t("Trạng thái", "Status")),
                Column.integer(l.t("Thứ tự chờ", "Waitlist position")),
                Column.text(l.t("Ghi chú", "Notes")));
        List<List<Object>> rows = new ArrayList<>();
        for (ParticipantView p : people) {
            rows.add(java.util.Arrays.asList(
                    rows.size() + 1,
                    p.fullName(),
                    p.organizationName(),
                    p.position(),
                    l.label("training", "genders", p.gender()),
                    p.email(),
                    p.phone(),
                    l.label("training", "participantStatuses", p.status()),
                    p.waitlistPosition(),
                    p.notes()));
        }
        return new Table(
                l.t("Danh sách học viên", "Participants") + ": " + course.title(), header(course, l), columns, rows);
    }

    static Table attendance(CourseView course, Grid grid, ExportLanguage l) {
        List<Column> columns = new ArrayList<>(List.of(
                Column.integer(l.t("STT", "No.")),
                Column.text(l.t("Họ và tên", "Full name")),
                Column.text(l.t("Cơ quan", "Organization"))));
        for (GridSession s : grid.sessions()) {
            columns.add(Column.text(s.date().format(DAY) + " " + s.title()));
        }
        columns.add(Column.integer(l.t("Số buổi dự", "Sessions attended")));
        columns.add(Column.percent(l.t("Tỷ lệ chuyên cần", "Attendance rate")));
        columns.add(Column.text(l.t("Đạt ngưỡng hoàn thành", "Meets the threshold")));
        List<List<Object>> rows = new ArrayList<>();
        for (GridRow r : grid.rows()) {
            Map<Long, GridCell> cells =
                    r.marks().stream().collect(Collectors.toMap(GridCell::sessionId, Function.identity()));
            List<Object> row = new ArrayList<>(List.of(rows.size() + 1, r.fullName()));
            row.add(r.organizationName());
            for (GridSession s : grid.sessions()) {
                GridCell c = cells.get(s.id());
                row.add(c == null ? null : l.label("training", "marks", c.status()));
            }
            row.add(r.attended());
            row.add(r.rate() == null ? null : r.rate().movePointLeft(2));
            row.add(r.meetsThreshold() ? l.t("Có", "Yes") : l.t("Không", "No"));
            rows.add(row);
        }
        List<String> lines = new ArrayList<>(header(course, l));
        lines.add(l.t("Ngưỡng hoàn thành: ", "Completion threshold: ") + grid.completionThreshold() + "%"
                + (grid.averageRate() == null
                        ? ""
                        : l.t("; chuyên cần trung bình: ", "; average attendance: ") + grid.averageRate() + "%"));
        return new Table(l.t("Bảng điểm danh", "Attendance") + ": " + course.title(), lines, columns, rows);
    }

    private static List<String> header(CourseView c, ExportLanguage l) {
        return List.of(l.t("Thời gian: ", "Dates: ") + l.date(c.startDate()) + " – " + l.date(c.endDate())
                + (c.location() == null ? "" : l.t("; địa điểm: ", "; place: ") + c.location()));
    }
}
