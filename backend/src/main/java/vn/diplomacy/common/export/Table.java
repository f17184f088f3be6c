package vn.diplomacy.common.export;

import java.util.List;

/**
 * What an export holds: a title and the filter used (shown above the header row in XLSX), the columns, the rows,
 * and an optional totals row (null for none). Cells may be null.
 */
public record Table(String title, List<String> filterLines, List<Column> columns, List<List<Object>> rows,
        List<Object> totals) {

    public Table(String title, List<String> filterLines, List<Column> columns, List<List<Object>> rows) {
        this(title, filterLines, columns, rows, null);
    }
}
