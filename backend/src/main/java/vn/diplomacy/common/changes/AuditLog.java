package vn.diplomacy.common.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.event.spi.EventSource;
import vn.diplomacy.common.changes.ChangeListener.Change;
import vn.diplomacy.common.changes.ChangeListener.FieldValues;

/**
 * Notes an event that is not a record's change (a login, an API key's use) for the audit, in the caller's
 * transaction and numbered like every change; the history and the change feed leave it out.
 */
@ApplicationScoped
public class AuditLog {
    private final EntityManager em;

    AuditLog(EntityManager em) {
        this.em = em;
    }

    /** Call inside a transaction. {@code actor}: who acted, when the request's caller is not (yet) known. */
    public void note(String kind, long recordId, ChangeAction action, String actor, Map<String, ?> details) {
        Map<String, FieldValues> fields = new LinkedHashMap<>();
        details.forEach((k, v) -> fields.put(k, new FieldValues(null, Values.of(v))));
        ChangeBatch.of(em.unwrap(EventSource.class))
                .add(new Change(kind, recordId, action.name(), null, null, null, fields, actor, null));
    }
}
