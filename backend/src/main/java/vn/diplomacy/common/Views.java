package vn.diplomacy.common;

import java.util.List;
import java.util.function.Function;

/**
 * A service builds the views of a page at once (one query per kind of reference, never one per row); a single record
 * is a page of one.
 */
public final class Views {
    private Views() {}

    public static <E, V> V one(Function<List<E>, Function<E, V>> views, E item) {
        return views.apply(List.of(item)).apply(item);
    }
}
