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

@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {
    public static final String AUTH_KIND = "authKind";

    private final ApiKeyService keys;

    ApiKeyIdentityProvider(ApiKeyService keys) {
        this.keys = keys;
    }

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            ApiKeyService.Caller caller = QuarkusTransaction.requiringNew().call(() -> keys.identify(request.secret()));
            if (caller == null) {
                throw new AuthenticationFailedException("Unknown or revoked API key");
            }
            QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(caller.principal()))
                    .addRoles(caller.role().granted())
                    .addAttribute(AUTH_KIND, "API_KEY")
                    .addAttribute("role", caller.role());
            if (caller.scopeOrganizationId() != null) {
                builder.addAttribute(Scope.ATTRIBUTE, caller.scopeOrganizationId());
            }
            return builder.build();
        });
    }
}
