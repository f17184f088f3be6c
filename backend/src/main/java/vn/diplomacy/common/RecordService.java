package vn.diplomacy.common;

/**
 * The operations every record kind offers, so that one {@link RecordResource} serves them all. The service owns the
 * transaction and the rules. PATCH merges onto the input read back from {@link #get} (see {@link MergePatch}).
 */
public interface RecordService<I, V extends RecordView> {
    V get(long id);

    V create(I input);

    V update(long id, String ifMatch, I input);

    /** Only kinds whose resource extends {@link DeletableRecordResource} are deleted this way. */
    default void delete(long id, String ifMatch) {
        throw new UnsupportedOperationException(
                getClass().getSimpleName() + " records are not deleted by id and version alone");
    }
}
