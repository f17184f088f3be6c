package vn.diplomacy.common;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import io.quarkus.runtime.configuration.MemorySize;

/** Refuses declared oversized bodies with a problem before anything reads them (Vert.x would answer plain 413). */
@ApplicationScoped
public class BodyLimit {
    private final long limit;

    BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    void register(@Observes Filters filters) {
        filters.register(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && isOver(length)) {
                ctx.response().setStatusCode(413)
                        .putHeader("Content-Type", Problems.MEDIA_TYPE)
                        .putHeader("Connection", "close")
                        .end(Problems.json(ProblemType.PAYLOAD_TOO_LARGE,
                                "The request body exceeds " + limit + " bytes", ctx.request().path()));
                return;
            }
            ctx.next();
        }, 900);
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
