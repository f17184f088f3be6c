package vn.diplomacy.partnership;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores a small set of enum values as ",A,B," in one column: sorted, so equal sets are equal strings, and
 * delimited, so that {@code like '%,A,%'} filters by one value.
 */
abstract class EnumSetConverter<E extends Enum<E>> implements AttributeConverter<Set<E>, String> {
    private final Class<E> type;

    EnumSetConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(Set<E> values) {
        if (values == null || values.isEmpty()) {
            return ",";
        }
        return values.stream().sorted().map(Enum::name).collect(Collectors.joining(",", ",", ","));
    }

    @Override
    public Set<E> convertToEntityAttribute(String column) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (column != null) {
            Arrays.stream(column.split(",")).filter(s -> !s.isBlank()).forEach(s -> set.add(Enum.valueOf(type, s)));
        }
        return set;
    }

    static String likeOne(Enum<?> value) {
        return "%," + value.name() + ",%";
    }

    @jakarta.persistence.Converter
    static class Pillars extends EnumSetConverter<Pillar> {
        Pillars() {
            super(Pillar.class);
        }
    }

    @jakarta.persistence.Converter
    static class Fields extends EnumSetConverter<CooperationField> {
        Fields() {
            super(CooperationField.class);
        }
    }
}
