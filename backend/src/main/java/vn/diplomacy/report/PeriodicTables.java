package vn.diplomacy.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.diplomacy.common.Money;
import vn.diplomacy.common.export.Column;
import vn.diplomacy.common.export.ExportLanguage;
import vn.diplomacy.common.export.Table;
import vn.diplomacy.report.PeriodicReportDtos.AidGroup;
import vn.diplomacy.report.PeriodicReportDtos.Count;
import vn.diplomacy.report.PeriodicReportDtos.Report;
import vn.diplomacy.report.PeriodicReportDtos.Sections;

/** The periodic report's tables: one XLSX sheet each, and the tables of the DOCX, with the same figures. */
final class PeriodicTables {
    private PeriodicTables() {}

    static List<Table> of(Report report, ExportLanguage l) {
        Sections s = report.current();
        Sections p = report.previous();
        List<String> lines = List.of(report.title(), scope(report, l));
        List<Table> tables = new ArrayList<>();
        tables.add(summary(report, l, lines));
        tables.add(counts(
                l.t("Hoạt động theo loại", "Activities by kind"),
                lines,
                l.t("Loại hoạt động", "Kind"),
                l.t("Số hoạt động", "Activities"),
                l.t("Số người tham gia", "Participants"),
                s.activities().byKind(),
                p == null ? null : p.activities().byKind()));
        tables.add(new Table(
                l.t("Hoạt động nổi bật", "Highlights"),
                lines,
                List.of(
                        Column.date(l.t("Ngày", "Date")),
                        Column.text(l.t("Loại", "Kind")),
                        Column.text(l.t("Hoạt động", "Activity")),
                        Column.text(l.t("Kết quả", "Outcome"))),
                s.activities().highlights().stream()
                        .map(h -> List.<Object>of(
                                h.startDate(), h.kind(), h.title(), h.outcome() == null ? "" : h.outcome()))
                        .toList()));
        String delegations = l.t("Số đoàn", "Delegations");
        String members = l.t("Số thành viên", "Members");
        tables.add(counts(
                l.t("Đoàn theo cấp", "Delegations by level"),
                lines,
                l.t("Cấp", "Level"),
                delegations,
                members,
                s.delegations().byLevel(),
                p == null ? null : p.delegations().byLevel()));
        tables.add(counts(
                l.t("Đoàn theo nước", "Delegations by country"),
                lines,
                l.t("Nước", "Country"),
                delegations,
                members,
                s.delegations().byCountry(),
                p == null ? null : p.delegations().byCountry()));
        String currency = s.aid().currency();
        tables.add(aid(
                l.t("Viện trợ theo nhà tài trợ", "Aid by donor"),
                lines,
                l.t("Nhà tài trợ", "Donor"),
                currency,
                l,
                s.aid().byDonor()));
        tables.add(aid(
                l.t("Viện trợ theo nước", "Aid by donor country"),
                lines,
                l.t("Nước tài trợ", "Donor country"),
                currency,
                l,
                s.aid().byDonorCountry()));
        tables.add(aid(
                l.t("Viện trợ theo lĩnh vực", "Aid by sector"),
                lines,
                l.t("Lĩnh vực", "Sector"),
                currency,
                l,
                s.aid().bySector()));
        tables.add(aid(
                l.t("Viện trợ theo địa phương", "Aid by locality"),
                lines,
                l.t("Địa phương", "Locality"),
                currency,
                l,
                s.aid().byLocality()));
        tables.add(new Table(
                l.t("Đào tạo theo chủ đề", "Training by topic"),
                lines,
                List.of(
                        Column.text(l.t("Chủ đề", "Topic")),
                        Column.integer(l.t("Số lớp", "Courses")),
                        Column.integer(l.t("Số học viên", "Trainees")),
                        Column.integer(l.t("Hoàn thành", "Completed"))),
                s.training().byTopic().stream()
                        .map(t -> List.<Object>of(t.label(), t.courses(), t.trainees(), t.completions()))
                        .toList(),
                List.of(
                        l.t("Tổng", "Total"),
                        "",
                        s.training().trainees(),
                        s.training().completions())));
        String stays = l.t("Số lượt", "Stays");
        String persons = l.t("Số người", "Persons");
        tables.add(counts(
                l.t("Lưu học sinh, tình nguyện viên theo diện", "Foreign students and volunteers by kind"),
                lines,
                l.t("Diện", "Kind"),
                stays,
                persons,
                s.stays().byKind(),
                p == null ? null : p.stays().byKind()));
        tables.add(counts(
                l.t("Lưu học sinh, tình nguyện viên theo quốc tịch", "Foreign students and volunteers by nationality"),
                lines,
                l.t("Quốc tịch", "Nationality"),
                stays,
                persons,
                s.stays().byNationality(),
                p == null ? null : p.stays().byNationality()));
        return tables;
    }

    static String scope(Report report, ExportLanguage l) {
        return report.scope() == null
                ? l.t("Phạm vi: toàn quốc", "Scope: every province")
                : l.t("Phạm vi: ", "Scope: ") + report.scope().name();
    }

    /** The headline figures, with the previous period beside them when asked. */
    static Table summary(Report report, ExportLanguage l, List<String> lines) {
        Sections s = report.current();
        Sections p = report.previous();
        List<Column> columns = new ArrayList<>(
                List.of(Column.text(l.t("Chỉ tiêu", "Figure")), Column.integer(l.t("Kỳ này", "This period"))));
        if (p != null) {
            columns.add(Column.integer(l.t("Kỳ trước", "Previous period")));
        }
        List<List<Object>> rows = new ArrayList<>();
        row(
                rows,
                l.t("Hoạt động đối ngoại nhân dân đã tổ chức", "People-to-people activities held"),
                s,
                p,
                x -> x.activities().total());
        row(
                rows,
                l.t("Hội nghị, hội thảo quốc tế", "International conferences"),
                s,
                p,
                x -> x.activities().conferences());
        row(
                rows,
                l.t("Đoàn vào", "Delegations received"),
                s,
                p,
                x -> x.delegations().incoming());
        row(rows, l.t("Đoàn ra", "Delegations sent"), s, p, x -> x.delegations().outgoing());
        row(
                rows,
                l.t("Thành viên các đoàn", "Delegation members"),
                s,
                p,
                x -> x.delegations().members());
        row(
                rows,
                l.t("Quan hệ hợp tác đang hiệu lực", "Partnerships active"),
                s,
                p,
                x -> x.partnerships().active());
        row(
                rows,
                l.t("Thỏa thuận đã ký", "Agreements signed"),
                s,
                p,
                x -> x.partnerships().agreementsSigned());
        row(
                rows,
                l.t("Thỏa thuận hết hạn", "Agreements expiring"),
                s,
                p,
                x -> x.partnerships().agreementsExpiring());
        row(rows, l.t("Tổ chức PCPNN có giấy đăng ký", "Foreign NGOs registered"), s, p, x ->
                (long) x.ngos().registered());
        row(rows, l.t("Tổ chức PCPNN có viện trợ", "Foreign NGOs giving aid"), s, p, x ->
                (long) x.ngos().active());
        row(
                rows,
                l.t("Dự án, khoản viện trợ cam kết", "Aid projects committed"),
                s,
                p,
                x -> x.aid().projects());
        row(
                rows,
                l.t("Học viên được đào tạo", "Trainees"),
                s,
                p,
                x -> x.training().trainees());
        row(
                rows,
                l.t("Học viên hoàn thành", "Trainees completed"),
                s,
                p,
                x -> x.training().completions());
        row(
                rows,
                l.t("Lưu học sinh, tình nguyện viên nước ngoài", "Foreign students and volunteers"),
                s,
                p,
                x -> x.stays().persons());
        List<Object> committed = new ArrayList<>(List.of(
                l.t("Viện trợ cam kết", "Aid committed") + " (" + s.aid().currency() + ")",
                s.aid().committed()));
        List<Object> disbursed = new ArrayList<>(List.of(
                l.t("Viện trợ giải ngân trong kỳ", "Aid disbursed in the period") + " ("
                        + s.aid().currency() + ")",
                s.aid().disbursed()));
        if (p != null) {
            committed.add(p.aid().committed());
            disbursed.add(p.aid().disbursed());
        }
        rows.add(committed);
        rows.add(disbursed);
        return new Table(l.t("Tổng hợp", "Summary"), lines, columns, rows);
    }

    private static void row(
            List<List<Object>> rows, String label, Sections s, Sections p, Function<Sections, Long> value) {
        List<Object> row = new ArrayList<>(List.of(label, value.apply(s)));
        if (p != null) {
            row.add(value.apply(p));
        }
        rows.add(row);
    }

    private static Table counts(
            String title,
            List<String> lines,
            String what,
            String count,
            String people,
            List<Count> rows,
            List<Count> previous) {
        List<Column> columns =
                new ArrayList<>(List.of(Column.text(what), Column.integer(count), Column.integer(people)));
        if (previous != null) {
            columns.add(Column.integer(count + " (kỳ trước)"));
        }
        List<List<Object>> out = new ArrayList<>();
        for (Count c : rows) {
            List<Object> row = new ArrayList<>(List.of(c.label(), c.count(), c.people()));
            if (previous != null) {
                row.add(previous.stream()
                        .filter(x -> x.key().equals(c.key()))
                        .mapToLong(Count::count)
                        .sum());
            }
            out.add(row);
        }
        List<Object> totals = new ArrayList<>(List.of(
                "Tổng",
                rows.stream().mapToLong(Count::count).sum(),
                rows.stream().mapToLong(Count::people).sum()));
        if (previous != null) {
            totals.add(previous.stream().mapToLong(Count::count).sum());
        }
        return new Table(title, lines, columns, out, totals);
    }

    private static Table aid(
            String title, List<String> lines, String what, String currency, ExportLanguage l, List<AidGroup> rows) {
        return new Table(
                title,
                lines,
                List.of(
                        Column.text(what),
                        Column.integer(l.t("Số dự án", "Projects")),
                        Column.money(l.t("Cam kết", "Committed") + " (" + currency + ")", currency),
                        Column.money(l.t("Giải ngân", "Disbursed") + " (" + currency + ")", currency)),
                rows.stream()
                        .map(r -> java.util.Arrays.<Object>asList(
                                r.label() == null ? r.key() : r.label(), r.projects(), r.committed(), r.disbursed()))
                        .toList());
    }

    static String money(Money m) {
        return m == null
                ? ""
                : String.format(java.util.Locale.forLanguageTag("vi"), "%,.0f", m.amount()) + " " + m.currency();
    }
}
