package vn.diplomacy.common;

import java.util.Arrays;
import java.util.stream.Collectors;

public final class Enums {
    private Enums() {}

    public static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
