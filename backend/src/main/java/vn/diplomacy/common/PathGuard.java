package vn.diplomacy.common;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * API addresses are plain ASCII without matrix parameters. JAX-RS would drop ";anything" from a segment and read
 * "/organizations/1;x" as record 1, so such paths are answered 404 before routing.
 */
@ApplicationScoped
public class PathGuard {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9/._~-]*");

    void register(@Observes Filters filters) {
        filters.register(
                ctx -> {
                    String raw = ctx.request().path();
                    if (raw != null && raw.startsWith("/api/") && !isPlain(raw)) {
                        ctx.response()
                                .setStatusCode(404)
                                .putHeader("Content-Type", Problems.MEDIA_TYPE)
                                .end(Problems.json(ProblemType.NOT_FOUND, "No resource at this address", null));
                        return;
                    }
                    ctx.next();
                },
                950);
    }

    static boolean isPlain(String rawPath) {
        try {
            return PLAIN.matcher(URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8))
                    .matches();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
