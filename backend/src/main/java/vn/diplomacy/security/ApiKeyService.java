package vn.diplomacy.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import vn.diplomacy.common.ETags;
import vn.diplomacy.common.FilterSet;
import vn.diplomacy.common.Filtered;
import vn.diplomacy.common.ListQuery;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.PageResult;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.Scope;
import vn.diplomacy.common.SortFields;
import vn.diplomacy.common.changes.AuditLog;
import vn.diplomacy.common.changes.ChangeAction;
import vn.diplomacy.security.ApiKeyDtos.ApiKeyCreated;
import vn.diplomacy.security.ApiKeyDtos.ApiKeyInput;
import vn.diplomacy.security.ApiKeyDtos.ApiKeyView;

@ApplicationScoped
public class ApiKeyService {
    public static final String SECRET_PREFIX = "dpk_";
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);
    private static final SortFields SORTABLE =
            ListQuery.sortable(ApiKey.class, "createdAt", "name", "lastUsedAt", "role");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiKeyRepository keys;
    private final vn.diplomacy.common.Today today;

    @jakarta.inject.Inject
    AuditLog audit;

    ApiKeyService(ApiKeyRepository keys, vn.diplomacy.common.Today today) {
        this.keys = keys;
        this.today = today;
    }

    /** Who an API key stands for, or null when unknown or revoked. */
    public record Caller(String principal, Role role, Long scopeOrganizationId) {}

    @Transactional
    public Caller identify(String secret) {
        ApiKey key = keys.findByHash(hash(secret)).orElse(null);
        if (key == null || key.revokedAt != null || key.expiresOn != null && key.expiresOn.isBefore(today.date())) {
            return null;
        }
        Instant now = Instant.now();
        // Writing on every call would serialise busy agencies on one row; a minute's precision is enough.
        if (key.lastUsedAt == null || key.lastUsedAt.isBefore(now.minus(LAST_USED_PRECISION))) {
            keys.update("lastUsedAt = ?1 where id = ?2", now, key.id);
            audit.note("api-key", key.id, ChangeAction.USED, "api-key:" + key.name, Map.of());
        }
        return new Caller("api-key:" + key.name, key.role, key.scopeOrganizationId);
    }

    @Transactional
    public PageResult<ApiKeyView> list(PageParams params, AccountFilters.ApiKeys filters) {
        Filtered f = FilterSet.read(params, SORTABLE, filters);
        return PageResult.of(keys, f.where(), f.list(), ApiKeyView::of);
    }

    @Transactional
    public ApiKeyView get(long id) {
        return ApiKeyView.of(find(id));
    }

    @Transactional
    public ApiKeyCreated create(ApiKeyInput input) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        if (input.expiresOn() != null && input.expiresOn().isBefore(today.date())) {
            throw ProblemException.invalid("expiresOn", "must be today or later");
        }
        Scope.assignable(input.scopeOrganizationId(), "scopeOrganizationId");
        ApiKey key = new ApiKey();
        key.expiresOn = input.expiresOn();
        key.scopeOrganizationId = input.scopeOrganizationId();
        key.name = input.name().trim();
        key.role = input.role();
        key.prefix = secret.substring(0, SECRET_PREFIX.length() + 8);
        key.keyHash = hash(secret);
        keys.persistAndFlush(key);
        return new ApiKeyCreated(
                key.id,
                key.name,
                key.role,
                key.prefix,
                key.expiresOn,
                key.scopeOrganizationId,
                secret,
                key.createdAt,
                key.createdBy,
                key.version);
    }

    @Transactional
    public void revoke(long id, String ifMatch) {
        ApiKey key = find(id);
        ETags.requireMatch(ifMatch, key.version);
        if (key.revokedAt == null) {
            key.revokedAt = Instant.now();
        }
    }

    private ApiKey find(long id) {
        return Scope.readable(keys.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("API key", id)));
    }

    static String hash(String secret) {
        return org.apache.commons.codec.digest.DigestUtils.sha256Hex(secret.getBytes(StandardCharsets.UTF_8));
    }
}
