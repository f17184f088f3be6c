package vn.diplomacy.common.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import vn.diplomacy.common.Money;

class TableExportTest {
    private final Table table = new Table(
            "Viện trợ",
            List.of("Năm: 2023"),
            List.of(
                    Column.text("Tên"),
                    Column.money("Cam kết"),
                    Column.money("Quy đổi", "VND"),
                    Column.integer("Số"),
                    Column.date("Ngày"),
                    Column.percent("Tỷ lệ")),
            List.of(
                    Arrays.asList(
                            "Nước sạch Bát Xát",
                            new Money(new BigDecimal("1250.50"), "USD"),
                            new BigDecimal("31262500"),
                            2,
                            LocalDate.of(2023, 3, 1),
                            new BigDecimal("0.855")),
                    Arrays.asList("Trường học, \"Sa Pa\"", null, new BigDecimal("1000"), 1, null, null)),
            Arrays.asList("Tổng", null, new BigDecimal("31263500"), 3, null, null));

    @Test
    void csvHasBomHeaderRowsAndTotalsWithPlainNumbers() throws Exception {
        var out = new ByteArrayOutputStream();
        TableExport.writeCsv(table, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFTên,Cam kết,Quy đổi,Số,Ngày,Tỷ lệ\r\n");
        assertThat(csv).contains("Nước sạch Bát Xát,1250.50,31262500,2,2023-03-01,85.5\r\n");
        assertThat(csv).contains("\"Trường học, \"\"Sa Pa\"\"\",,1000,1,,\r\n");
        assertThat(csv).endsWith("Tổng,,31263500,3,,\r\n");
    }

    @Test
    void xlsxHasTitleFilterHeaderAndRealNumberCells() throws Exception {
        var out = new ByteArrayOutputStream();
        TableExport.writeXlsx(table, out);
        try (var workbook = new ReadableWorkbook(
                new ByteArrayInputStream(out.toByteArray()),
                new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
            // The reader leaves out empty rows, so rows are looked up by their number (1-based).
            var rows = new java.util.HashMap<Integer, Row>();
            workbook.getFirstSheet().read().forEach(row -> rows.put(row.getRowNum() - 1, row));
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Viện trợ");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("Năm: 2023");
            Row header = rows.get(3);
            assertThat(header.getCellText(1)).isEqualTo("Cam kết");
            Row first = rows.get(4);
            assertThat(first.getCellAsNumber(1))
                    .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1250.5"));
            assertThat(first.getCell(1).getDataFormatString()).isEqualTo("#,##0.00 [$USD]");
            assertThat(first.getCell(2).getDataFormatString()).isEqualTo("#,##0 [$VND]");
            assertThat(first.getCellAsDate(4))
                    .hasValueSatisfying(d -> assertThat(d.toLocalDate()).isEqualTo(LocalDate.of(2023, 3, 1)));
            assertThat(rows.get(6).getCellAsNumber(2))
                    .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("31263500"));
        }
    }

    @Test
    void unknownFormatIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExportFormat.of("pdf", null))
                .hasMessageContaining("format");
        assertThat(ExportFormat.of("XLSX", null)).contains(ExportFormat.XLSX);
        assertThat(ExportFormat.of(null, null)).isEmpty();
    }
}
