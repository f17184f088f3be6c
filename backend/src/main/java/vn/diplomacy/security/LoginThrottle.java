package vn.diplomacy.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.diplomacy.common.AppConfig;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.ProblemType;

/**
 * Login limits, counted in the database so that they hold across replicas, and checked atomically: each attempt
 * reserves its place under row locks before the password is verified, so 40 simultaneous guesses cannot all be
 * checked. Three counts, each in a fixed window: the account from one address (the strict limit), one address
 * across all usernames (spraying), and the account from everywhere, which never locks the account but only spaces
 * attempts out, so that anonymous guesses cannot keep the rightful user out. docs/api-conventions.md explains it.
 */
@ApplicationScoped
public class LoginThrottle {
    private final EntityManager em;
    private final Duration window;
    private final int perAccountAndAddress;
    private final int perAddress;
    private final int accountBackOffAfter;
    private final Duration accountSpacing;

    LoginThrottle(EntityManager em, AppConfig config) {
        this.em = em;
        this.window = config.login().window();
        this.perAccountAndAddress = config.login().maxFailures();
        this.perAddress = config.login().maxFailuresPerAddress();
        this.accountBackOffAfter = config.login().accountBackOffAfter();
        this.accountSpacing = config.login().accountSpacing();
    }

    /** Counts this attempt as a failure until {@link #succeeded} says otherwise, or answers 429. */
    public void reserve(String username, String address) {
        Map<String, Kind> subjects = subjects(username, address);
        Instant now = Instant.now();
        // Rows are created first, in their own transactions: INSERT IGNORE then FOR UPDATE in one would deadlock.
        for (String subject : subjects.keySet()) {
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery("insert ignore into login_throttle"
                                    + " (subject, failures, window_start, last_attempt_at) values (?1, 0, ?2, ?2)")
                            .setParameter(1, subject)
                            .setParameter(2, now.toEpochMilli())
                            .executeUpdate());
        }
        long retryAfter = QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select subject, failures, window_start, last_attempt_at"
                            + " from login_throttle where subject in (?1) order by subject for update")
                    .setParameter(1, new ArrayList<>(subjects.keySet()))
                    .getResultList();
            long wait = 0;
            for (Object[] row : rows) {
                Kind kind = subjects.get((String) row[0]);
                Instant start = instant(row[2]);
                int failures = start.plus(window).isAfter(now) ? ((Number) row[1]).intValue() : 0;
                Instant windowEnd = failures == 0 ? now.plus(window) : start.plus(window);
                wait = Math.max(
                        wait,
                        switch (kind) {
                            case ACCOUNT_AND_ADDRESS -> failures >= perAccountAndAddress ? seconds(now, windowEnd) : 0;
                            case ADDRESS -> failures >= perAddress ? seconds(now, windowEnd) : 0;
                            case ACCOUNT ->
                                failures >= accountBackOffAfter
                                        ? seconds(now, instant(row[3]).plus(accountSpacing))
                                        : 0;
                        });
            }
            if (wait > 0) {
                return wait;
            }
            for (Object[] row : rows) {
                boolean fresh = !instant(row[2]).plus(window).isAfter(now);
                em.createNativeQuery("update login_throttle set failures = " + (fresh ? "1" : "failures + 1")
                                + (fresh ? ", window_start = ?2" : "") + ", last_attempt_at = ?2 where subject = ?1")
                        .setParameter(1, row[0])
                        .setParameter(2, now.toEpochMilli())
                        .executeUpdate();
            }
            return 0L;
        });
        if (retryAfter > 0) {
            throw new ProblemException(
                    ProblemType.TOO_MANY_REQUESTS,
                    "Too many failed logins; try again in " + retryAfter + " seconds",
                    null,
                    Map.of("Retry-After", String.valueOf(retryAfter)));
        }
    }

    /** The attempt was right: the account is free again from this address, and the other counts give it back. */
    public void succeeded(String username, String address) {
        Map<String, Kind> subjects = subjects(username, address);
        QuarkusTransaction.requiringNew()
                .run(() -> subjects.forEach((subject, kind) -> {
                    String sql = kind == Kind.ACCOUNT_AND_ADDRESS
                            ? "delete from login_throttle where subject = ?1"
                            : "update login_throttle set failures = greatest(failures - 1, 0) where subject = ?1";
                    em.createNativeQuery(sql).setParameter(1, subject).executeUpdate();
                }));
    }

    public void purge(Instant before) {
        em.createNativeQuery("delete from login_throttle where last_attempt_at < ?1")
                .setParameter(1, before.toEpochMilli())
                .executeUpdate();
    }

    private static Map<String, Kind> subjects(String username, String address) {
        // Sorted, so every login locks its rows in the same order.
        Map<String, Kind> subjects = new TreeMap<>();
        String from = address == null ? "unknown" : address;
        subjects.put("a:" + from, Kind.ADDRESS);
        subjects.put("p:" + username + "|" + from, Kind.ACCOUNT_AND_ADDRESS);
        subjects.put("u:" + username, Kind.ACCOUNT);
        return subjects;
    }

    private static long seconds(Instant now, Instant until) {
        return until.isAfter(now) ? Duration.between(now, until).toSeconds() + 1 : 0;
    }

    private static Instant instant(Object epochMillis) {
        return Instant.ofEpochMilli(((Number) epochMillis).longValue());
    }

    private enum Kind {
        ACCOUNT_AND_ADDRESS,
        ADDRESS,
        ACCOUNT
    }
}
