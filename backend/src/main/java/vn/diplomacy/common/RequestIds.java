package vn.diplomacy.common;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id (the caller's X-Request-Id when sane, else a new UUID), echoes it in the response,
 * puts it in the logging MDC (Quarkus keeps MDC on the request's Vert.x context) and in problem bodies.
 */
@ApplicationScoped
public class RequestIds {
    public static final String HEADER = "X-Request-Id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    void register(@Observes Filters filters) {
        filters.register(
                ctx -> {
                    HttpServerRequest request = ctx.request();
                    String given = request.getHeader(HEADER);
                    String id = given != null && SANE.matcher(given).matches()
                            ? given
                            : UUID.randomUUID().toString();
                    MDC.put("requestId", id);
                    ctx.put("requestId", id);
                    ctx.response().putHeader(HEADER, id);
                    ctx.next();
                },
                1000);
    }

    public static String current() {
        Object id = MDC.get("requestId");
        return id == null ? null : id.toString();
    }
}
