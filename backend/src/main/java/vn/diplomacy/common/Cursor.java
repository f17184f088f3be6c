package vn.diplomacy.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The continuation of a list: an opaque, URL-safe token naming where the next page starts. For a sort on fields it
 * holds the last row's sort key and id (keyset: the next page is read from the index where the last one stopped, so
 * the 5,000th page costs what the first does); for a sort on an expression, the position. It is bound to the sort and
 * the filters it was made for (a hash of both), so it cannot silently continue another list.
 */
public record Cursor(String binding, int page, List<String> key, Long id, Integer offset) {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final int MAX_PAGE = Integer.MAX_VALUE / ListQuery.MAX_SIZE / 2;

    /** One sort component: the entity field and its direction. */
    public record Key(String path, boolean descending) {}

    public String encode() {
        Map<String, Object> body = new HashMap<>();
        body.put("b", binding);
        body.put("p", page);
        if (offset != null) {
            body.put("o", offset);
        } else {
            body.put("k", key);
            body.put("i", id);
        }
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Null when the token is not one of ours (damaged, hand-made, from another version). */
    @SuppressWarnings("unchecked")
    public static Cursor decode(String token) {
        try {
            Map<String, Object> body = JSON.readValue(Base64.getUrlDecoder().decode(token), Map.class);
            String binding = (String) body.get("b");
            // Bounded like the page parameter, so that offset + size cannot overflow in a hand-made cursor.
            if (binding == null || !(body.get("p") instanceof Integer page) || page < 0 || page > MAX_PAGE) {
                return null;
            }
            if (body.get("o") instanceof Integer o && o >= 0 && o <= MAX_PAGE * ListQuery.MAX_SIZE) {
                return new Cursor(binding, page, null, null, o);
            }
            Object id = body.get("i");
            if (!(body.get("k") instanceof List<?> key) || !(id instanceof Number n)) {
                return null;
            }
            List<String> values = new ArrayList<>();
            for (Object v : key) {
                if (v != null && !(v instanceof String)) {
                    return null;
                }
                values.add((String) v);
            }
            return new Cursor(binding, page, values, n.longValue(), null);
        } catch (RuntimeException | java.io.IOException e) {
            return null;
        }
    }

    /** The token for the row after {@code last}, or, when the sort is not on fields, for {@code nextOffset}. */
    static Cursor after(String binding, int page, List<Key> keys, Class<?> entity, Object last, int nextOffset) {
        if (!keyset(keys, entity)) {
            return new Cursor(binding, page, null, null, nextOffset);
        }
        List<String> values = new ArrayList<>();
        for (Key k : keys) {
            Object v = read(entity, k.path(), last);
            values.add(
                    v == null
                            ? null
                            : v instanceof Enum<?> e
                                    ? e.name()
                                    : v instanceof BigDecimal b ? b.toPlainString() : v.toString());
        }
        return new Cursor(binding, page, values, (Long) read(entity, "id", last), null);
    }

    /** Whether every sort component is a field of the entity (then the cursor is a keyset). */
    static boolean keyset(List<Key> keys, Class<?> entity) {
        return entity != null && keys.stream().allMatch(k -> field(entity, k.path()) != null);
    }

    /**
     * The condition "after the cursor's row" in the list's order, the id last. MySQL and MariaDB put NULL first in an
     * ascending order and last in a descending one; the condition follows them. Null when the key does not fit the
     * entity's fields (a damaged token).
     */
    Where continuation(List<Key> keys, boolean idDescending, Class<?> entity) {
        if (key == null || key.size() != keys.size()) {
            return null;
        }
        Map<String, Object> params = new HashMap<>();
        List<String> alternatives = new ArrayList<>();
        List<String> equalSoFar = new ArrayList<>();
        for (int i = 0; i <= keys.size(); i++) {
            boolean onId = i == keys.size();
            String path = onId ? "id" : keys.get(i).path();
            boolean desc = onId ? idDescending : keys.get(i).descending();
            Object value;
            try {
                value = onId ? id : parse(field(entity, path).getType(), key.get(i));
            } catch (RuntimeException e) {
                return null;
            }
            String param = "cursor" + i;
            if (value != null) {
                params.put(param, value);
            }
            String after = value == null
                    ? (desc ? null : path + " is not null")
                    : desc ? "(" + path + " < :" + param + " or " + path + " is null)" : path + " > :" + param;
            if (after != null) {
                List<String> parts = new ArrayList<>(equalSoFar);
                parts.add(after);
                alternatives.add("(" + String.join(" and ", parts) + ")");
            }
            equalSoFar.add(value == null ? path + " is null" : path + " = :" + param);
        }
        String clause = alternatives.isEmpty() ? "1 = 0" : "(" + String.join(" or ", alternatives) + ")";
        return new Where().and(clause, params);
    }

    private static Object parse(Class<?> type, String raw) {
        if (raw == null) {
            return null;
        }
        if (type == String.class) {
            return raw;
        }
        if (type == Long.class || type == long.class) {
            return Long.valueOf(raw);
        }
        if (type == Integer.class || type == int.class) {
            return Integer.valueOf(raw);
        }
        if (type == BigDecimal.class) {
            return new BigDecimal(raw);
        }
        if (type == LocalDate.class) {
            return LocalDate.parse(raw);
        }
        if (type == LocalTime.class) {
            return LocalTime.parse(raw);
        }
        if (type == Instant.class) {
            return Instant.parse(raw);
        }
        if (type == Boolean.class || type == boolean.class) {
            return Boolean.valueOf(raw);
        }
        if (type.isEnum()) {
            return enumValue(type, raw);
        }
        throw new IllegalArgumentException("no cursor form for " + type);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String raw) {
        return Enum.valueOf((Class<? extends Enum>) type, raw);
    }

    /** The entity's field (Panache's enhancement may have made it private, so it is looked up, not taken public). */
    private static Field field(Class<?> entity, String path) {
        for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(path);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                // on to the superclass
            }
        }
        return null;
    }

    private static Object read(Class<?> entity, String path, Object row) {
        try {
            return field(entity, path).get(row);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hash binding a cursor to a list's sort and filters. */
    static String binding(String sort, Map<String, List<String>> filters) {
        StringBuilder text = new StringBuilder(sort);
        new java.util.TreeMap<>(filters)
                .forEach((name, values) ->
                        text.append('\n').append(name).append('=').append(values));
        return org.apache.commons.codec.digest.DigestUtils.sha256Hex(
                        text.toString().getBytes(StandardCharsets.UTF_8))
                .substring(0, 16);
    }
}
