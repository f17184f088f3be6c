package vn.diplomacy.common;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A small set stored as ",A,B," in one column: sorted, so equal sets are equal strings, and delimited, so that
 * {@code like '%,A,%'} filters by one member ({@link Filter.Kind#SET_MEMBER}).
 */
public final class SetColumn {
    private SetColumn() {}

    static String write(Set<?> values, Function<Object, String> name) {
        if (values == null || values.isEmpty()) {
            return ",";
        }
        return values.stream().map(name).sorted().collect(Collectors.joining(",", ",", ","));
    }

    /** The like pattern of one member. */
    public static String likeOne(Object member) {
        return "%," + (member instanceof Enum<?> e ? e.name() : member.toString()) + ",%";
    }

    /** A set of enum values; each enum gets a {@code @Converter} subclass naming its type. */
    public abstract static class Enums<E extends Enum<E>> implements AttributeConverter<Set<E>, String> {
        private final Class<E> type;

        protected Enums(Class<E> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(Set<E> values) {
            return write(values, v -> ((Enum<?>) v).name());
        }

        @Override
        public Set<E> convertToEntityAttribute(String column) {
            EnumSet<E> set = EnumSet.noneOf(type);
            if (column != null) {
                Arrays.stream(column.split(",")).filter(s -> !s.isBlank()).forEach(s -> set.add(Enum.valueOf(type, s)));
            }
            return set;
        }
    }

    /** A set of record ids (permitted provinces), in ascending order. */
    @jakarta.persistence.Converter
    public static class Ids implements AttributeConverter<Set<Long>, String> {
        @Override
        public String convertToDatabaseColumn(Set<Long> values) {
            return values == null || values.isEmpty()
                    ? ","
                    : values.stream().sorted().map(String::valueOf).collect(Collectors.joining(",", ",", ","));
        }

        @Override
        public Set<Long> convertToEntityAttribute(String column) {
            Set<Long> set = new TreeSet<>();
            if (column != null) {
                Arrays.stream(column.split(",")).filter(s -> !s.isBlank()).forEach(s -> set.add(Long.valueOf(s)));
            }
            return set;
        }
    }
}
