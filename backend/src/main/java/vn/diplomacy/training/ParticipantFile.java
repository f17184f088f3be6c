package vn.diplomacy.training;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.SearchText;

/**
 * Reads a trainee list (CSV in UTF-8 or XLSX, first sheet) into rows keyed by field name, each with its line number
 * in the file (the header is line 1). Headers may be English or Vietnamese, with or without diacritics.
 */
final class ParticipantFile {
    static final int MAX_ROWS = 2000;
    private static final Map<String, String> HEADERS = new LinkedHashMap<>();

    static {
        alias("fullName", "fullname", "full name", "name", "ho va ten", "ho ten");
        alias(
                "organizationName",
                "organization",
                "organizationname",
                "organisation",
                "co quan",
                "don vi",
                "co quan/don vi",
                "co quan, don vi");
        alias("position", "position", "chuc vu");
        alias("gender", "gender", "gioi tinh");
        alias("email", "email", "e-mail");
        alias("phone", "phone", "dien thoai", "so dien thoai");
        alias("notes", "notes", "note", "ghi chu");
    }

    private ParticipantFile() {}

    record Line(int line, Map<String, String> values) {
        String get(String field) {
            return SearchText.trimToNull(values.get(field));
        }
    }

    private static void alias(String field, String... names) {
        for (String n : names) {
            HEADERS.put(n, field);
        }
    }

    static List<Line> read(byte[] bytes) {
        if (bytes.length == 0) {
            throw ProblemException.invalid("file", "is empty");
        }
        List<List<String>> table = ReadableWorkbook.isOOXMLZipHeader(bytes)
                ? xlsx(vn.diplomacy.common.Inflation.checked(bytes))
                : csv(bytes);
        if (table.isEmpty()) {
            throw ProblemException.invalid("file", "has no header line");
        }
        List<String> header = table.get(0);
        String[] fields = new String[header.size()];
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = SearchText.fold(header.get(i));
            if (name.isEmpty()) {
                continue;
            }
            fields[i] = HEADERS.get(name);
            if (fields[i] == null) {
                unknown.add(header.get(i));
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.invalid(
                    "lines[1]",
                    "unknown column(s) " + unknown
                            + "; expected fullName, organization, position, gender, email, phone, notes (or Họ và tên, Cơ quan, Chức vụ, Giới tính, Email, Điện thoại, Ghi chú)");
        }
        if (!List.of(fields).contains("fullName")) {
            throw ProblemException.invalid("lines[1]", "needs a fullName (Họ và tên) column");
        }
        if (table.size() - 1 > MAX_ROWS) {
            throw ProblemException.invalid("file", "has more than " + MAX_ROWS + " rows");
        }
        List<Line> lines = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> cells = table.get(r);
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < fields.length && i < cells.size(); i++) {
                if (fields[i] != null) {
                    values.put(fields[i], cells.get(i));
                }
            }
            // Blank lines (common at the end of spreadsheets) are not trainees.
            if (values.values().stream().anyMatch(v -> v != null && !v.isBlank())) {
                lines.add(new Line(r + 1, values));
            }
        }
        return lines;
    }

    private static List<List<String>> csv(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.invalid("file", "must be an XLSX workbook or a CSV file in UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String first = text.lines().findFirst().orElse("");
        char delimiter = first.contains(";") && !first.contains(",") ? ';' : ',';
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser =
                CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            java.util.regex.Matcher line =
                    java.util.regex.Pattern.compile("line (\\d+)").matcher(String.valueOf(e.getMessage()));
            throw ProblemException.invalid(
                    "file",
                    "is not a readable CSV file: a quoted value is not closed or is" + " followed by other characters"
                            + (line.find() ? " (near line " + line.group(1) + ")" : ""));
        }
        return rows;
    }

    private static List<List<String>> xlsx(byte[] bytes) {
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
                Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            stream.forEach(row -> {
                // Stop while reading: a single row numbered 2,000,000,000 must not make two billion empty lines.
                if (row.getRowNum() > MAX_ROWS + 1) {
                    throw ProblemException.invalid("file", "has more than " + MAX_ROWS + " rows");
                }
                // Keep line numbers as Excel shows them, even across empty rows.
                while (rows.size() < row.getRowNum() - 1) {
                    rows.add(List.of());
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(row.getCell(i) == null ? null : row.getCellText(i));
                }
                rows.add(cells);
            });
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw ProblemException.invalid("file", "is not a readable XLSX workbook");
        }
        return rows;
    }
}
