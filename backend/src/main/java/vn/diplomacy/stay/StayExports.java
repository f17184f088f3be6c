package vn.diplomacy.stay;

import java.util.Iterator;
import java.util.List;
import vn.diplomacy.common.export.Column;
import vn.diplomacy.common.export.ExportLanguage;
import vn.diplomacy.common.export.Table;
import vn.diplomacy.stay.StayDtos.StayView;

/** The stay list as an export table, in the export's language; identity papers never go in it. */
final class StayExports {
    private StayExports() {}

    static Table list(Iterable<StayView> items, List<String> filters, ExportLanguage l) {
        List<Column> columns = List.of(
                Column.integer("ID"),
                Column.text(l.t("Họ và tên", "Full name")),
                Column.text(l.t("Tên theo hộ chiếu", "Name in passport")),
                Column.text(l.t("Quốc tịch", "Nationality")),
                Column.text(l.t("Giới tính", "Gender")),
                Column.text(l.t("Diện", "Kind")),
                Column.text(l.t("Trường / cơ quan tiếp nhận", "School / host agency")),
                Column.text(l.t("Chương trình / học bổng", "Programme / scholarship")),
                Column.text(l.t("Nhà tài trợ", "Sponsor")),
                Column.text(l.t("Ngành học / lĩnh vực", "Field")),
                Column.date(l.t("Từ ngày", "From")),
                Column.date(l.t("Đến ngày", "To")),
                Column.text(l.t("Trạng thái", "Status")),
                Column.text(l.t("Đơn vị quản lý", "Office")));
        Iterable<List<Object>> rows = () -> new Iterator<>() {
            private final Iterator<StayView> it = items.iterator();

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public List<Object> next() {
                StayView s = it.next();
                var p = s.person();
                return java.util.Arrays.asList(
                        s.id(),
                        p == null ? null : p.fullName(),
                        p == null ? null : p.passportName(),
                        p == null || p.nationality() == null ? null : l.country(p.nationality()),
                        p == null ? null : l.label("persons", "genders", p.gender()),
                        l.label("stays", "kinds", s.kind()),
                        s.host() != null ? s.host().name() : s.hostName(),
                        s.programme(),
                        s.sponsor(),
                        s.fieldOfStudy(),
                        s.startDate(),
                        s.endDate(),
                        l.label("stays", "statuses", s.status()),
                        s.home() == null ? null : s.home().name());
            }
        };
        return new Table(
                l.t("Danh sách lưu học sinh, tình nguyện viên nước ngoài", "Foreign students and volunteers"),
                filters,
                columns,
                rows);
    }
}
