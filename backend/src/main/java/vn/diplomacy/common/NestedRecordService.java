package vn.diplomacy.common;

/**
 * {@link RecordService} for a record kind that lives inside another record (an agreement in its partnership): the
 * same operations with the parent's id first. {@link #in} serves one parent's records to {@link RecordResource}.
 */
public interface NestedRecordService<I, V extends RecordView> {
    V get(long parentId, long id);

    V create(long parentId, I input);

    V update(long parentId, long id, String ifMatch, I input);

    /** Only kinds whose resource extends {@link DeletableRecordResource} are deleted this way. */
    default void delete(long parentId, long id, String ifMatch) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " records are not deleted by id");
    }

    default RecordService<I, V> in(long parentId) {
        NestedRecordService<I, V> nested = this;
        return new RecordService<>() {
            @Override
            public V get(long id) {
                return nested.get(parentId, id);
            }

            @Override
            public V create(I input) {
                return nested.create(parentId, input);
            }

            @Override
            public V update(long id, String ifMatch, I input) {
                return nested.update(parentId, id, ifMatch, input);
            }

            @Override
            public void delete(long id, String ifMatch) {
                nested.delete(parentId, id, ifMatch);
            }
        };
    }
}
