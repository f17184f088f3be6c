package vn.diplomacy.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
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

    private final IdempotencyRepository records;
    private final ObjectMapper mapper;
    private final ObjectMapper canonical;

    IdempotencyService(IdempotencyRepository records, ObjectMapper mapper) {
        this.records = records;
        this.mapper = mapper;
        ObjectMapper sorted = mapper.copy();
        sorted.setConfig(sorted.getSerializationConfig().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .with(com.fasterxml.jackson.databind.MapperFeature.SORT_PROPERTIES_ALPHABETICALLY));
        this.canonical = sorted;
    }

    @Transactional
    public Response execute(String key, Object requestBody, UriInfo uri, Supplier<Response> action) {
        return execute(key, requestBody, uri, action, UnaryOperator.identity());
    }

    /** @param forStorage what of the answer may be kept for replays (e.g. without a one-time secret). */
    @Transactional
    public Response execute(String key, Object requestBody, UriInfo uri, Supplier<Response> action,
            UnaryOperator<Object> forStorage) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > 200) {
            throw ProblemException.invalid(HEADER, "must be 1 to 200 characters");
        }
        String principal = CurrentActor.name();
        String path = uri.getRequestUri().getRawPath();
        String hash = hash("POST " + path + "\n" + write(canonical, requestBody));
        Optional<IdempotencyRecord> found = records.findByKey(principal, key);
        if (found.isPresent()) {
            IdempotencyRecord record = found.get();
            if (record.createdAt.isAfter(Instant.now().minus(RETENTION))) {
                if (!record.requestHash.equals(hash)) {
                    throw new ProblemException(ProblemType.IDEMPOTENCY_MISMATCH,
                            "This Idempotency-Key was already used with a different request; use a new key");
                }
                return replay(record);
            }
            records.delete(record);
            records.flush();
        }
        Response response = action.get();
        IdempotencyRecord record = new IdempotencyRecord();
        record.principal = principal;
        record.key = key;
        record.requestHash = hash;
        record.method = "POST";
        record.path = path;
        record.responseStatus = response.getStatus();
        record.responseBody = response.hasEntity() ? write(mapper, forStorage.apply(response.getEntity())) : null;
        record.responseLocation = response.getLocation() == null ? null : response.getLocation().toString();
        record.responseEtag = response.getHeaderString(HttpHeaders.ETAG);
        records.persist(record);
        return response;
    }

    private static Response replay(IdempotencyRecord record) {
        Response.ResponseBuilder builder = Response.status(record.responseStatus).header("Idempotent-Replayed", "true");
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

    @Scheduled(every = "1h", delayed = "5m")
    @Transactional
    void purgeExpired() {
        records.deleteOlderThan(Instant.now().minus(RETENTION));
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a response for idempotent replay", e);
        }
    }

    static String hash(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
