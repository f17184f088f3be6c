package vn.diplomacy.common.changes;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import vn.diplomacy.common.HomeOrganization;
import vn.diplomacy.common.Scope;

/**
 * Turns every insert, update and delete of a {@link Recorded} entity into a {@link Change} of its transaction's
 * {@link ChangeBatch}: field by field, before and after, leaving out what the record derives itself (search text,
 * version, who/when columns).
 */
final class ChangeListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {
    private static final Set<String> DERIVED = Set.of(
            "id", "version", "createdAt", "createdBy", "updatedAt", "updatedBy", "searchText", "treePath", "rootId");

    @Override
    public void onPostInsert(PostInsertEvent event) {
        record(
                event.getSession(),
                event.getEntity(),
                event.getId(),
                "CREATED",
                event.getPersister(),
                null,
                event.getState());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        record(
                event.getSession(),
                event.getEntity(),
                event.getId(),
                "UPDATED",
                event.getPersister(),
                event.getOldState(),
                event.getState());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        record(
                event.getSession(),
                event.getEntity(),
                event.getId(),
                "DELETED",
                event.getPersister(),
                event.getDeletedState(),
                null);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private static void record(
            EventSource session,
            Object entity,
            Object id,
            String action,
            EntityPersister persister,
            Object[] before,
            Object[] after) {
        Recorded recorded = entity.getClass().getAnnotation(Recorded.class);
        if (recorded == null) {
            return;
        }
        String[] names = persister.getPropertyNames();
        Set<String> secret = Set.of(recorded.secret());
        Map<String, FieldValues> fields = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            Object old = before == null ? null : before[i];
            Object now = after == null ? null : after[i];
            if (DERIVED.contains(names[i]) || (Objects.equals(old, now) && !"DELETED".equals(action))) {
                continue;
            }
            if (old == null && now == null) {
                continue;
            }
            fields.put(
                    names[i],
                    secret.contains(names[i]) ? FieldValues.HIDDEN : new FieldValues(Values.of(old), Values.of(now)));
        }
        if ("UPDATED".equals(action) && fields.isEmpty()) {
            return;
        }
        Long parentId = null;
        String parentKind = null;
        String parentTable = null;
        Class<?> parent = null;
        if (!recorded.parentId().isEmpty()) {
            Object value = field(names, recorded.parentId(), before, after);
            parentId = value instanceof Number n ? n.longValue() : null;
            parent = recorded.parent() != void.class
                    ? recorded.parent()
                    : Values.entityOf(session, (String) field(names, recorded.parentKind(), before, after));
            Recorded declared = parent == null ? null : parent.getAnnotation(Recorded.class);
            parentKind = declared == null ? null : declared.value();
            parentTable = parent == null ? null : Values.tableOf(session, parent);
        }
        ChangeBatch.of(session)
                .add(new Change(
                        recorded.value(),
                        ((Number) id).longValue(),
                        action,
                        parentKind,
                        parentId,
                        parentTable,
                        fields,
                        null,
                        home(session, entity, parent, parentId, names, before, after)));
    }

    /** The record's home organization (see common.Scope): its own field, or its parent's, as the session has it. */
    private static Long home(
            EventSource session,
            Object entity,
            Class<?> parent,
            Long parentId,
            String[] names,
            Object[] before,
            Object[] after) {
        HomeOrganization home = entity.getClass().getAnnotation(HomeOrganization.class);
        if (home != null) {
            return field(names, home.value(), before, after) instanceof Number n ? n.longValue() : null;
        }
        if (parent == null || parentId == null) {
            return null;
        }
        Object found = session.get(parent, parentId);
        return found == null ? null : Scope.homeOf(found, (type, id) -> session.get(type, id));
    }

    private static Object field(String[] names, String name, Object[] before, Object[] after) {
        int at = Arrays.asList(names).indexOf(name);
        return at < 0 ? null : (after != null ? after[at] : before[at]);
    }

    /** One field's values before and after (rendered as text; null when absent). */
    record FieldValues(Object before, Object after) {
        static final FieldValues HIDDEN = new FieldValues("***", "***");
    }

    /** One recorded change, waiting for its transaction's commit. */
    record Change(
            String kind,
            long recordId,
            String action,
            String parentKind,
            Long parentId,
            String parentTable,
            Map<String, FieldValues> fields,
            String actor,
            Long home) {}
}
