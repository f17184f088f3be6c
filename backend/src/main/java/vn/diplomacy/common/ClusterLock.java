package vn.diplomacy.common;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * One replica at a time: a named lock of the database server (GET_LOCK, in MySQL and MariaDB), held on a connection
 * of its own for as long as the work runs and released even when the replica dies (the connection closes). Named
 * within the application's database, so that two databases on one server do not wait for each other.
 */
@ApplicationScoped
public class ClusterLock {
    /** How long a starting replica waits for another's start-up steps (migrating demo data takes seconds). */
    static final Duration STARTUP_WAIT = Duration.ofMinutes(10);

    /** Below DB_SOCKET_TIMEOUT_MS (10 s by default). */
    private static final long WAIT_SLICE_SECONDS = 5;

    private final AgroalDataSource dataSource;

    ClusterLock(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs a periodic job unless another replica is running it now; false when it skipped. */
    public boolean ifFree(String name, Runnable work) {
        return run(name, Duration.ZERO, () -> {
                    work.run();
                    return Boolean.TRUE;
                })
                != null;
    }

    /** Runs a start-up step after any other replica's run of it (its transaction committed inside {@code work}). */
    public <T> T alone(String name, Duration wait, Supplier<T> work) {
        T result = run(name, wait, work);
        if (result == null) {
            throw new IllegalStateException("Waited " + wait + " for another replica's " + name);
        }
        return result;
    }

    /**
     * A start-up step (first admin, demo data) in a transaction of its own, after any other replica's steps have
     * committed: two replicas starting on an empty database do not both add the same records.
     */
    public <T> T startupStep(Supplier<T> work) {
        return alone(
                "startup",
                STARTUP_WAIT,
                () -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(work::get));
    }

    private <T> T run(String name, Duration wait, Supplier<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!acquire(connection, name, wait)) {
                return null;
            }
            try {
                return work.get();
            } finally {
                try (PreparedStatement release =
                        connection.prepareStatement("select release_lock(concat(database(), '.', ?))")) {
                    release.setString(1, name);
                    release.execute();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The lock " + name + " could not be taken", e);
        }
    }

    /** Asks in slices shorter than the connection's read timeout, so a long wait is not cut as a dead server. */
    private static boolean acquire(Connection connection, String name, Duration wait) throws SQLException {
        long deadline = System.nanoTime() + wait.toNanos();
        try (PreparedStatement lock = connection.prepareStatement("select get_lock(concat(database(), '.', ?), ?)")) {
            lock.setString(1, name);
            while (true) {
                long left = Math.max(0, (deadline - System.nanoTime()) / 1_000_000_000L);
                lock.setLong(2, Math.min(left, WAIT_SLICE_SECONDS));
                try (ResultSet result = lock.executeQuery()) {
                    if (result.next() && result.getInt(1) == 1) {
                        return true;
                    }
                }
                if (left == 0) {
                    return false;
                }
            }
        }
    }
}
