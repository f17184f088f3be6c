package vn.diplomacy.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Idempotency-Key for POST: the first response is stored in the database (so any replica can replay it) and
 * replayed for 24 h to the same caller sending the same key and body; a different body with the key is a 422.
 */
@ApplicationScoped
public class IdempotencyService {
    public static final String HEADER = "Idempotency-Key";
    public static final Duration RETENTION = Duration.ofHours(24);
    static final int IN_PROGRESS = 0;
    // A claim whose request never finished (a crashed replica) stops blocking its key after this.
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    private final IdempotencyRepository records;
    private final ObjectMapper mapper;
    private final ObjectMapper canonical;

    IdempotencyService(IdempotencyRepository records, ObjectMapper mapper) {
        this.records = records;
        this.mapper = mapper;
        ObjectMapper sorted = mapper.copy();
        sorted.setConfig(sorted.getSerializationConfig()
                .with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .with(com.fasterxml.jackson.databind.MapperFeature.SORT_PROPERTIES_ALPHABETICALLY));
        this.canonical = sorted;
    }

    @Transactional
    public Response execute(String key, Object requestBody, UriInfo uri, Supplier<Response> action) {
        return execute(key, requestBody, uri, action, UnaryOperator.identity());
    }

    /** @param forStorage what of the answer may be kept for replays (e.g. without a one-time secret). */
    @Transactional
    public Response execute(
            String key, Object requestBody, UriInfo uri, Supplier<Response> action, UnaryOperator<Object> forStorage) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > 200) {
            throw ProblemException.invalid(HEADER, "must be 1 to 200 characters");
        }
        String principal = CurrentActor.name();
        String path = uri.getRequestUri().getRawPath();
        String hash = hash("POST " + path + "\n" + write(canonical, requestBody));
        Object claimed = claim(principal, key, hash, path);
        if (claimed instanceof Response stored) {
            return stored;
        }
        Long claim = (Long) claimed;
        Response response;
        try {
            response = action.get();
            IdempotencyRecord record = records.findById(claim);
            record.responseStatus = response.getStatus();
            record.responseBody = response.hasEntity() ? write(mapper, forStorage.apply(response.getEntity())) : null;
            record.responseLocation = response.getLocation() == null
                    ? null
                    : response.getLocation().toString();
            record.responseEtag = response.getHeaderString(HttpHeaders.ETAG);
            // Surfaces write conflicts here, while the claim can still be released.
            records.flush();
        } catch (RuntimeException e) {
            release(claim);
            throw e;
        }
        return response;
    }

    /**
     * Takes the key in a transaction of its own, so that of simultaneous requests with one key exactly one runs
     * (the unique key decides); the others replay its answer once it is stored, or hear that it is in progress.
     */
    private Object claim(String principal, String key, String hash, String path) {
        for (int attempt = 0; ; attempt++) {
            Object outcome;
            try {
                outcome = QuarkusTransaction.requiringNew().call(() -> {
                    Optional<IdempotencyRecord> found = records.findByKey(principal, key);
                    if (found.isPresent()) {
                        IdempotencyRecord record = found.get();
                        boolean expired =
                                !record.createdAt.isAfter(Instant.now().minus(RETENTION));
                        boolean abandoned = record.responseStatus == IN_PROGRESS
                                && record.updatedAt.isBefore(Instant.now().minus(ABANDONED_AFTER));
                        if (!expired && !abandoned) {
                            return record;
                        }
                        records.delete(record);
                        records.flush();
                    }
                    IdempotencyRecord record = new IdempotencyRecord();
                    record.principal = principal;
                    record.key = key;
                    record.requestHash = hash;
                    record.method = "POST";
                    record.path = path;
                    record.responseStatus = IN_PROGRESS;
                    records.persistAndFlush(record);
                    return record.id;
                });
            } catch (RuntimeException e) {
                if (!isDuplicate(e)) {
                    throw e;
                }
                // Another request took the key first: read what it stored.
                outcome = null;
            }
            if (outcome instanceof Long id) {
                return id;
            }
            if (outcome instanceof IdempotencyRecord record) {
                if (!record.requestHash.equals(hash)) {
                    throw new ProblemException(
                            ProblemType.IDEMPOTENCY_MISMATCH,
                            "This Idempotency-Key was already used with a different request; use a new key");
                }
                if (record.responseStatus == IN_PROGRESS) {
                    throw new ProblemException(
                            ProblemType.IDEMPOTENCY_IN_PROGRESS,
                            "A request with this Idempotency-Key is still being processed; retry after a second to get its answer",
                            null,
                            Map.of("Retry-After", "1"));
                }
                return replay(record);
            }
            if (attempt > 3) {
                throw new ProblemException(
                        ProblemType.IDEMPOTENCY_IN_PROGRESS,
                        "A request with this Idempotency-Key is being processed; retry after a second",
                        null,
                        Map.of("Retry-After", "1"));
            }
        }
    }

    private void release(Long claim) {
        try {
            QuarkusTransaction.requiringNew().run(() -> records.deleteById(claim));
        } catch (RuntimeException e) {
            // The claim then counts as abandoned after ABANDONED_AFTER.
        }
    }

    private static boolean isDuplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private static Response replay(IdempotencyRecord record) {
        Response.ResponseBuilder builder =
                Response.status(record.responseStatus).header("Idempotent-Replayed", "true");
        if (record.responseBody != null) {
            builder.entity(record.responseBody).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (record.responseLocation != null) {
            builder.header(HttpHeaders.LOCATION, record.responseLocation);
        }
        if (record.responseEtag != null) {
            builder.header(HttpHeaders.ETAG, record.responseEtag);
        }
        return builder.build();
    }

    @jakarta.inject.Inject
    ClusterLock lock;

    /** On one replica at a time: the others skip the hour's run while it purges. */
    @Scheduled(every = "1h", delayed = "5m")
    void purgeExpired() {
        lock.ifFree(
                "purge-idempotency",
                () -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                        .run(() -> records.deleteOlderThan(Instant.now().minus(RETENTION))));
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a response for idempotent replay", e);
        }
    }

    static String hash(String text) {
        return org.apache.commons.codec.digest.DigestUtils.sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }
}
