package vn.diplomacy.common.changes;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.diplomacy.common.FilterSet;
import vn.diplomacy.common.Filtered;
import vn.diplomacy.common.ListQuery;
import vn.diplomacy.common.ListSearch;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.PageResult;
import vn.diplomacy.common.Problem;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.RecordHistory;
import vn.diplomacy.common.Scope;
import vn.diplomacy.common.SortFields;
import vn.diplomacy.common.Where;
import vn.diplomacy.common.changes.ChangeDtos.ChangeEvent;
import vn.diplomacy.common.changes.ChangeDtos.ChangePage;

/** Reads what {@link ChangeBatch} wrote: a record's history and the change feed across record kinds. */
@ApplicationScoped
public class ChangeService implements RecordHistory {
    public static final int MAX_FEED_PAGE = 1000;
    static final SortFields SORTABLE = ListQuery.sortable(RecordChange.class, "at=seq");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Map<String, Object>>> FIELDS = new TypeReference<>() {};

    private final EntityManager em;
    private final RecordChangeRepository changes;

    ChangeService(EntityManager em, RecordChangeRepository changes) {
        this.em = em;
        this.changes = changes;
    }

    /** The history list has no filters of its own; its `updatedSince` is the change's time. */
    @ListSearch(updatedAt = "changedAt")
    static class HistoryFilters {}

    /** Every kind recorded, as the feed's {@code types} name them. */
    public Set<String> kinds() {
        return em.getMetamodel().getEntities().stream()
                .map(e -> e.getJavaType().getAnnotation(Recorded.class))
                .filter(r -> r != null)
                .map(Recorded::value)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    @Transactional
    public PageResult<Entry> history(String kind, long id, Long parentId, boolean exists, PageParams params) {
        Filtered f = FilterSet.read(params, SORTABLE, new HistoryFilters());
        boolean found = exists
                || changes.count(
                                "kind = ?1 and recordId = ?2 and viaKind is null"
                                        + (parentId == null ? "" : " and parentId = ?3"),
                                parentId == null ? new Object[] {kind, id} : new Object[] {kind, id, parentId})
                        > 0;
        if (!found) {
            throw ProblemException.notFound(kind, id);
        }
        return PageResult.of(
                changes,
                f.where()
                        .and(
                                "((kind = :kind and recordId = :id and viaKind is null)"
                                        + " or (parentKind = :kind and parentId = :id))",
                                Map.of("kind", kind, "id", id)),
                f.list(),
                ChangeService::entry);
    }

    @Transactional
    public ChangePage feed(String after, String types, String size) {
        List<Problem.FieldError> errors = new ArrayList<>();
        long from = 0;
        if (after != null && !after.isBlank()) {
            if (after.matches("[0-9]{1,18}")) {
                from = Long.parseLong(after);
            } else {
                errors.add(new Problem.FieldError("after", "must be the `next` of an earlier answer"));
            }
        }
        int limit = 100;
        if (size != null && !size.isBlank()) {
            limit = size.matches("[0-9]{1,4}") ? Integer.parseInt(size) : 0;
            if (limit < 1 || limit > MAX_FEED_PAGE) {
                errors.add(new Problem.FieldError("size", "must be an integer from 1 to " + MAX_FEED_PAGE));
            }
        }
        List<String> kinds = types == null || types.isBlank()
                ? List.of()
                : Arrays.stream(types.split(",")).map(String::trim).toList();
        Set<String> known = kinds();
        List<String> unknown = kinds.stream().filter(k -> !known.contains(k)).toList();
        if (!unknown.isEmpty()) {
            errors.add(new Problem.FieldError("types", "unknown kinds " + unknown + "; known: " + known));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Where where = new Where()
                .and("seq > :from", "from", from)
                .and("action in :actions", "actions", ChangeAction.RECORD)
                .and("kind in :kinds", "kinds", kinds.isEmpty() ? null : kinds);
        Scope scope = Scope.current();
        if (scope != null) {
            // The registry of organizations is shared; everything else is seen where it belongs.
            scope.restrict(where, "homeOrganizationId", "kind = 'organization'");
        }
        List<RecordChange> rows = changes.find(where.jpql() + " order by seq", where.params())
                .page(0, limit)
                .list();
        List<ChangeEvent> items = rows.stream()
                .map(r -> new ChangeEvent(
                        Long.toString(r.seq), r.kind, r.recordId, r.action.name(), r.changedAt, r.actor, r.viaKind))
                .toList();
        String next = items.isEmpty()
                ? Long.toString(from)
                : items.get(items.size() - 1).cursor();
        return new ChangePage(items, next);
    }

    static Entry entry(RecordChange r) {
        List<FieldChange> fields = new ArrayList<>();
        if (r.changes != null) {
            try {
                JSON.readValue(r.changes, FIELDS)
                        .forEach((field, values) -> fields.add(
                                new FieldChange(field, text(values.get("before")), text(values.get("after")))));
            } catch (java.io.IOException e) {
                throw new IllegalStateException("record_change " + r.id + " holds no JSON", e);
            }
        }
        return new Entry(r.seq, r.kind, r.recordId, r.action.name(), r.changedAt, r.actor, r.requestId, fields);
    }

    private static String text(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return value == null ? null : value.toString();
    }
}
