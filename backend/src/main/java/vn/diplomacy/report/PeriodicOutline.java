package vn.diplomacy.report;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.diplomacy.common.Money;
import vn.diplomacy.common.export.ExportLanguage;
import vn.diplomacy.common.export.Table;
import vn.diplomacy.report.PeriodicReportDtos.Report;
import vn.diplomacy.report.PeriodicReportDtos.Sections;

/**
 * The periodic report as offices write it (Decree 30/2020 layout, simplified): the issuing office and the national
 * motto side by side, a number to fill in, place and date, the title, then the sections and their tables. The Word
 * and the PDF file both write this one outline.
 */
final class PeriodicOutline {
    static final Locale VI = Locale.forLanguageTag("vi");

    private PeriodicOutline() {}

    sealed interface Block permits Heading, Text, TableBlock {}

    record Heading(String text) implements Block {}

    record Text(String text, boolean bold, boolean centered, int size) implements Block {}

    record TableBlock(Table table) implements Block {}

    /** The two header columns (office | motto), each line by line, then the body. */
    record Outline(List<String> office, List<String> motto, List<Block> blocks) {}

    static Outline of(Report report, ExportLanguage l) {
        String office = report.scope() == null
                ? l.t("CƠ QUAN BÁO CÁO", "REPORTING OFFICE")
                : report.scope().name().toUpperCase(VI);
        LocalDate day = report.issuedOn();
        String date = l.t(
                "…, ngày " + day.getDayOfMonth() + " tháng " + day.getMonthValue() + " năm " + day.getYear(),
                "…, " + l.date(day));
        Sections s = report.current();
        List<Table> tables = PeriodicTables.of(report, l);
        List<Block> b = new ArrayList<>();
        b.add(new Text("BÁO CÁO", true, true, 14));
        b.add(new Text(report.title().replaceFirst("^Báo cáo ", ""), true, true, 13));
        b.add(new Text(PeriodicTables.scope(report, l), false, true, 12));
        b.add(new Heading(l.t("I. TỔNG HỢP KẾT QUẢ", "I. SUMMARY")));
        b.add(new Text(
                l.t("Trong kỳ báo cáo đã tổ chức ", "In the period, ")
                        + number(s.activities().total())
                        + l.t(" hoạt động đối ngoại nhân dân, đón ", " people-to-people activities were held; ")
                        + number(s.delegations().incoming())
                        + l.t(" đoàn vào và cử ", " delegations received and ")
                        + number(s.delegations().outgoing())
                        + l.t(" đoàn ra; viện trợ cam kết ", " sent; aid committed ")
                        + PeriodicTables.money(s.aid().committed())
                        + l.t(", giải ngân ", ", disbursed ")
                        + PeriodicTables.money(s.aid().disbursed())
                        + l.t("; đào tạo ", "; ")
                        + number(s.training().trainees())
                        + l.t(" lượt học viên.", " trainees."),
                false,
                false,
                13));
        b.add(new TableBlock(tables.get(0)));
        b.add(new Heading(l.t("II. HOẠT ĐỘNG ĐỐI NGOẠI NHÂN DÂN", "II. PEOPLE-TO-PEOPLE ACTIVITIES")));
        b.add(new TableBlock(tables.get(1)));
        b.add(new TableBlock(tables.get(2)));
        b.add(new Heading(l.t("III. ĐOÀN RA, ĐOÀN VÀO", "III. DELEGATIONS")));
        b.add(new TableBlock(tables.get(3)));
        b.add(new TableBlock(tables.get(4)));
        b.add(new Heading(l.t("IV. VIỆN TRỢ PHI CHÍNH PHỦ NƯỚC NGOÀI", "IV. FOREIGN NGO AID")));
        b.add(new Text(
                l.t("Tổ chức PCPNN có giấy đăng ký năm ", "Foreign NGOs registered in ")
                        + s.ngos().year() + ": "
                        + number(s.ngos().registered()) + l.t("; có viện trợ: ", "; giving aid: ")
                        + number(s.ngos().active())
                        + ".",
                false,
                false,
                13));
        for (int i = 5; i <= 8; i++) {
            b.add(new TableBlock(tables.get(i)));
        }
        b.add(new Heading(l.t("V. ĐÀO TẠO, BỒI DƯỠNG", "V. TRAINING")));
        b.add(new TableBlock(tables.get(9)));
        b.add(new Heading(l.t("VI. LƯU HỌC SINH, TÌNH NGUYỆN VIÊN NƯỚC NGOÀI", "VI. FOREIGN STUDENTS AND VOLUNTEERS")));
        b.add(new TableBlock(tables.get(10)));
        b.add(new TableBlock(tables.get(11)));
        return new Outline(
                List.of(office, "", l.t("Số: …/BC-…", "No.: …")),
                List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", date),
                b);
    }

    /** As offices write them: "1.179", "15.000.000.000 VND", "13/04/2016". */
    static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Money m) {
            // The column's header names the currency: "Cam kết (VND)".
            return NumberFormat.getIntegerInstance(VI).format(m.amount());
        }
        if (value instanceof BigDecimal d) {
            return NumberFormat.getNumberInstance(VI).format(d);
        }
        if (value instanceof Number n) {
            return number(n.longValue());
        }
        if (value instanceof LocalDate d) {
            return d.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        }
        return value.toString();
    }

    static String number(long n) {
        return NumberFormat.getIntegerInstance(VI).format(n);
    }
}
