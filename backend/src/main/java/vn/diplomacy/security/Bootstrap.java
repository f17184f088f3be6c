package vn.diplomacy.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** On the first start, with no users at all, creates {@code admin} so that someone can log in. */
@ApplicationScoped
public class Bootstrap {
    private static final Logger LOG = Logger.getLogger(Bootstrap.class);

    private final UserRepository users;
    private final String adminPassword;

    Bootstrap(UserRepository users, @ConfigProperty(name = "app.admin-password") java.util.Optional<String> adminPassword) {
        this.users = users;
        this.adminPassword = adminPassword.filter(p -> !p.isBlank()).orElse(null);
    }

    @Transactional
    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (users.count() > 0) {
            return;
        }
        String password = adminPassword;
        if (password == null) {
            byte[] random = new byte[12];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            LOG.warnf("Created the first user 'admin' with the generated password: %s (shown once; change it after"
                    + " logging in, or set APP_ADMIN_PASSWORD before the first start)", password);
        } else {
            LOG.info("Created the first user 'admin' with the password from APP_ADMIN_PASSWORD");
        }
        UserAccount admin = new UserAccount();
        admin.username = "admin";
        admin.displayName = "Administrator";
        admin.role = Role.ADMIN;
        admin.enabled = true;
        admin.passwordHash = BcryptUtil.bcryptHash(password);
        users.persist(admin);
    }
}
