package vn.diplomacy.common;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The paging envelope of every list answer. Counting stops at {@link #COUNT_CAP} rows: a larger total is given as
 * the cap with {@code totalExact=false} (shown as "more than 10,000"), so that no page has to count a whole table.
 */
public record PageResult<T>(
        List<T> items,

        @Schema(examples = "0", description = "The page number (0-based); with a cursor, the page the cursor reached")
        int page,

        @Schema(examples = "20") int size,

        @Schema(
                examples = "57",
                description = "The matching rows, or COUNT_CAP (10000) when there are more; see totalExact")
        long totalItems,

        @Schema(examples = "3") int totalPages,

        @Schema(description = "False when totalItems is the cap of the count, the real total being higher")
        boolean totalExact,

        @Schema(description = "The cursor of the following page (pass it back as `cursor=`); null on the last page")
        String next) {

    public static final int COUNT_CAP = 10_000;

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(
                items.stream().map(mapper).toList(), page, size, totalItems, totalPages, totalExact, next);
    }

    /** The page {@code list} asks for among the rows matching {@code where}, in the list's order. */
    public static <E, T> PageResult<T> of(
            PanacheRepositoryBase<E, Long> repository, Where where, ListQuery list, Function<E, T> mapper) {
        return of(repository, "", where, list, mapper);
    }

    /** As above, the page's views built at once by {@code views} (one query per kind of reference, see Views). */
    public static <E, T> PageResult<T> viewed(
            PanacheRepositoryBase<E, Long> repository,
            String from,
            Where where,
            ListQuery list,
            Function<List<E>, Function<E, T>> views) {
        PageResult<E> rows = of(repository, from, where, list, Function.identity());
        return rows.map(views.apply(rows.items()));
    }

    /** As above, for conditions that name the entity by an alias: {@code from} is e.g. "from AidCommitment c". */
    public static <E, T> PageResult<T> of(
            PanacheRepositoryBase<E, Long> repository,
            String from,
            Where where,
            ListQuery list,
            Function<E, T> mapper) {
        String prefix = from.isEmpty() ? "" : from + " where ";
        Where rows = list.continuation() == null ? where : where.plus(list.continuation());
        // One row more than the page tells whether another page follows.
        List<E> found = repository
                .find(prefix + rows.jpql(), list.sort(), rows.params())
                .range(list.offset(), list.offset() + list.size())
                .list();
        boolean more = found.size() > list.size();
        List<E> page = more ? found.subList(0, list.size()) : found;
        // One row past the cap tells whether counting would pass it; below it the exact count is cheap.
        // The probe reads ids only, so the database walks an index instead of fetching 10,000 rows.
        String ids = from.isEmpty() ? "select id from " + list.entityName() + " where " : "select id " + prefix;
        boolean capped = repository
                .find(ids + where.jpql(), where.params())
                .page(Page.of(COUNT_CAP, 1))
                .firstResultOptional()
                .isPresent();
        long total = capped ? COUNT_CAP : repository.count(prefix + where.jpql(), where.params());
        int pages = (int) ((total + list.size() - 1) / list.size());
        String next = more ? list.next(page.get(page.size() - 1)) : null;
        return new PageResult<>(
                page.stream().map(mapper).toList(), list.pageNumber(), list.size(), total, pages, !capped, next);
    }

    /**
     * What an export writes: every row the filter selects, as {@link #streamed}, refused (400 on {@code format})
     * before anything is written when there are more than {@code max}. {@code from} names the entity and its alias
     * as the filter's conditions do ("from AidCommitment c"); {@code noun} is what the message counts.
     */
    public static <E, T> Iterable<T> exported(
            PanacheRepositoryBase<E, Long> repository,
            String from,
            Filtered filter,
            int max,
            String noun,
            Function<List<E>, List<T>> mapper) {
        long count = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> repository.count(
                        from + " where " + filter.where().jpql(), filter.where().params()));
        if (count > max) {
            throw ProblemException.invalid(
                    "format",
                    "an export holds at most " + max + " " + noun + "; this filter selects " + count
                            + ". Narrow it (e.g. a period or a year)");
        }
        return streamed(repository, from, filter.where(), filter.list(), 1000, mapper);
    }

    /**
     * Every row matching {@code where} in the list's order, read lazily as the caller iterates, in chunks each read
     * after the last row of the one before (keyset: an export of 100,000 rows costs 100 times one of 1,000, where
     * offsets would re-read every row they skip) and each in a transaction of its own (a download written to a slow
     * client holds no connection, and memory holds one chunk). {@code mapper} turns a chunk into what is handed out,
     * inside its transaction. Rows changed while it runs may or may not appear; none appears twice.
     */
    public static <E, T> Iterable<T> streamed(
            PanacheRepositoryBase<E, Long> repository,
            String from,
            Where where,
            ListQuery list,
            int chunk,
            Function<List<E>, List<T>> mapper) {
        return () -> new java.util.Iterator<>() {
            private final String prefix = from.isEmpty() ? "" : from + " where ";
            private java.util.Iterator<T> current = java.util.Collections.emptyIterator();
            private Object last;
            private int offset;
            private boolean done;

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && !done) {
                    current = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                            .call(this::nextChunk)
                            .iterator();
                }
                return current.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return current.next();
            }

            private List<T> nextChunk() {
                Where after = last == null ? null : list.after(last);
                Where rows = after == null ? where : where.plus(after);
                int start = last != null && after == null ? offset : 0;
                List<E> found = repository
                        .find(prefix + rows.jpql(), list.sort(), rows.params())
                        .range(start, start + chunk - 1)
                        .list();
                done = found.size() < chunk;
                if (!found.isEmpty()) {
                    last = found.get(found.size() - 1);
                    offset += found.size();
                }
                return found.isEmpty() ? List.of() : mapper.apply(found);
            }
        };
    }
}
