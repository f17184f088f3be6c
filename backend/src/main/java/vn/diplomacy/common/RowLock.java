package vn.diplomacy.common;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Reads one row with a write lock, the latest committed version, so that writers of one record queue up. Native SQL:
 * Hibernate's MySQL form ({@code for update of alias}) is refused by MariaDB. Call before the row is loaded otherwise
 * in the transaction, or the already loaded (older) state would be returned.
 */
public final class RowLock {
    private RowLock() {}

    public static <T> T byId(EntityManager em, Class<T> type, String table, long id) {
        @SuppressWarnings("unchecked")
        List<T> rows = em.createNativeQuery("select * from " + table + " where id = ?1 for update", type)
                .setParameter(1, id)
                .getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }
}
