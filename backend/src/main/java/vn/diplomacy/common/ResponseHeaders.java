package vn.diplomacy.common;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Security and caching headers on every answer. Only the SPA's hashed assets may be cached for good; index.html
 * and deep links are revalidated, so a deploy reaches browsers at once. API answers may hold personal data and
 * are never stored by a browser or proxy.
 */
@ApplicationScoped
public class ResponseHeaders {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none';"
            // An attachment's PDF is previewed from the bytes the SPA fetched with its token (a blob: address).
            + " frame-src 'self' blob:;"
            + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    // Swagger UI starts itself with an inline script.
    static final String SWAGGER_CSP = CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");

    void register(@Observes Filters filters) {
        filters.register(
                ctx -> {
                    String path = ctx.normalizedPath();
                    ctx.addHeadersEndHandler(ignored -> {
                        MultiMap h = ctx.response().headers();
                        h.set("Content-Security-Policy", path.startsWith("/q/swagger-ui") ? SWAGGER_CSP : CSP);
                        h.set("X-Frame-Options", "DENY");
                        h.set("X-Content-Type-Options", "nosniff");
                        h.set("Referrer-Policy", "no-referrer");
                        h.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
                        h.set("Cache-Control", cacheControl(path, ctx.response().getStatusCode()));
                    });
                    ctx.next();
                },
                1100);
    }

    static String cacheControl(String path, int status) {
        if (path.startsWith("/assets/") && status == 200) {
            return "public, max-age=31536000, immutable";
        }
        if (path.startsWith("/api/")) {
            return "no-store";
        }
        return "no-cache";
    }
}
