package vn.diplomacy.common;

/** Tells a database outage (answered 503, retry) from a bug (500) among the exceptions a request can end with. */
final class Outages {
    private Outages() {}

    /** The database is down, paused or out of connections: no connection, no answer in time, or none in the pool. */
    static boolean is(Throwable t) {
        if (t instanceof java.sql.SQLTransientConnectionException
                || t instanceof java.sql.SQLNonTransientConnectionException
                || t instanceof java.sql.SQLTimeoutException
                || t instanceof java.net.ConnectException
                || t instanceof java.net.SocketTimeoutException
                || t instanceof org.hibernate.exception.JDBCConnectionException
                || t instanceof jakarta.persistence.QueryTimeoutException
                || t instanceof org.hibernate.QueryTimeoutException
                || t.getClass().getName().endsWith("CommunicationsException")
                // The pool closed a dead connection under a statement still in use (a database killed mid-commit).
                || t.getClass().getName().endsWith("StatementIsClosedException")) {
            return true;
        }
        if (t instanceof java.sql.SQLException sql) {
            String state = sql.getSQLState();
            String message = String.valueOf(sql.getMessage());
            return state != null && state.startsWith("08")
                    || message.contains("Acquisition timeout")
                    || message.contains("No operations allowed after connection closed")
                    || message.contains("No operations allowed after statement closed");
        }
        return false;
    }

    /** A failed commit carries the connection's failure as a suppressed exception, not as its cause. */
    static Throwable suppressed(Throwable e, int depth) {
        for (Throwable t = e; t != null && depth < 10; t = t.getCause() == t ? null : t.getCause()) {
            if (is(t)) {
                return t;
            }
            for (Throwable s : t.getSuppressed()) {
                Throwable found = suppressed(s, depth + 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static String oneLine(Throwable t) {
        String message = String.valueOf(t.getMessage());
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline));
    }
}
