package vn.diplomacy.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import vn.diplomacy.common.export.Column;
import vn.diplomacy.common.export.Table;
import vn.diplomacy.report.PeriodicOutline.Heading;
import vn.diplomacy.report.PeriodicOutline.Outline;
import vn.diplomacy.report.PeriodicOutline.TableBlock;
import vn.diplomacy.report.PeriodicOutline.Text;

/**
 * The periodic report as a PDF, drawn directly from the outline the Word file also writes (OpenPDF): A4 with the
 * margins of Decree 30/2020 (left 30 mm), Liberation Serif (Times New Roman's metrics, with Vietnamese), page numbers.
 */
final class PeriodicPdf {
    private static final float MM = 72f / 25.4f;
    private static final BaseFont REGULAR = font("liberation/LiberationSerif-Regular.ttf");
    private static final BaseFont BOLD = font("liberation/LiberationSerif-Bold.ttf");

    private PeriodicPdf() {}

    static void write(Outline outline, OutputStream out) throws IOException {
        Document doc = new Document(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 20 * MM);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new PageNumbers());
            doc.open();
            doc.add(header(outline));
            for (PeriodicOutline.Block block : outline.blocks()) {
                if (block instanceof Heading h) {
                    Paragraph p = new Paragraph(h.text(), new Font(BOLD, 13));
                    p.setSpacingBefore(10);
                    p.setSpacingAfter(4);
                    doc.add(p);
                } else if (block instanceof Text t) {
                    Paragraph p = new Paragraph(t.text(), new Font(t.bold() ? BOLD : REGULAR, t.size()));
                    p.setAlignment(t.centered() ? Element.ALIGN_CENTER : Element.ALIGN_JUSTIFIED);
                    p.setSpacingAfter(4);
                    doc.add(p);
                } else if (block instanceof TableBlock t) {
                    table(doc, t.table());
                }
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IOException("the PDF could not be written", e);
        }
    }

    private static PdfPTable header(Outline outline) {
        PdfPTable t = new PdfPTable(new float[] {4, 6});
        t.setWidthPercentage(100);
        t.setSpacingAfter(12);
        // One cell per side, its lines stacked: a long office name wraps without pushing the motto's lines apart.
        t.addCell(stacked(outline.office(), 1));
        t.addCell(stacked(outline.motto(), 2));
        return t;
    }

    /** Centred lines, the first {@code bold} of them in bold. */
    private static PdfPCell stacked(List<String> lines, int bold) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        for (int i = 0; i < lines.size(); i++) {
            Paragraph p = new Paragraph(lines.get(i), new Font(i < bold ? BOLD : REGULAR, i < bold ? 12 : 11.5f));
            p.setAlignment(Element.ALIGN_CENTER);
            cell.addElement(p);
        }
        return cell;
    }

    private static void table(Document doc, Table table) throws DocumentException {
        Paragraph title = new Paragraph(table.title(), new Font(BOLD, 12));
        title.setSpacingBefore(6);
        title.setSpacingAfter(4);
        doc.add(title);
        List<Column> columns = table.columns();
        PdfPTable t = new PdfPTable(widths(columns));
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        t.setSpacingAfter(6);
        for (Column c : columns) {
            PdfPCell cell = cell(c.header(), true, Element.ALIGN_CENTER);
            cell.setGrayFill(0.92f);
            t.addCell(cell);
        }
        for (List<Object> row : table.rows()) {
            add(t, columns, row, false);
        }
        if (table.totals() != null) {
            add(t, columns, table.totals(), true);
        }
        doc.add(t);
    }

    /** Text columns take the room; figures stay narrow, right-aligned as offices write them. */
    private static float[] widths(List<Column> columns) {
        float[] w = new float[columns.size()];
        for (int i = 0; i < w.length; i++) {
            Column.Kind kind = columns.get(i).kind();
            w[i] = kind == Column.Kind.MONEY
                    ? 2.1f
                    : numeric(columns.get(i)) ? 1.4f : kind == Column.Kind.DATE ? 1.3f : 3.2f;
        }
        return w;
    }

    private static boolean numeric(Column c) {
        return c.kind() == Column.Kind.INTEGER
                || c.kind() == Column.Kind.MONEY
                || c.kind() == Column.Kind.DECIMAL
                || c.kind() == Column.Kind.PERCENT;
    }

    private static void add(PdfPTable t, List<Column> columns, List<Object> row, boolean bold) {
        for (int c = 0; c < columns.size(); c++) {
            String text = c < row.size() ? PeriodicOutline.format(row.get(c)) : "";
            t.addCell(cell(text, bold, numeric(columns.get(c)) ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT));
        }
    }

    private static PdfPCell cell(String text, boolean bold, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(text, new Font(bold ? BOLD : REGULAR, 10.5f)));
        cell.setHorizontalAlignment(align);
        cell.setPadding(3);
        return cell;
    }

    /** "Trang 2" centred at the foot of every page. */
    private static final class PageNumbers extends PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Rectangle page = document.getPageSize();
            ColumnText.showTextAligned(
                    writer.getDirectContent(),
                    Element.ALIGN_CENTER,
                    new Phrase("Trang " + writer.getPageNumber(), new Font(REGULAR, 10)),
                    (page.getLeft() + document.leftMargin() + page.getRight() - document.rightMargin()) / 2,
                    page.getBottom() + 10 * MM,
                    0);
        }
    }

    private static BaseFont font(String resource) {
        try (InputStream in = PeriodicPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath (openpdf-fonts-extra)");
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
