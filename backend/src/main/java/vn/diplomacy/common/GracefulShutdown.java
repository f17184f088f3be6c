package vn.diplomacy.common;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Lets requests in flight finish when the app is told to stop (SIGTERM, SIGINT), then stops at once. Quarkus' own
 * graceful shutdown (quarkus.shutdown.timeout) always waits its whole timeout with quarkus-rest-jackson 3.30.5/3.30.6,
 * because one of its shutdown listeners never reports done (quarkusio/quarkus#51915), and by the time ShutdownEvent
 * observers run the HTTP server has already dropped its connections. So that setting stays off and the signal is
 * taken here first: new requests get a 503 problem with Retry-After (a load balancer retries elsewhere), the running
 * ones finish (up to APP_SHUTDOWN_TIMEOUT), and only then does the normal, now immediate, shutdown begin.
 */
@ApplicationScoped
public class GracefulShutdown {
    private static final Logger LOG = Logger.getLogger(GracefulShutdown.class);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Duration timeout;
    private volatile boolean draining;

    GracefulShutdown(AppConfig config) {
        this.timeout = config.shutdownTimeout();
    }

    // After ResponseHeaders (1100), so that the 503 of a stopping server carries the security headers too.
    void register(@Observes Filters filters) {
        filters.register(
                ctx -> {
                    if (draining) {
                        ctx.response()
                                .setStatusCode(503)
                                .putHeader("Content-Type", Problems.MEDIA_TYPE)
                                .putHeader("Retry-After", "1")
                                .putHeader("Connection", "close")
                                .end(Problems.json(
                                        ProblemType.UNAVAILABLE,
                                        "This server is stopping; retry",
                                        ctx.request().path()));
                        return;
                    }
                    inFlight.incrementAndGet();
                    ctx.addEndHandler(done -> inFlight.decrementAndGet());
                    ctx.next();
                },
                1050);
    }

    void onStart(@Observes io.quarkus.runtime.StartupEvent event) {
        if (io.quarkus.runtime.LaunchMode.current() != io.quarkus.runtime.LaunchMode.NORMAL) {
            return;
        }
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> {
                    drain();
                    io.quarkus.runtime.Quarkus.asyncExit(0);
                });
            } catch (IllegalArgumentException e) {
                LOG.debugf("Signal %s cannot be handled here: %s", name, e.getMessage());
            }
        }
    }

    /** A stop that did not come through a signal (tests, an exit call): drain what can still be drained. */
    void onStop(@Observes @Priority(1) ShutdownEvent event) {
        drain();
    }

    private void drain() {
        if (draining) {
            return;
        }
        draining = true;
        long deadline = System.nanoTime() + timeout.toNanos();
        int running = inFlight.get();
        if (running > 0) {
            LOG.infof("Stopping: waiting for %d request(s) in flight (at most %s)", running, timeout);
        }
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (inFlight.get() > 0) {
            LOG.warnf("Stopping with %d request(s) still running after %s", inFlight.get(), timeout);
        }
    }
}
