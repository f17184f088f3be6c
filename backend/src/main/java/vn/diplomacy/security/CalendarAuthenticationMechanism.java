package vn.diplomacy.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** A secret calendar address ({@code /api/v1/calendar/feeds/cal_….ics}) is its own credential, for that path only. */
@ApplicationScoped
public class CalendarAuthenticationMechanism implements HttpAuthenticationMechanism {
    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String secret = secretOf(context.normalizedPath());
        if (secret == null) {
            return Uni.createFrom().nullItem();
        }
        return identityProviderManager.authenticate(
                HttpSecurityUtils.setRoutingContextAttribute(new CalendarAuthenticationRequest(secret), context));
    }

    static String secretOf(String path) {
        String prefix = CalendarSubscriptionService.FEED_PATH + CalendarSubscriptionService.SECRET_PREFIX;
        if (path == null || !path.startsWith(prefix) || !path.endsWith(CalendarSubscriptionService.FEED_SUFFIX)) {
            return null;
        }
        String secret = path.substring(
                CalendarSubscriptionService.FEED_PATH.length(),
                path.length() - CalendarSubscriptionService.FEED_SUFFIX.length());
        return secret.length() > 80 || secret.contains("/") ? null : secret;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer realm=\"diplomacy\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(CalendarAuthenticationRequest.class);
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 2000;
    }

    public static class CalendarAuthenticationRequest
            extends io.quarkus.security.identity.request.BaseAuthenticationRequest {
        private final String secret;

        CalendarAuthenticationRequest(String secret) {
            this.secret = secret;
        }

        String secret() {
            return secret;
        }
    }
}
