package vn.diplomacy.common;

/** For a list without filters or free-text search: {@code q} is refused there rather than silently ignored. */
@ListSearch("")
public final class NoFilters {
    public static final NoFilters UNSEARCHABLE = new NoFilters();

    private NoFilters() {
    }
}
