package vn.diplomacy.common;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Client-side routing: a browser asking for a deep link such as /organizations/12 gets the SPA's index.html.
 * API and Quarkus paths are never rerouted, so an unknown /api/... path still answers a problem+json 404.
 */
@ApplicationScoped
public class SpaRouting {
    private final boolean spaPresent =
            Thread.currentThread().getContextClassLoader().getResource("META-INF/resources/index.html") != null;

    void register(@Observes Filters filters) {
        if (!spaPresent) {
            return;
        }
        filters.register(
                ctx -> {
                    HttpMethod method = ctx.request().method();
                    String path = ctx.normalizedPath();
                    if ((method == HttpMethod.GET || method == HttpMethod.HEAD) && isClientRoute(path)) {
                        ctx.reroute("/");
                        return;
                    }
                    ctx.next();
                },
                800);
    }

    static boolean isClientRoute(String path) {
        if (path.equals("/")
                || path.equals("/api")
                || path.startsWith("/api/")
                || path.equals("/q")
                || path.startsWith("/q/")) {
            return false;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        // Files (assets/index-3f9a.js, favicon.ico) are served as they are, or 404 when missing.
        return !last.contains(".");
    }
}
