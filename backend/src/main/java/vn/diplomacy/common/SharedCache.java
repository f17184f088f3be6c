package vn.diplomacy.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Answers that are costly to compute, kept in the database so that what one replica computed (its background warmer,
 * or a first request) the others read instead of computing again. Each entry is filed under the data version it was
 * read at; an entry of another version is never answered, and a write of a newer one clears the older ones of its
 * area. The cache only saves work: when the database refuses a read or a write, the caller computes as if it were
 * empty.
 */
@ApplicationScoped
public class SharedCache {
    private static final Logger LOG = Logger.getLogger(SharedCache.class);

    private final EntityManager em;
    private final ObjectMapper mapper;

    SharedCache(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    /** The entry filed under this key and version, or null. */
    public <T> T get(String area, String key, long version, Class<T> type) {
        try {
            List<?> bodies = em.createNativeQuery(
                            "select body from shared_cache where cache_key = ?1 and data_version = ?2")
                    .setParameter(1, hash(area, key))
                    .setParameter(2, version)
                    .getResultList();
            return bodies.isEmpty() ? null : mapper.readValue((String) bodies.get(0), type);
        } catch (Exception e) {
            LOG.debugf(e, "Shared cache entry of %s not read", area);
            return null;
        }
    }

    /** Files an answer in a transaction of its own, so that a refused write costs the caller nothing. */
    public void put(String area, String key, long version, Object value) {
        try {
            String body = mapper.writeValueAsString(value);
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("delete from shared_cache where area = ?1 and data_version < ?2")
                        .setParameter(1, area)
                        .setParameter(2, version)
                        .executeUpdate();
                // Two replicas computing the same answer at once both file it: the second one's write wins.
                em.createNativeQuery("insert into shared_cache (cache_key, area, data_version, body, created_at)"
                                + " values (?1, ?2, ?3, ?4, ?5) on duplicate key update"
                                + " data_version = values(data_version), body = values(body),"
                                + " created_at = values(created_at)")
                        .setParameter(1, hash(area, key))
                        .setParameter(2, area)
                        .setParameter(3, version)
                        .setParameter(4, body)
                        .setParameter(5, Timestamp.from(Instant.now()))
                        .executeUpdate();
            });
        } catch (Exception e) {
            LOG.debugf(e, "Shared cache entry of %s not written", area);
        }
    }

    private static String hash(String area, String key) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest((area + "|" + key).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
