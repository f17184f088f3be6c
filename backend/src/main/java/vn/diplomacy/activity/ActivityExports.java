package vn.diplomacy.activity;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.diplomacy.activity.ActivityDtos.ActivityView;
import vn.diplomacy.common.export.Column;
import vn.diplomacy.common.export.ExportLanguage;
import vn.diplomacy.common.export.Table;
import vn.diplomacy.organization.OrganizationDtos.OrganizationRef;
import vn.diplomacy.person.PersonDtos.PersonRef;

/** The activity list as an export table, in the export's language. */
final class ActivityExports {
    private ActivityExports() {}

    static Table list(Iterable<ActivityView> items, List<String> filters, ExportLanguage l) {
        List<Column> columns = List.of(
                Column.integer("ID"),
                Column.text(l.t("Loại hoạt động", "Kind")),
                Column.text(l.t("Tên hoạt động", "Title")),
                Column.date(l.t("Từ ngày", "From")),
                Column.date(l.t("Đến ngày", "To")),
                Column.text(l.t("Địa điểm", "Place")),
                Column.text(l.t("Đơn vị tổ chức", "Organizer")),
                Column.text(l.t("Đối tác nước ngoài", "Foreign partners")),
                Column.integer(l.t("Người Việt Nam tham gia", "Vietnamese participants")),
                Column.integer(l.t("Người nước ngoài tham gia", "Foreign participants")),
                Column.text(l.t("Người tham gia (hồ sơ)", "Named persons")),
                Column.money(l.t("Kinh phí", "Budget")),
                Column.text(l.t("Trạng thái", "Status")),
                Column.text(l.t("Kết quả", "Outcome")));
        Iterable<List<Object>> rows = () -> new java.util.Iterator<>() {
            private final java.util.Iterator<ActivityView> it = items.iterator();

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public List<Object> next() {
                ActivityView a = it.next();
                List<Object> row = new ArrayList<>();
                row.add(a.id());
                row.add(l.label("activities", "kinds", a.kind()));
                row.add(a.title());
                row.add(a.startDate());
                row.add(a.endDate());
                row.add(a.place());
                row.add(a.home() == null ? null : a.home().name());
                row.add(a.partners().stream().map(OrganizationRef::name).collect(Collectors.joining("; ")));
                row.add(a.participantsVietnamese());
                row.add(a.participantsForeign());
                row.add(a.persons().stream().map(PersonRef::fullName).collect(Collectors.joining("; ")));
                row.add(a.budget());
                row.add(l.label("activities", "statuses", a.status()));
                row.add(a.outcome());
                return row;
            }
        };
        return new Table(
                l.t("Danh sách hoạt động đối ngoại nhân dân", "People-to-people activities"), filters, columns, rows);
    }
}
