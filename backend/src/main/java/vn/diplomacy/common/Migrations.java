package vn.diplomacy.common;

import io.quarkus.liquibase.LiquibaseFactory;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import liquibase.Liquibase;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Brings the schema up to date before anything else starts, one replica at a time: Liquibase's own lock table cannot
 * guard its creation, so replicas starting together on an empty database used to create the same tables. The next
 * replica waits for the lock and finds nothing left to do. Not ready until done. {@code APP_MIGRATE_AT_START=false}
 * leaves the schema to another replica or to an operator.
 */
@ApplicationScoped
@Readiness
public class Migrations implements HealthCheck {
    private static final Logger LOG = Logger.getLogger(Migrations.class);

    private final LiquibaseFactory liquibase;
    private final ClusterLock lock;
    private final boolean enabled;
    private final boolean only;
    private volatile boolean done;

    @jakarta.inject.Inject
    io.quarkus.scheduler.Scheduler scheduler;

    Migrations(LiquibaseFactory liquibase, ClusterLock lock, AppConfig config) {
        this.liquibase = liquibase;
        this.lock = lock;
        this.enabled = config.migrateAtStart() || config.migrateOnly();
        this.only = config.migrateOnly();
    }

    void onStart(@Observes @Priority(1) StartupEvent event) {
        if (enabled) {
            lock.alone("migrations", ClusterLock.STARTUP_WAIT, this::migrate);
        }
        done = true;
        if (only) {
            LOG.info("Schema up to date; APP_MIGRATE_ONLY: stopping once started");
            io.quarkus.runtime.Quarkus.asyncExit(0);
            return;
        }
        // Jobs start halted (quarkus.scheduler.start-mode): none may run on a schema another replica is creating.
        scheduler.resume();
    }

    private Boolean migrate() {
        try (Liquibase changes = liquibase.createLiquibase()) {
            changes.update(liquibase.createContexts(), liquibase.createLabels());
            LOG.debug("Schema up to date");
            return Boolean.TRUE;
        } catch (Exception e) {
            throw new IllegalStateException("The database schema could not be brought up to date", e);
        }
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("schema").status(done).build();
    }
}
