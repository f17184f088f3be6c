package vn.diplomacy.common;

import io.quarkus.panache.common.Sort;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Parsed and checked list parameters: paging, sort and updatedSince; unknown parameters refused (see FilterSet). */
public final class ListQuery {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    private static final Set<String> COMMON = Set.of("page", "size", "sort", "updatedSince");

    private final PageParams params;
    private final List<Problem.FieldError> errors = new ArrayList<>();
    private final int page;
    private final int size;
    private final Sort sort;
    private final Instant updatedSince;

    /**
     * @param sortable API sort field → entity path; the first entry is the default order.
     * @param filters  names of the resource's own filter parameters.
     */
    public ListQuery(PageParams params, Map<String, String> sortable, Set<String> filters) {
        this.params = params;
        rejectUnknown(filters);
        this.page = integer("page", params.page, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
        this.size = integer("size", params.size, DEFAULT_SIZE, 1, MAX_SIZE);
        this.sort = sort(params.sort, sortable);
        this.updatedSince = instant("updatedSince", params.updatedSince);
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    public Sort sort() {
        return sort;
    }

    public Instant updatedSince() {
        return updatedSince;
    }

    /** Sortable fields in order, as pairs of API name and entity path; the first pair is the default sort. */
    public static Map<String, String> sortable(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** Records a bad parameter (reported with all others by {@link #validated}); returns null for the caller's value. */
    public <T> T invalid(String name, String message) {
        errors.add(new Problem.FieldError(name, message));
        return null;
    }

    /** Throws a 400 problem listing every bad parameter; call after reading the filters. */
    public ListQuery validated() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return this;
    }

    private void rejectUnknown(Set<String> filters) {
        Set<String> allowed = new HashSet<>(COMMON);
        allowed.addAll(filters);
        Set<String> unknown = new TreeSet<>(params.queryParameters().keySet());
        unknown.removeAll(allowed);
        for (String name : unknown) {
            errors.add(new Problem.FieldError(name, "is not a parameter of this list; allowed: " + new TreeSet<>(allowed)));
        }
    }

    private int integer(String name, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        String digits = raw.trim();
        // Only ASCII digits: Integer.parseInt would also read "１" (fullwidth) or "+1".
        if (digits.matches("-?[0-9]{1,9}")) {
            int v = Integer.parseInt(digits);
            if (v >= min && v <= max) {
                return v;
            }
        }
        errors.add(new Problem.FieldError(name, "must be an integer from " + min + " to " + max));
        return fallback;
    }

    private Instant instant(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            Instant instant = Instant.parse(raw.trim());
            if (instant.isBefore(Dates.MIN.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
                    || instant.isAfter(Dates.MAX.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())) {
                throw new DateTimeParseException("out of range", raw, 0);
            }
            return instant;
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(name, "must be a UTC instant such as 2026-01-31T00:00:00Z"));
            return null;
        }
    }

    private Sort sort(String raw, Map<String, String> sortable) {
        Map<String, Sort.Direction> fields = new LinkedHashMap<>();
        if (raw != null && !raw.isBlank()) {
            for (String part : raw.split(",")) {
                String p = part.trim();
                boolean desc = p.startsWith("-");
                String name = desc ? p.substring(1) : p;
                if (!sortable.containsKey(name)) {
                    errors.add(new Problem.FieldError("sort", "cannot sort by '" + name + "'; allowed: " + sortable.keySet()));
                    continue;
                }
                fields.putIfAbsent(sortable.get(name), desc ? Sort.Direction.Descending : Sort.Direction.Ascending);
            }
        }
        if (fields.isEmpty()) {
            fields.put(sortable.values().iterator().next(), Sort.Direction.Ascending);
        }
        Sort sort = null;
        for (Map.Entry<String, Sort.Direction> e : fields.entrySet()) {
            sort = sort == null ? Sort.by(e.getKey(), e.getValue()) : sort.and(e.getKey(), e.getValue());
        }
        // The id breaks ties so that pages never overlap or skip rows. Escaping is off because sort paths come from
        // the resource's whitelist, never from the caller, and may be expressions (a derived status).
        Sort result = fields.containsKey("id") ? sort : sort.and("id", Sort.Direction.Ascending);
        return result.disableEscaping();
    }
}
