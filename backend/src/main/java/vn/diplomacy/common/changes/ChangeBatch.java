package vn.diplomacy.common.changes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.hibernate.event.spi.EventSource;
import vn.diplomacy.common.CurrentActor;
import vn.diplomacy.common.RequestIds;
import vn.diplomacy.common.changes.ChangeListener.Change;

/**
 * The changes of one transaction, written just before it commits, in the same transaction: the parents of changed
 * children touched, then the feed's sequence numbers taken (the single row of change_sequence is locked from here to
 * the commit, so transactions take their numbers in the order they commit and a reader paging by number never skips
 * one still to come), then the rows inserted.
 */
final class ChangeBatch {
    private static final Map<EventSource, ChangeBatch> OPEN = Collections.synchronizedMap(new WeakHashMap<>());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Change> changes = new ArrayList<>();
    private final String requestId = RequestIds.current();
    /** Who acts, asked once and only for a change that does not say: during authentication nobody is known yet. */
    private String actor;

    private ChangeBatch() {}

    static ChangeBatch of(EventSource session) {
        ChangeBatch open = OPEN.get(session);
        if (open != null) {
            return open;
        }
        // A session belongs to one thread: nothing else registers a batch for it meanwhile.
        ChangeBatch batch = new ChangeBatch();
        OPEN.put(session, batch);
        session.getActionQueue().registerProcess(done -> done.doWork(batch::write));
        session.getActionQueue().registerProcess((success, ended) -> OPEN.remove(session));
        return batch;
    }

    void add(Change change) {
        if (change.actor() != null) {
            changes.add(change);
            return;
        }
        if (actor == null) {
            actor = CurrentActor.name();
        }
        changes.add(new Change(
                change.kind(),
                change.recordId(),
                change.action(),
                change.parentKind(),
                change.parentId(),
                change.parentTable(),
                change.fields(),
                actor,
                change.home()));
    }

    private void write(Connection connection) throws SQLException {
        OPEN.values().remove(this);
        if (changes.isEmpty()) {
            return;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Row> rows = new ArrayList<>();
        changes.forEach(c -> rows.add(new Row(
                c.kind(),
                c.recordId(),
                c.action(),
                c.parentKind(),
                c.parentId(),
                null,
                fields(c),
                c.actor(),
                c.home())));
        touchParents(connection, now, rows);
        long last;
        try (PreparedStatement next = connection.prepareStatement(
                "update change_sequence set last_value = last_insert_id(last_value + ?) where id = 1")) {
            next.setLong(1, rows.size());
            next.executeUpdate();
        }
        try (PreparedStatement read = connection.prepareStatement("select last_insert_id()");
                ResultSet result = read.executeQuery()) {
            result.next();
            last = result.getLong(1);
        }
        long seq = last - rows.size();
        try (PreparedStatement insert = connection.prepareStatement("insert into record_change (seq, kind, record_id,"
                + " action, parent_kind, parent_id, via_kind, changed_at, actor, request_id, changes,"
                + " home_organization_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Row row : rows) {
                insert.setLong(1, ++seq);
                insert.setString(2, row.kind());
                insert.setLong(3, row.recordId());
                insert.setString(4, row.action());
                insert.setString(5, row.parentKind());
                insert.setObject(6, row.parentId());
                insert.setString(7, row.viaKind());
                insert.setTimestamp(8, Timestamp.from(now));
                insert.setString(9, row.actor());
                insert.setString(10, requestId);
                insert.setString(11, row.fields());
                insert.setObject(12, row.home());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** A changed child changes its parent's view (a disbursement, its commitment's totals): updatedAt and the feed. */
    private void touchParents(Connection connection, Instant now, List<Row> rows) throws SQLException {
        Map<String, Change> parents = new LinkedHashMap<>();
        for (Change c : changes) {
            if (c.parentId() != null && c.parentTable() != null && c.parentKind() != null) {
                parents.putIfAbsent(c.parentKind() + "/" + c.parentId(), c);
            }
        }
        for (Change c : changes) {
            parents.remove(c.kind() + "/" + c.recordId());
        }
        for (Change child : parents.values()) {
            try (PreparedStatement touch = connection.prepareStatement(
                    "update " + child.parentTable() + " set updated_at = ?, updated_by = ? where id = ?")) {
                touch.setTimestamp(1, Timestamp.from(now));
                touch.setString(2, child.actor());
                touch.setLong(3, child.parentId());
                if (touch.executeUpdate() > 0) {
                    rows.add(new Row(
                            child.parentKind(),
                            child.parentId(),
                            "UPDATED",
                            null,
                            null,
                            child.kind(),
                            null,
                            child.actor(),
                            child.home()));
                }
            }
        }
    }

    private static String fields(Change change) {
        try {
            return JSON.writeValueAsString(change.fields());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Row(
            String kind,
            long recordId,
            String action,
            String parentKind,
            Long parentId,
            String viaKind,
            String fields,
            String actor,
            Long home) {}
}
