package vn.diplomacy.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.diplomacy.common.export.Column;
import vn.diplomacy.common.export.Table;
import vn.diplomacy.report.PeriodicOutline.Heading;
import vn.diplomacy.report.PeriodicOutline.Outline;
import vn.diplomacy.report.PeriodicOutline.TableBlock;
import vn.diplomacy.report.PeriodicOutline.Text;

/** The periodic report as the Word document offices send (Apache POI XWPF). */
final class PeriodicDocx {
    private static final String FONT = "Times New Roman";

    private PeriodicDocx() {}

    static void write(Outline outline, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            int lines = Math.max(outline.office().size(), outline.motto().size());
            XWPFTable header = doc.createTable(lines, 2);
            header.removeBorders();
            header.setWidth("100%");
            for (int i = 0; i < lines; i++) {
                cell(header.getRow(i), 0, line(outline.office(), i), i == 0);
                cell(header.getRow(i), 1, line(outline.motto(), i), i < 2);
            }
            paragraph(doc, "", false, ParagraphAlignment.CENTER, 12);
            for (PeriodicOutline.Block block : outline.blocks()) {
                if (block instanceof Heading h) {
                    paragraph(doc, h.text(), true, ParagraphAlignment.LEFT, 13);
                } else if (block instanceof Text t) {
                    ParagraphAlignment align = t.centered() ? ParagraphAlignment.CENTER : ParagraphAlignment.BOTH;
                    paragraph(doc, t.text(), t.bold(), align, t.size());
                } else if (block instanceof TableBlock t) {
                    table(doc, t.table());
                }
            }
            doc.write(out);
        }
    }

    static String line(List<String> lines, int i) {
        return i < lines.size() ? lines.get(i) : "";
    }

    private static void cell(XWPFTableRow row, int column, String text, boolean bold) {
        var cell = row.getCell(column);
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, bold, 12);
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
            text(r, c, c < row.size() ? PeriodicOutline.format(row.get(c)) : "", bold);
        }
    }

    private static void text(XWPFTableRow row, int column, String text, boolean bold) {
        XWPFParagraph p = row.getCell(column).getParagraphs().get(0);
        run(p, text, bold, 11);
    }
}
