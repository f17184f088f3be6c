package vn.diplomacy.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import vn.diplomacy.common.AppConfig;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.ProblemType;
import vn.diplomacy.common.Scope;
import vn.diplomacy.common.changes.AuditLog;
import vn.diplomacy.common.changes.ChangeAction;
import vn.diplomacy.security.UserDtos.Kind;
import vn.diplomacy.security.UserDtos.LoginResponse;
import vn.diplomacy.security.UserDtos.Me;

@ApplicationScoped
public class AuthService {
    // Verified against when the username is unknown, so that both answers take as long.
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not-a-real-password");

    private final UserRepository users;
    private final LoginAttemptRepository attempts;
    private final LoginThrottle throttle;
    private final UserService userService;
    private final JwtKeys keys;
    private final String issuer;
    private final Duration lifetime;

    @jakarta.inject.Inject
    AuditLog audit;

    @jakarta.inject.Inject
    Scope scope;

    AuthService(
            UserRepository users,
            LoginAttemptRepository attempts,
            LoginThrottle throttle,
            UserService userService,
            JwtKeys keys,
            AppConfig config) {
        this.users = users;
        this.attempts = attempts;
        this.throttle = throttle;
        this.userService = userService;
        this.keys = keys;
        this.issuer = config.jwt().issuer();
        this.lifetime = config.jwt().lifetime();
    }

    /** Not transactional as a whole: a failed attempt must be recorded even though the call fails. */
    public LoginResponse login(String username, String password, String remoteAddress) {
        String name = username.trim().toLowerCase();
        Instant now = Instant.now();
        throttle.reserve(name, remoteAddress);
        UserAccount user = QuarkusTransaction.requiringNew()
                .call(() -> users.findByUsername(name).orElse(null));
        // Beyond 72 bytes bcrypt would compare only the start; no accepted password is that long.
        boolean valid = PasswordPolicy.fitsBcrypt(password)
                && BcryptUtil.matches(password, user == null ? DUMMY_HASH : user.passwordHash);
        if (user == null || !valid || !user.enabled) {
            QuarkusTransaction.requiringNew().run(() -> {
                LoginAttempt attempt = new LoginAttempt();
                attempt.username = name;
                attempt.attemptedAt = Instant.now();
                attempt.remoteAddress = remoteAddress;
                attempts.persist(attempt);
                audit.note(
                        "login",
                        user == null ? 0 : user.id,
                        ChangeAction.FAILED,
                        name,
                        Map.of(
                                "address",
                                String.valueOf(remoteAddress),
                                "reason",
                                user == null ? "unknown user" : !valid ? "wrong password" : "disabled"));
            });
            throw new ProblemException(
                    ProblemType.UNAUTHORIZED, "Wrong username or password, or the account is disabled");
        }
        throttle.succeeded(name, remoteAddress);
        QuarkusTransaction.requiringNew()
                .run(() -> audit.note(
                        "login",
                        user.id,
                        ChangeAction.SUCCEEDED,
                        user.username,
                        Map.of("address", String.valueOf(remoteAddress))));
        Instant expiresAt = now.plus(lifetime);
        String token = Jwt.issuer(issuer)
                .upn(user.username)
                .subject(String.valueOf(user.id))
                .groups(user.role.name())
                .claim(AccountStatusAugmentor.TOKEN_GENERATION_CLAIM, user.tokenGeneration)
                .issuedAt(now)
                .expiresAt(expiresAt)
                .sign(keys.privateKey());
        return new LoginResponse(token, "Bearer", lifetime.toSeconds(), expiresAt, me(user));
    }

    @Transactional
    public Me me(SecurityIdentity identity) {
        if ("API_KEY".equals(identity.getAttribute(ApiKeyIdentityProvider.AUTH_KIND))) {
            return new Me(
                    identity.getPrincipal().getName(),
                    null,
                    identity.getAttribute("role"),
                    Kind.API_KEY,
                    false,
                    scope.ref(identity.getAttribute(Scope.ATTRIBUTE)));
        }
        return me(account(identity));
    }

    @Transactional
    public void changeOwnPassword(SecurityIdentity identity, String currentPassword, String newPassword) {
        if ("API_KEY".equals(identity.getAttribute(ApiKeyIdentityProvider.AUTH_KIND))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "API keys have no password");
        }
        UserAccount user = account(identity);
        if (!BcryptUtil.matches(currentPassword, user.passwordHash)) {
            throw ProblemException.invalid("currentPassword", "is not your current password");
        }
        userService.setPassword(user, "newPassword", newPassword);
    }

    @jakarta.inject.Inject
    vn.diplomacy.common.ClusterLock lock;

    /** On one replica at a time: the others skip the hour's run while it purges. */
    @io.quarkus.scheduler.Scheduled(every = "1h", delayed = "5m")
    void purgeOldAttempts() {
        lock.ifFree(
                "purge-login-attempts",
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    attempts.deleteOlderThan(Instant.now().minus(Duration.ofDays(1)));
                    throttle.purge(Instant.now().minus(Duration.ofDays(1)));
                }));
    }

    private UserAccount account(SecurityIdentity identity) {
        return users.findByUsername(identity.getPrincipal().getName())
                .orElseThrow(() -> new ProblemException(ProblemType.UNAUTHORIZED, "The account no longer exists"));
    }

    private Me me(UserAccount user) {
        return new Me(
                user.username,
                user.displayName,
                user.role,
                Kind.USER,
                user.passwordChangeRequired,
                scope.ref(user.scopeOrganizationId));
    }
}
