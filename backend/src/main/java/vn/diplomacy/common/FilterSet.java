package vn.diplomacy.common;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a list's parameters from its beans: every {@link Filter} field (named like the parameter) and every
 * {@code @QueryParam} field is an allowed parameter (anything else is refused), every {@link Filter} is parsed as
 * its field's type says and becomes a condition, and a bean extending {@link Searchable} brings {@code q}. All bad
 * parameters are reported together as one 400 problem.
 */
public final class FilterSet {
    /** One declared parameter; {@code bound} when JAX-RS binds it (a {@code @QueryParam}), else read here. */
    record Spec(Field field, String name, Filter filter, boolean bound) {}

    private record Declared(List<Spec> specs, List<Field> nested, Set<String> names, ListSearch search) {}

    private static final ClassValue<Declared> DECLARED = new ClassValue<>() {
        @Override
        protected Declared computeValue(Class<?> type) {
            List<Spec> specs = new ArrayList<>();
            List<Field> nested = new ArrayList<>();
            Set<String> names = new LinkedHashSet<>();
            for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    QueryParam param = f.getAnnotation(QueryParam.class);
                    Filter filter = f.getAnnotation(Filter.class);
                    if (param != null && filter != null) {
                        throw new IllegalStateException(f + ": a @Filter is named by its field, without @QueryParam");
                    }
                    if (param != null || filter != null) {
                        String name = param != null ? param.value() : f.getName();
                        names.add(name);
                        specs.add(new Spec(f, name, filter, param != null));
                    } else if (f.isAnnotationPresent(Nested.class)) {
                        f.setAccessible(true);
                        nested.add(f);
                        names.addAll(DECLARED.get(f.getType()).names());
                    }
                }
            }
            specs.forEach(s -> s.field().setAccessible(true));
            return new Declared(
                    List.copyOf(specs), List.copyOf(nested), Set.copyOf(names), type.getAnnotation(ListSearch.class));
        }
    };

    private FilterSet() {}

    /** The filters a bean type declares, with those of its {@link Nested} beans (for FilterDocs). */
    static List<Spec> filters(Class<?> type) {
        List<Spec> all = new ArrayList<>();
        Declared declared = DECLARED.get(type);
        declared.specs().stream().filter(s -> !s.bound()).forEach(all::add);
        declared.nested().forEach(f -> all.addAll(filters(f.getType())));
        return all;
    }

    /** The list parameters and the filters of {@code beans} (with their {@link Nested} beans). */
    public static Filtered read(PageParams params, SortFields sortable, Object... beans) {
        List<Object> all = new ArrayList<>();
        for (Object bean : beans) {
            flatten(bean, all);
        }
        Set<String> names = new LinkedHashSet<>();
        ListSearch search = null;
        for (Object bean : all) {
            Declared declared = DECLARED.get(bean.getClass());
            names.addAll(declared.names());
            search = search == null ? declared.search() : search;
        }
        ListQuery list = new ListQuery(params, sortable, names);
        Map<String, Object> values = new HashMap<>();
        if (list.updatedSince() != null) {
            values.put("updatedSince", list.updatedSince());
        }
        Where where = new Where()
                .and(
                        (search == null ? "updatedAt" : search.updatedAt()) + " >= :updatedSince",
                        "updatedSince",
                        list.updatedSince());
        MultivaluedMap<String, String> query = params.queryParameters();
        for (Object bean : all) {
            for (Spec spec : DECLARED.get(bean.getClass()).specs()) {
                Object value = spec.bound() ? raw(spec, bean) : parse(spec, text(query.getFirst(spec.name())), list);
                if (value != null) {
                    values.put(spec.name(), value);
                    if (!spec.bound() && spec.field().getType().isInstance(value)) {
                        set(spec, bean, value);
                    }
                }
            }
        }
        String q = (String) values.get("q");
        where.and(
                search == null ? "searchText like :q" : search.value(),
                "q",
                q == null ? null : SearchText.likePattern(q));
        for (Object bean : all) {
            for (Spec spec : DECLARED.get(bean.getClass()).specs()) {
                if (spec.filter() != null && values.containsKey(spec.name())) {
                    condition(spec, values, where, list, sortable.entity(), alias(search));
                }
            }
        }
        Scope scope = Scope.current();
        if (scope != null) {
            scope.restrict(where, sortable.entity(), alias(search));
        }
        return new Filtered(list.validated(), where, values);
    }

    private static void flatten(Object bean, List<Object> into) {
        if (bean == null) {
            return;
        }
        into.add(bean);
        for (Field f : DECLARED.get(bean.getClass()).nested()) {
            try {
                flatten(f.get(bean), into);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static String raw(Spec spec, Object bean) {
        try {
            Object v = spec.field().get(bean);
            return v == null ? null : text(v.toString());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim();
    }

    private static void set(Spec spec, Object bean, Object value) {
        try {
            spec.field().set(bean, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The entity's alias in the list's conditions ("c." when they name c.updatedAt), or none. */
    private static String alias(ListSearch search) {
        String updatedAt = search == null ? "updatedAt" : search.updatedAt();
        return updatedAt.substring(0, updatedAt.lastIndexOf('.') + 1);
    }

    private static void condition(
            Spec spec, Map<String, Object> values, Where where, ListQuery list, Class<?> entity, String alias) {
        Filter filter = spec.filter();
        Object value = values.get(spec.name());
        if (!filter.notBefore().isEmpty()
                && value instanceof LocalDate date
                && values.get(filter.notBefore()) instanceof LocalDate earlier
                && date.isBefore(earlier)) {
            list.invalid(spec.name(), "must be on or after " + filter.notBefore());
        }
        if (filter.value().isEmpty() && filter.kind() != Filter.Kind.SUBTREE) {
            return;
        }
        if (value instanceof Boolean flag) {
            where.flag(flag, filter.value(), filter.otherwise());
        } else if (filter.kind() == Filter.Kind.YEAR) {
            int year = (Integer) value;
            where.and(
                    filter.value(),
                    Map.of(
                            spec.name() + "Start",
                            LocalDate.of(year, 1, 1),
                            spec.name() + "End",
                            LocalDate.of(year, 12, 31)));
        } else if (filter.kind() == Filter.Kind.SCHOOL_YEAR) {
            int year = (Integer) value;
            where.and(
                    filter.value(),
                    Map.of(
                            spec.name() + "Start",
                            LocalDate.of(year, 9, 1),
                            spec.name() + "End",
                            LocalDate.of(year + 1, 8, 31)));
        } else if (filter.kind() == Filter.Kind.SUBTREE) {
            if (!Scope.hasHome(entity)) {
                throw new IllegalStateException(
                        spec.field() + ": a scope filter on a list without a home organization");
            }
            Subtree subtree = Subtree.of(
                    io.quarkus.arc.Arc.container()
                            .instance(jakarta.persistence.EntityManager.class)
                            .get(),
                    (Long) value,
                    spec.name());
            where.and(Scope.homeIn(entity, alias, subtree.jpql()), subtree.params());
        } else if (filter.kind() == Filter.Kind.SET_MEMBER) {
            where.and(filter.value(), spec.name(), SetColumn.likeOne(value));
        } else {
            where.and(filter.value(), spec.name(), value);
        }
    }

    private static Object parse(Spec spec, String raw, ListQuery list) {
        if (raw == null) {
            return null;
        }
        String name = spec.name();
        switch (spec.filter().kind()) {
            case COUNTRY:
                return CountryCodes.isValid(raw)
                        ? raw
                        : list.invalid(name, "must be an ISO 3166-1 alpha-2 code such as VN or LA");
            case CURRENCY:
                String code = raw.toUpperCase(java.util.Locale.ROOT);
                return Currencies.find(code) != null
                        ? code
                        : list.invalid(name, "must be an ISO 4217 currency code such as VND or USD");
            default:
                break;
        }
        Class<?> type = spec.field().getType();
        if (type.isEnum()) {
            return enumValue(name, raw, type, list);
        }
        if (type == LocalDate.class) {
            LocalDate date = Dates.parseOrNull(raw);
            return date != null ? date : list.invalid(name, Dates.RULE);
        }
        if (type == java.time.Instant.class) {
            try {
                return java.time.Instant.parse(raw);
            } catch (java.time.format.DateTimeParseException e) {
                return list.invalid(name, "must be a UTC instant such as 2026-12-01T08:00:00Z");
            }
        }
        if (type == Long.class) {
            Long id = Ids.parseOrNull(raw);
            return id != null ? id : list.invalid(name, "must be a positive integer id");
        }
        if (type == Boolean.class) {
            return raw.equals("true") || raw.equals("false")
                    ? Boolean.valueOf(raw)
                    : list.invalid(name, "must be true or false");
        }
        if (type == Integer.class) {
            int min = spec.filter().min();
            int max = spec.filter().max();
            // Only ASCII digits: Integer.parseInt would also read "１" (fullwidth) or "+1".
            if (raw.matches("-?[0-9]{1,9}")) {
                int v = Integer.parseInt(raw);
                if (v >= min && v <= max) {
                    return v;
                }
            }
            return list.invalid(name, "must be an integer from " + min + " to " + max);
        }
        return raw;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(String name, String raw, Class<?> type, ListQuery list) {
        try {
            return Enum.valueOf((Class) type, raw);
        } catch (IllegalArgumentException e) {
            return list.invalid(name, "must be one of " + Enums.names((Class) type));
        }
    }
}
