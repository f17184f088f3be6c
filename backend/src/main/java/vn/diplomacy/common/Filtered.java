package vn.diplomacy.common;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** A list request as read by {@link FilterSet}: paging and sort, the WHERE clause, and each parameter's typed value. */
public record Filtered(ListQuery list, Where where, Map<String, Object> values) {
    /** A parameter's value, typed as declared; null when absent. */
    @SuppressWarnings("unchecked")
    public <T> T value(String name) {
        return (T) values.get(name);
    }

    /** The parameters given, as sorted {@code name=value} lines (for an export's heading or a cache key). */
    public List<String> described(String... leaveOut) {
        Set<String> skipped = Set.of(leaveOut);
        return new TreeMap<>(values)
                .entrySet().stream()
                        .filter(e -> !e.getKey().equals("format") && !skipped.contains(e.getKey()))
                        .map(e -> e.getKey() + "=" + (e.getValue() instanceof Enum<?> en ? en.name() : e.getValue()))
                        .toList();
    }
}
