package vn.diplomacy.common;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The paging envelope of every list answer. */
public record PageResult<T>(
        List<T> items,
        @Schema(examples = "0") int page,
        @Schema(examples = "20") int size,
        @Schema(examples = "57") long totalItems,
        @Schema(examples = "3") int totalPages) {

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }

    public static <E, T> PageResult<T> of(io.quarkus.hibernate.orm.panache.PanacheQuery<E> query, ListQuery list,
            Function<E, T> mapper) {
        List<T> items = query.page(list.page(), list.size()).list().stream().map(mapper).toList();
        long total = query.count();
        int pages = (int) ((total + list.size() - 1) / list.size());
        return new PageResult<>(items, list.page(), list.size(), total, pages);
    }
}
