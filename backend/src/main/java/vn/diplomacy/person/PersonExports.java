package vn.diplomacy.person;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import vn.diplomacy.common.export.Column;
import vn.diplomacy.common.export.ExportLanguage;
import vn.diplomacy.common.export.Table;
import vn.diplomacy.person.PersonDtos.PersonView;

/** The person list as an export table, in the export's language; identity papers are never part of it. */
final class PersonExports {
    private PersonExports() {}

    static Table list(Iterable<PersonView> items, List<String> filters, ExportLanguage l) {
        List<Column> columns = List.of(
                Column.integer("ID"),
                Column.text(l.t("Họ và tên", "Full name")),
                Column.text(l.t("Tên theo hộ chiếu", "Name in passport")),
                Column.text(l.t("Giới tính", "Gender")),
                Column.text(l.t("Quốc tịch", "Nationality")),
                Column.date(l.t("Ngày sinh", "Date of birth")),
                Column.text(l.t("Cơ quan", "Agency")),
                Column.text(l.t("Chức vụ", "Position")),
                Column.text(l.t("Thư điện tử", "E-mail")),
                Column.text(l.t("Điện thoại", "Phone")),
                Column.text(l.t("Ngoại ngữ", "Languages")),
                Column.text(l.t("Cơ quan quản lý hồ sơ", "Office")));
        Iterable<List<Object>> rows = () -> new Iterator<>() {
            private final Iterator<PersonView> it = items.iterator();

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public List<Object> next() {
                PersonView p = it.next();
                return Arrays.asList(
                        p.id(),
                        p.fullName(),
                        p.passportName(),
                        l.label("persons", "genders", p.gender()),
                        p.nationality() == null ? null : l.country(p.nationality()),
                        p.birthDate(),
                        p.organization() != null ? p.organization().name() : p.organizationName(),
                        p.position(),
                        p.email(),
                        p.phone(),
                        p.languages(),
                        p.home() == null ? null : p.home().name());
            }
        };
        return new Table(l.t("Danh sách nhân sự, khách quốc tế", "Persons"), filters, columns, rows);
    }
}
