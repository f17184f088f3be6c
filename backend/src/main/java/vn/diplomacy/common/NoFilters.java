package vn.diplomacy.common;

/** The filters of a list that has none (nor free text: {@code q} is refused there rather than silently ignored). */
public final class NoFilters {
    public static final NoFilters UNSEARCHABLE = new NoFilters();

    private NoFilters() {}
}
