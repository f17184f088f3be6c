package vn.diplomacy.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.diplomacy.common.CurrentActor;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.ProblemType;

/**
 * Secret calendar addresses, as calendar products give them: a calendar app cannot send a login header, so the
 * address itself is the credential. It reads, with the user's scope, and nothing else; revoking it ends it.
 */
@ApplicationScoped
public class CalendarSubscriptionService {
    public static final String SECRET_PREFIX = "cal_";
    public static final String FEED_PATH = "/api/v1/calendar/feeds/";
    public static final String FEED_SUFFIX = ".ics";
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_ACTIVE = 10;

    private final CalendarSubscriptionRepository subscriptions;
    private final UserRepository users;

    CalendarSubscriptionService(CalendarSubscriptionRepository subscriptions, UserRepository users) {
        this.subscriptions = subscriptions;
        this.users = users;
    }

    @Schema(name = "CalendarSubscription")
    public record View(
            Long id,

            @Schema(description = "The address's first characters", examples = "cal_Xy3kP9")
            String prefix,

            Instant createdAt,
            Instant lastUsedAt,
            Instant revokedAt) {
        static View of(CalendarSubscription s) {
            return new View(s.id, s.prefix, s.createdAt, s.lastUsedAt, s.revokedAt);
        }
    }

    @Schema(name = "CalendarSubscriptionCreated", description = "The address is shown once: only its hash is kept.")
    public record Created(
            Long id,

            @Schema(
                    description = "Paste into a calendar app (subscribe by URL); anyone holding it reads your"
                            + " delegations and courses until it is revoked",
                    examples = "https://ngoaivu.example.vn/api/v1/calendar/feeds/cal_Xy3kP9….ics")
            String url,

            String prefix,
            Instant createdAt) {}

    /** Who a secret address stands for (an enabled user's name and scope), or null. */
    public record Caller(String username, Long scopeOrganizationId) {}

    @Transactional
    public Created create(String root) {
        UserAccount user = currentUser();
        long active = subscriptions.count("userId = ?1 and revokedAt is null", user.id);
        if (active >= MAX_ACTIVE) {
            throw ProblemException.conflict(
                    "calendar-subscriptions-limit",
                    Map.of("max", MAX_ACTIVE),
                    "At most " + MAX_ACTIVE + " calendar addresses are active per user: revoke one first");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        CalendarSubscription s = new CalendarSubscription();
        s.userId = user.id;
        s.prefix = secret.substring(0, 10);
        s.tokenHash = ApiKeyService.hash(secret);
        s.createdAt = Instant.now();
        subscriptions.persistAndFlush(s);
        return new Created(s.id, root + FEED_PATH + secret + FEED_SUFFIX, s.prefix, s.createdAt);
    }

    @Transactional
    public List<View> mine() {
        return subscriptions.list("userId = ?1 order by id desc", currentUser().id).stream()
                .map(View::of)
                .toList();
    }

    @Transactional
    public View revoke(long id) {
        UserAccount user = currentUser();
        CalendarSubscription s = subscriptions
                .findByIdOptional(id)
                .filter(found -> found.userId == user.id)
                .orElseThrow(() -> ProblemException.notFound("Calendar subscription", id));
        if (s.revokedAt == null) {
            s.revokedAt = Instant.now();
        }
        return View.of(s);
    }

    @Transactional
    public Caller identify(String secret) {
        CalendarSubscription s =
                subscriptions.find("tokenHash", ApiKeyService.hash(secret)).firstResult();
        if (s == null || s.revokedAt != null) {
            return null;
        }
        UserAccount user = users.findById(s.userId);
        if (user == null || !user.enabled) {
            return null;
        }
        Instant now = Instant.now();
        if (s.lastUsedAt == null || s.lastUsedAt.isBefore(now.minus(LAST_USED_PRECISION))) {
            subscriptions.update("lastUsedAt = ?1 where id = ?2", now, s.id);
        }
        return new Caller(user.username, user.scopeOrganizationId);
    }

    private UserAccount currentUser() {
        return users.findByUsername(CurrentActor.name())
                .orElseThrow(() -> ProblemException.coded(
                        ProblemType.FORBIDDEN,
                        "calendar-needs-user",
                        Map.of(),
                        "Calendar addresses belong to user accounts; an API key reads the feeds with its own header"));
    }
}
