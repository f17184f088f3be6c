package vn.diplomacy.common.export;

import java.util.List;

/**
 * What an export holds: a title and the filter used (shown above the header row in XLSX), the columns, the rows,
 * and an optional totals row (null for none). Cells may be null. The rows may be read as they are written (a large
 * export streams from the database chunk by chunk); the totals are read after them, so they may add up the rows.
 */
public record Table(
        String title,
        List<String> filterLines,
        List<Column> columns,
        Iterable<List<Object>> rows,
        List<Object> totals) {

    public Table(String title, List<String> filterLines, List<Column> columns, Iterable<List<Object>> rows) {
        this(title, filterLines, columns, rows, null);
    }
}
