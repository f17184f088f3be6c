package vn.diplomacy.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.diplomacy.common.Scope;
import vn.diplomacy.security.CalendarAuthenticationMechanism.CalendarAuthenticationRequest;

/** A calendar address reads as its user, within the user's scope, with a reader's rights only. */
@ApplicationScoped
public class CalendarIdentityProvider implements IdentityProvider<CalendarAuthenticationRequest> {
    public static final String AUTH_KIND = "CALENDAR";

    private final CalendarSubscriptionService subscriptions;

    CalendarIdentityProvider(CalendarSubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public Class<CalendarAuthenticationRequest> getRequestType() {
        return CalendarAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            CalendarAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            CalendarSubscriptionService.Caller caller =
                    QuarkusTransaction.requiringNew().call(() -> subscriptions.identify(request.secret()));
            if (caller == null) {
                throw new AuthenticationFailedException("Unknown or revoked calendar address");
            }
            QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(caller.username()))
                    .addRoles(Role.VIEWER.granted())
                    .addAttribute(ApiKeyIdentityProvider.AUTH_KIND, AUTH_KIND)
                    .addAttribute("role", Role.VIEWER);
            if (caller.scopeOrganizationId() != null) {
                builder.addAttribute(Scope.ATTRIBUTE, caller.scopeOrganizationId());
            }
            return builder.build();
        });
    }
}
