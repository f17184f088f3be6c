package vn.diplomacy.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.util.Base64;
import org.jboss.logging.Logger;
import vn.diplomacy.common.AppConfig;

/** On the first start, with no users at all, creates {@code admin} so that someone can log in. */
@ApplicationScoped
public class Bootstrap {
    private static final Logger LOG = Logger.getLogger(Bootstrap.class);

    private final UserRepository users;
    private final String adminPassword;
    private final java.nio.file.Path dataDir;
    private final boolean changeRequired;

    Bootstrap(UserRepository users, AppConfig config) {
        this.users = users;
        this.adminPassword = config.adminPassword().filter(p -> !p.isBlank()).orElse(null);
        this.dataDir = config.dataDir();
        this.changeRequired = config.adminPasswordChangeRequired();
    }

    @jakarta.inject.Inject
    vn.diplomacy.common.ClusterLock lock;

    void onStart(@Observes @Priority(10) StartupEvent event) {
        lock.startupStep(() -> {
            createFirstAdmin();
            return Boolean.TRUE;
        });
    }

    private void createFirstAdmin() {
        if (users.count() > 0) {
            return;
        }
        String password = adminPassword;
        if (password == null) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            java.nio.file.Path file = writeSecret(password);
            LOG.warnf(
                    "Created the first user 'admin'; its generated password is in %s (readable by this user only)."
                            + " Log in and change it, then delete the file",
                    file);
        } else {
            String problem = PasswordPolicy.problem(password, "admin");
            if (problem != null) {
                throw new IllegalStateException("APP_ADMIN_PASSWORD " + problem + " (" + PasswordPolicy.RULES + ")");
            }
            LOG.info("Created the first user 'admin' with the password from APP_ADMIN_PASSWORD");
        }
        UserAccount admin = new UserAccount();
        admin.username = "admin";
        admin.displayName = "Quản trị hệ thống";
        admin.role = Role.ADMIN;
        admin.enabled = true;
        admin.passwordHash = BcryptUtil.bcryptHash(password);
        admin.passwordChangeRequired = changeRequired;
        users.persist(admin);
    }

    private java.nio.file.Path writeSecret(String password) {
        try {
            java.nio.file.Files.createDirectories(dataDir);
            java.nio.file.Path file = dataDir.resolve("first-admin-password.txt");
            java.nio.file.Files.deleteIfExists(file);
            java.nio.file.Files.createFile(
                    file,
                    java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                            java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
            java.nio.file.Files.writeString(file, password + System.lineSeparator());
            return file;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot write the first admin password under " + dataDir, e);
        }
    }
}
