package vn.diplomacy.common.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;

/**
 * The data step of changesets 080–085: delegation and course steps recorded before the shared workflow table existed
 * arrive in status_transition, in order and with their authors, on a database of its own migrated in two halves.
 */
class TransitionMigrationTest {
    private static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";
    /** The changesets before 080-create-status-transition. */
    private static final int BEFORE = 67;

    @Test
    void oldStepsMoveIntoTheSharedTableInOrder() throws Exception {
        String server = System.getenv()
                .getOrDefault("TEST_DB_URL", "jdbc:mysql://127.0.0.1:3306/x")
                .replaceFirst("^(jdbc:mysql://[^/?]+).*$", "$1");
        String name = "diplomacy_migration_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection admin = DriverManager.getConnection(server + "/?user=root&password=", "root", "")) {
            admin.createStatement().execute("create database " + name + " character set utf8mb4");
            try (Connection c = DriverManager.getConnection(server + "/" + name, "root", "")) {
                Database database =
                        DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
                Liquibase liquibase = new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(), database);
                liquibase.update(BEFORE, "");
                try (Statement s = c.createStatement()) {
                    assertThat(s.executeQuery("show tables like 'status_transition'")
                                    .next())
                            .isFalse();
                    s.execute(
                            "insert into organization (name, type, country_code, search_text, version, created_at, created_by,"
                                    + " updated_at, updated_by) values ('Hà Tĩnh', 'LOCAL_GOVERNMENT', 'VN', 'ha tinh', 0, now(), 'm', now(), 'm')");
                    long org = lastId(s);
                    s.execute(
                            "insert into delegation (direction, title, status, counterpart_organization_id, home_organization_id,"
                                    + " start_date, end_date, country_code, level, member_count, search_text, version, created_at, created_by,"
                                    + " updated_at, updated_by) values ('OUTGOING', 'Đoàn sang Bolikhamxay', 'APPROVED', "
                                    + org + ", "
                                    + org
                                    + ", '2024-03-01', '2024-03-04', 'LA', 'PROVINCIAL', 0, 'doan', 0, now(), 'm', now(), 'm')");
                    long delegation = lastId(s);
                    step(s, "delegation_transition", "delegation_id", delegation, null, "PROPOSED", null, "lan");
                    step(
                            s,
                            "delegation_transition",
                            "delegation_id",
                            delegation,
                            "'PROPOSED'",
                            "APPROVED",
                            "'QĐ 272'",
                            "giam.doc");
                    s.execute(
                            "insert into training_course (title, topic, language, organizer_organization_id, start_date, end_date,"
                                    + " registration_deadline, capacity, status, completion_threshold, search_text, version, created_at,"
                                    + " created_by, updated_at, updated_by) values ('Tiếng Việt', 'LANGUAGE', 'vi', "
                                    + org
                                    + ", '2024-05-01', '2024-05-10', '2024-04-20', 20, 'OPEN', 80, 'tieng viet', 0, now(), 'm', now(), 'm')");
                    long course = lastId(s);
                    step(s, "training_course_transition", "course_id", course, null, "PLANNED", null, "hoa");
                    step(s, "training_course_transition", "course_id", course, "'PLANNED'", "OPEN", null, "hoa");
                    liquibase.update("");
                    List<String> rows = new ArrayList<>();
                    ResultSet r =
                            s.executeQuery("select record_kind, record_id, from_status, to_status, note, created_by"
                                    + " from status_transition order by id");
                    while (r.next()) {
                        rows.add(r.getString(1) + " " + r.getLong(2) + " " + r.getString(3) + "→" + r.getString(4) + " "
                                + r.getString(5) + " " + r.getString(6));
                    }
                    assertThat(rows)
                            .containsExactly(
                                    "delegation " + delegation + " null→PROPOSED null lan",
                                    "delegation " + delegation + " PROPOSED→APPROVED QĐ 272 giam.doc",
                                    "training-course " + course + " null→PLANNED null hoa",
                                    "training-course " + course + " PLANNED→OPEN null hoa");
                    assertThat(s.executeQuery("show tables like 'delegation_transition'")
                                    .next())
                            .isFalse();
                    assertThat(s.executeQuery("show tables like 'training_course_transition'")
                                    .next())
                            .isFalse();
                }
            } finally {
                admin.createStatement().execute("drop database " + name);
            }
        }
    }

    private static void step(
            Statement s, String table, String column, long id, String from, String to, String note, String by)
            throws Exception {
        s.execute("insert into " + table + " (" + column
                + ", from_status, to_status, note, version, created_at, created_by,"
                + " updated_at, updated_by) values (" + id + ", " + from + ", '" + to + "', " + note + ", 0, now(6), '"
                + by
                + "', now(6), '" + by + "')");
    }

    private static long lastId(Statement s) throws Exception {
        ResultSet r = s.executeQuery("select last_insert_id()");
        r.next();
        return r.getLong(1);
    }
}
