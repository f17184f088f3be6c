package vn.diplomacy.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.diplomacy.common.Scope;

/**
 * Every request with a login token re-reads the account: a disabled user or a reset password stops working at once,
 * and the role comes from the database, not from a token that may be an hour old.
 */
@ApplicationScoped
public class AccountStatusAugmentor implements SecurityIdentityAugmentor {
    public static final String TOKEN_GENERATION_CLAIM = "gen";
    public static final String PASSWORD_CHANGE_REQUIRED = "passwordChangeRequired";

    private final UserRepository users;

    AccountStatusAugmentor(UserRepository users) {
        this.users = users;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            UserAccount user = QuarkusTransaction.requiringNew()
                    .call(() -> users.findByUsername(token.getName()).orElse(null));
            Object generation = token.getClaim(TOKEN_GENERATION_CLAIM);
            if (user == null
                    || !user.enabled
                    || generation == null
                    || !generation.toString().equals(String.valueOf(user.tokenGeneration))) {
                throw new AuthenticationFailedException("The account is disabled or the token was revoked");
            }
            QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                    .setPrincipal(identity.getPrincipal())
                    .addCredentials(identity.getCredentials())
                    .addAttributes(identity.getAttributes())
                    .addAttribute(ApiKeyIdentityProvider.AUTH_KIND, "USER")
                    .addAttribute("role", user.role);
            if (user.scopeOrganizationId != null) {
                builder.addAttribute(Scope.ATTRIBUTE, user.scopeOrganizationId);
            }
            if (user.passwordChangeRequired) {
                // No role until the password is changed: only /auth/me and /auth/password answer.
                return builder.addAttribute(PASSWORD_CHANGE_REQUIRED, true).build();
            }
            builder.addRoles(user.role.granted());
            if (user.role == Role.ADMIN) {
                builder.addRole(Role.ACCOUNTS_NAME);
            }
            return builder.build();
        });
    }
}
