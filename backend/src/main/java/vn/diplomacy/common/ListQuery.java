package vn.diplomacy.common;

import io.quarkus.panache.common.Sort;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Parsed and checked list parameters: paging (a page number, or the cursor of the previous answer), sort and
 * updatedSince; unknown parameters refused (see FilterSet).
 */
public final class ListQuery {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    private static final Set<String> COMMON = Set.of("page", "size", "sort", "updatedSince", "cursor");
    /** Parameters that do not choose the rows (a cursor stays valid across them). */
    private static final Set<String> NOT_FILTERS = Set.of("page", "size", "cursor", "sort", "format");

    private final PageParams params;
    private final List<Problem.FieldError> errors = new ArrayList<>();
    private final int page;
    private final int size;
    private final Sort sort;
    private final List<Cursor.Key> keys = new ArrayList<>();
    private boolean idDescending;
    private final Class<?> entity;
    private final Instant updatedSince;
    private final String binding;
    private final Cursor cursor;

    /**
     * @param sortable API sort field → entity path; the first entry is the default order.
     * @param filters  names of the resource's own filter parameters.
     */
    public ListQuery(PageParams params, SortFields sortable, Set<String> filters) {
        this.params = params;
        this.entity = sortable.entity();
        rejectUnknown(filters);
        // Half the int range, so that the offset of the last row asked for (page * size + size) cannot overflow.
        this.page = integer("page", params.page, 0, 0, Integer.MAX_VALUE / MAX_SIZE / 2);
        this.size = integer("size", params.size, DEFAULT_SIZE, 1, MAX_SIZE);
        this.updatedSince = instant("updatedSince", params.updatedSince);
        this.sort = sort(params.sort, sortable.fields());
        Map<String, List<String>> chosen = new HashMap<>();
        params.queryParameters().forEach((name, values) -> {
            if (!NOT_FILTERS.contains(name)) {
                chosen.put(name, values);
            }
        });
        this.binding = Cursor.binding(keys + (idDescending ? " -id" : " id"), chosen);
        this.cursor = cursor(params.cursor);
    }

    private Cursor cursor(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (params.page != null && !params.page.isBlank()) {
            errors.add(new Problem.FieldError(
                    "cursor", "cannot be combined with page; a cursor already says where the page starts"));
            return null;
        }
        Cursor c = Cursor.decode(raw.trim());
        if (c == null || (c.offset() == null && c.continuation(keys, idDescending, entity) == null)) {
            errors.add(new Problem.FieldError(
                    "cursor", "is not a cursor this API gave; pass back the `next` of the previous page as it is"));
            return null;
        }
        if (!c.binding().equals(binding)) {
            errors.add(new Problem.FieldError(
                    "cursor",
                    "was made for another sort or other filters; send them unchanged, or start again without cursor"));
            return null;
        }
        return c;
    }

    /** Where the page starts in the ordered rows: 0 for a keyset cursor (its condition does the skipping). */
    public int offset() {
        if (cursor != null) {
            return cursor.offset() != null ? cursor.offset() : 0;
        }
        return page * size;
    }

    /** The condition that continues after the cursor's row; null without a keyset cursor. */
    public Where continuation() {
        return cursor == null || cursor.offset() != null ? null : cursor.continuation(keys, idDescending, entity);
    }

    /** The cursor of the page after one ending with {@code last} (an entity of this list). */
    public String next(Object last) {
        return Cursor.after(binding, pageNumber() + 1, keys, entity, last, offset() + size)
                .encode();
    }

    /** The condition for the rows after {@code last} in this order; null when the order is not on fields (then by offset). */
    public Where after(Object last) {
        Cursor c = Cursor.after(binding, 0, keys, entity, last, 0);
        return c.offset() != null ? null : c.continuation(keys, idDescending, entity);
    }

    /** The entity's name in JPQL (the list's sort fields say which entity it lists). */
    public String entityName() {
        return entity.getSimpleName();
    }

    /** The page's number: asked for, or counted along the cursors that led to it. */
    public int pageNumber() {
        return cursor != null ? cursor.page() : page;
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

    /**
     * Sortable fields of {@code entity} in order, the first the default sort: an API name that is the entity's field
     * ({@code "title"}), or an API name and its entity path ({@code "registeredAt=createdAt"}). A path may list
     * several fields ({@code "date=sessionDate, startTime"}), all in the requested direction.
     */
    public static SortFields sortable(Class<?> entity, String... fields) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String field : fields) {
            int cut = field.indexOf('=');
            map.put(cut < 0 ? field : field.substring(0, cut), cut < 0 ? field : field.substring(cut + 1));
        }
        return new SortFields(entity, map);
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
            errors.add(new Problem.FieldError(
                    name, "is not a parameter of this list; allowed: " + new TreeSet<>(allowed)));
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
            if (instant.isBefore(
                            Dates.MIN.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
                    || instant.isAfter(
                            Dates.MAX.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())) {
                throw new DateTimeParseException("out of range", raw, 0);
            }
            return instant;
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(name, "must be a UTC instant such as 2026-01-31T00:00:00Z"));
            return null;
        }
    }

    private Sort sort(String raw, Map<String, String> sortable) {
        Map<String, Boolean> fields = new LinkedHashMap<>();
        if (raw != null && !raw.isBlank()) {
            for (String part : raw.split(",")) {
                String p = part.trim();
                boolean desc = p.startsWith("-");
                String name = desc ? p.substring(1) : p;
                if (!sortable.containsKey(name)) {
                    errors.add(new Problem.FieldError(
                            "sort", "cannot sort by '" + name + "'; allowed: " + sortable.keySet()));
                    continue;
                }
                for (String path : sortable.get(name).split(",")) {
                    fields.putIfAbsent(path.trim(), desc);
                }
            }
        }
        if (fields.isEmpty() && updatedSince != null && sortable.containsKey("updatedAt")) {
            // A synchronising agency reads the changes oldest first, and its cursor resumes after the last one.
            fields.put(sortable.get("updatedAt"), false);
        }
        if (fields.isEmpty()) {
            for (String path : sortable.values().iterator().next().split(",")) {
                fields.put(path.trim(), false);
            }
        }
        fields.forEach((path, desc) -> keys.add(new Cursor.Key(path, desc)));
        // The id breaks ties so that pages never overlap or skip rows; it follows the last field's direction so that
        // one index (field, id) serves the order both ways.
        idDescending = keys.get(keys.size() - 1).descending();
        keys.removeIf(k -> k.path().equals("id"));
        Sort sort = null;
        for (Cursor.Key k : keys) {
            Sort.Direction direction = k.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending;
            sort = sort == null ? Sort.by(k.path(), direction) : sort.and(k.path(), direction);
        }
        Sort.Direction byId = idDescending ? Sort.Direction.Descending : Sort.Direction.Ascending;
        sort = sort == null ? Sort.by("id", byId) : sort.and("id", byId);
        // Escaping is off because sort paths come from the resource's whitelist, never from the caller, and may be
        // expressions (a derived status).
        return sort.disableEscaping();
    }
}
