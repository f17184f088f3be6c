package vn.diplomacy.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.diplomacy.common.Money;
import vn.diplomacy.common.export.Column;
import vn.diplomacy.common.export.ExportLanguage;
import vn.diplomacy.common.export.Table;
import vn.diplomacy.report.PeriodicReportDtos.Report;
import vn.diplomacy.report.PeriodicReportDtos.Sections;

/**
 * The periodic report as the Word document offices send (Decree 30/2020 layout, simplified): the issuing office and
 * the national motto side by side, a number to fill in, place and date, the title, then the sections and tables.
 */
final class PeriodicDocx {
    private static final String FONT = "Times New Roman";
    private static final Locale VI = Locale.forLanguageTag("vi");

    private PeriodicDocx() {}

    static void write(Report report, ExportLanguage l, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFTable header = doc.createTable(3, 2);
            header.removeBorders();
            header.setWidth("100%");
            String office = report.scope() == null
                    ? l.t("CƠ QUAN BÁO CÁO", "REPORTING OFFICE")
                    : report.scope().name().toUpperCase(VI);
            cell(header.getRow(0), 0, office, true);
            cell(header.getRow(0), 1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true);
            cell(header.getRow(1), 0, "", false);
            cell(header.getRow(1), 1, "Độc lập - Tự do - Hạnh phúc", true);
            cell(header.getRow(2), 0, l.t("Số: …/BC-…", "No.: …"), false);
            LocalDate day = report.issuedOn();
            cell(
                    header.getRow(2),
                    1,
                    l.t(
                            "…, ngày " + day.getDayOfMonth() + " tháng " + day.getMonthValue() + " năm "
                                    + day.getYear(),
                            "…, " + l.date(day)),
                    false);

            paragraph(doc, "", false, ParagraphAlignment.CENTER, 12);
            paragraph(doc, "BÁO CÁO", true, ParagraphAlignment.CENTER, 14);
            paragraph(doc, report.title().replaceFirst("^Báo cáo ", ""), true, ParagraphAlignment.CENTER, 13);
            paragraph(doc, PeriodicTables.scope(report, l), false, ParagraphAlignment.CENTER, 12);

            Sections s = report.current();
            List<Table> tables = PeriodicTables.of(report, l);
            heading(doc, l.t("I. TỔNG HỢP KẾT QUẢ", "I. SUMMARY"));
            paragraph(
                    doc,
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
                    ParagraphAlignment.BOTH,
                    13);
            table(doc, tables.get(0));
            heading(doc, l.t("II. HOẠT ĐỘNG ĐỐI NGOẠI NHÂN DÂN", "II. PEOPLE-TO-PEOPLE ACTIVITIES"));
            table(doc, tables.get(1));
            paragraph(doc, l.t("Hoạt động nổi bật:", "Highlights:"), true, ParagraphAlignment.LEFT, 13);
            table(doc, tables.get(2));
            heading(doc, l.t("III. ĐOÀN RA, ĐOÀN VÀO", "III. DELEGATIONS"));
            table(doc, tables.get(3));
            table(doc, tables.get(4));
            heading(doc, l.t("IV. VIỆN TRỢ PHI CHÍNH PHỦ NƯỚC NGOÀI", "IV. FOREIGN NGO AID"));
            paragraph(
                    doc,
                    l.t("Tổ chức PCPNN có giấy đăng ký năm ", "Foreign NGOs registered in ")
                            + s.ngos().year() + ": "
                            + number(s.ngos().registered()) + l.t("; có viện trợ: ", "; giving aid: ")
                            + number(s.ngos().active())
                            + ".",
                    false,
                    ParagraphAlignment.LEFT,
                    13);
            for (int i = 5; i <= 8; i++) {
                table(doc, tables.get(i));
            }
            heading(doc, l.t("V. ĐÀO TẠO, BỒI DƯỠNG", "V. TRAINING"));
            table(doc, tables.get(9));
            doc.write(out);
        }
    }

    private static void cell(XWPFTableRow row, int column, String text, boolean bold) {
        var cell = row.getCell(column);
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, bold, 12);
    }

    private static void heading(XWPFDocument doc, String text) {
        paragraph(doc, text, true, ParagraphAlignment.LEFT, 13);
    }

    private static void paragraph(XWPFDocument doc, String text, boolean bold, ParagraphAlignment align, int size) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        run(p, text, bold, size);
    }

    private static void run(XWPFParagraph p, String text, boolean bold, int size) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setText(text);
    }

    private static void table(XWPFDocument doc, Table table) {
        paragraph(doc, table.title(), true, ParagraphAlignment.LEFT, 12);
        List<Column> columns = table.columns();
        XWPFTable t = doc.createTable(1, columns.size());
        t.setWidth("100%");
        for (int c = 0; c < columns.size(); c++) {
            text(t.getRow(0), c, columns.get(c).header(), true);
        }
        for (List<Object> row : table.rows()) {
            add(t, columns, row, false);
        }
        if (table.totals() != null) {
            add(t, columns, table.totals(), true);
        }
    }

    private static void add(XWPFTable t, List<Column> columns, List<Object> row, boolean bold) {
        XWPFTableRow r = t.createRow();
        for (int c = 0; c < columns.size(); c++) {
            text(r, c, c < row.size() ? format(row.get(c)) : "", bold);
        }
    }

    private static void text(XWPFTableRow row, int column, String text, boolean bold) {
        XWPFParagraph p = row.getCell(column).getParagraphs().get(0);
        run(p, text, bold, 11);
    }

    /** As offices write them: "1.179", "15.000.000.000 VND", "13/04/2016". */
    static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Money m) {
            return PeriodicTables.money(m);
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
