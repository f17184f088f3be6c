package vn.diplomacy.common.export;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.diplomacy.common.Money;

/**
 * Writes a {@link Table} as a download. CSV: UTF-8 with a BOM (so Excel shows Vietnamese), a header row, plain numbers
 * with a dot. XLSX (streamed): title and filter lines, a bold header row with an auto-filter, real number and date
 * cells with currency formats, and the totals row.
 */
public final class TableExport {
    private static final int FLUSH_EVERY = 1_000;

    private TableExport() {}

    public static Response response(ExportFormat format, String fileBaseName, Table table) {
        StreamingOutput body = out -> {
            if (format == ExportFormat.CSV) {
                writeCsv(table, out);
            } else {
                writeXlsx(table, out);
            }
        };
        String file = fileBaseName + "." + format.extension;
        return Response.ok(body, format.contentType)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    public static void writeCsv(Table table, OutputStream out) throws IOException {
        var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        CSVPrinter csv =
                CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get().print(writer);
        csv.printRecord(table.columns().stream().map(Column::header).toList());
        for (List<Object> row : table.rows()) {
            csv.printRecord(csvCells(table.columns(), row));
        }
        if (table.totals() != null) {
            csv.printRecord(csvCells(table.columns(), table.totals()));
        }
        csv.flush();
    }

    private static List<String> csvCells(List<Column> columns, List<Object> row) {
        List<String> cells = new ArrayList<>(row.size());
        for (int c = 0; c < row.size(); c++) {
            cells.add(csvCell(columns.get(c), row.get(c)));
        }
        return cells;
    }

    private static String csvCell(Column column, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Money money) {
            return money.amount().toPlainString();
        }
        if (value instanceof BigDecimal d) {
            if (column.kind() == Column.Kind.PERCENT) {
                // A fraction on the wire, a percentage a person can read in the file (0.855 → 85.5).
                return d.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
            }
            return column.currency() != null
                    ? Money.of(d, column.currency()).amount().toPlainString()
                    : d.toPlainString();
        }
        if (value instanceof Number || value instanceof java.time.temporal.TemporalAccessor) {
            return value.toString();
        }
        return neutralised(value.toString());
    }

    /**
     * Text a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) gets a leading apostrophe,
     * as OWASP's CSV injection guidance advises: a name like "=HYPERLINK(...)" stays a name.
     */
    static String neutralised(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    public static void writeXlsx(Table table, OutputStream out) throws IOException {
        writeXlsx(List.of(table), out);
    }

    /** One sheet per table, named after its title (made unique), in the order given. */
    public static void writeXlsx(List<Table> tables, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Diplomacy", "1.0");
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Table table : tables) {
            String name = sheetName(table.title());
            for (int n = 2; !names.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
                String suffix = " " + n;
                name = sheetName(table.title())
                                .substring(
                                        0,
                                        Math.min(
                                                31 - suffix.length(),
                                                sheetName(table.title()).length()))
                        + suffix;
            }
            writeSheet(workbook.newWorksheet(name), table);
        }
        workbook.finish();
    }

    private static void writeSheet(Worksheet sheet, Table table) throws IOException {
        int r = 0;
        sheet.value(r, 0, table.title());
        sheet.style(r, 0).bold().fontSize(14).set();
        r++;
        for (String line : table.filterLines()) {
            sheet.value(r++, 0, line);
        }
        r++;
        int headerRow = r;
        List<Column> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(r, c, columns.get(c).header());
            sheet.style(r, c).bold().fillColor("DDEBF7").wrapText(true).set();
            sheet.width(c, columns.get(c).kind() == Column.Kind.TEXT ? 32 : 18);
        }
        r++;
        for (List<Object> row : table.rows()) {
            writeRow(sheet, r++, columns, row, false);
            if (r % FLUSH_EVERY == 0) {
                sheet.flush();
            }
        }
        int lastDataRow = r - 1;
        if (table.totals() != null) {
            writeRow(sheet, r, columns, table.totals(), true);
        }
        sheet.freezePane(0, headerRow + 1);
        sheet.setAutoFilter(headerRow, 0, Math.max(lastDataRow, headerRow), columns.size() - 1);
        sheet.finish();
    }

    private static void writeRow(Worksheet sheet, int r, List<Column> columns, List<Object> row, boolean bold) {
        for (int c = 0; c < row.size(); c++) {
            Object value = row.get(c);
            if (value == null) {
                continue;
            }
            Column column = columns.get(c);
            String format = null;
            if (value instanceof Money money) {
                sheet.value(r, c, money.amount());
                format = currencyFormat(money.currency());
            } else if (value instanceof BigDecimal d) {
                sheet.value(r, c, d);
                format = switch (column.kind()) {
                    case PERCENT -> "0.0%";
                    case MONEY -> column.currency() == null ? "#,##0.00##" : currencyFormat(column.currency());
                    default -> "#,##0.00##";
                };
            } else if (value instanceof Number n) {
                sheet.value(r, c, n);
                format = column.kind() == Column.Kind.PERCENT ? "0.0%" : "#,##0";
            } else if (value instanceof LocalDate date) {
                sheet.value(r, c, date);
                format = "yyyy-mm-dd";
            } else {
                sheet.value(r, c, value.toString());
            }
            if (format != null || bold) {
                var style = sheet.style(r, c);
                if (format != null) {
                    style = style.format(format);
                }
                if (bold) {
                    style = style.bold();
                }
                style.set();
            }
        }
    }

    static String currencyFormat(String code) {
        int digits = Math.max(Currency.getInstance(code).getDefaultFractionDigits(), 0);
        // [$USD] rather than "USD": fastexcel does not escape quotes in number formats, which corrupts styles.xml.
        return (digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits)) + " [$" + code + "]";
    }

    private static String sheetName(String title) {
        // Excel refuses sheet names over 31 characters or with []:*?/\.
        String clean = title.replaceAll("[\\[\\]:*?/\\\\]", " ").trim();
        return clean.isEmpty() ? "Sheet1" : clean.substring(0, Math.min(31, clean.length()));
    }
}
