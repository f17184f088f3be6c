package vn.diplomacy.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Request limits answered as problems before anything reads the request: body size (declared or chunked), address length, header size. */
@ApplicationScoped
public class RequestLimits {
    // Below Vert.x's own limits (quarkus.http.limits.*), so that these answers are problems rather than bare text.
    static final int MAX_URI = 4096;
    static final int MAX_HEADERS = 16 * 1024;
    private final long limit;
    private final long uploadLimit;

    RequestLimits(
            AppConfig config, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize uploadLimit) {
        this.limit = config.maxBodySize().asLongValue();
        this.uploadLimit = uploadLimit.asLongValue();
    }

    /** An attachment's upload may be larger than every other body. */
    static boolean isUpload(io.vertx.core.http.HttpServerRequest request) {
        return request.method() == io.vertx.core.http.HttpMethod.POST
                && request.path().endsWith("/attachments");
    }

    long limitFor(io.vertx.core.http.HttpServerRequest request) {
        return isUpload(request) ? uploadLimit : limit;
    }

    /**
     * Failures below JAX-RS (a chunked body over the limit, a broken request) end in Vert.x with a bare status;
     * they are answered as problems like every other error.
     */
    void failures(@Observes io.vertx.ext.web.Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
            int status = ctx.statusCode();
            if (ctx.response().headWritten() || status < 400 || status >= 500) {
                ctx.next();
                return;
            }
            ProblemType type = status == 413 ? ProblemType.PAYLOAD_TOO_LARGE : ProblemType.forStatus(status);
            String detail = status == 413
                    ? "The request body exceeds " + limitFor(ctx.request()) + " bytes"
                    : ProblemType.reason(status);
            ctx.response()
                    .setStatusCode(status)
                    .putHeader("Content-Type", Problems.MEDIA_TYPE)
                    .end(Problems.json(type, detail, ctx.request().path()));
        });
    }

    void register(@Observes Filters filters) {
        filters.register(
                ctx -> {
                    String length = ctx.request().getHeader("Content-Length");
                    if (length != null && isOver(length, limitFor(ctx.request()))) {
                        ctx.response()
                                .setStatusCode(413)
                                .putHeader("Content-Type", Problems.MEDIA_TYPE)
                                .putHeader("Connection", "close")
                                .end(Problems.json(
                                        ProblemType.PAYLOAD_TOO_LARGE,
                                        "The request body exceeds " + limitFor(ctx.request()) + " bytes",
                                        ctx.request().path()));
                        return;
                    }
                    if (ctx.request().uri().length() > MAX_URI) {
                        reject(
                                ctx,
                                414,
                                "The address is longer than " + MAX_URI
                                        + " characters; send long filters in fewer parameters");
                        return;
                    }
                    int headerBytes = 0;
                    for (java.util.Map.Entry<String, String> h : ctx.request().headers()) {
                        headerBytes += h.getKey().length() + h.getValue().length() + 4;
                    }
                    if (headerBytes > MAX_HEADERS) {
                        reject(ctx, 431, "The request headers exceed " + MAX_HEADERS + " bytes");
                        return;
                    }
                    ctx.next();
                },
                900);
    }

    private static void reject(io.vertx.ext.web.RoutingContext ctx, int status, String detail) {
        ProblemType type = ProblemType.forStatus(status);
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", Problems.MEDIA_TYPE)
                .putHeader("Connection", "close")
                .end(Problems.json(type, status, detail, ctx.request().path()));
    }

    private static boolean isOver(String length, long max) {
        try {
            return Long.parseLong(length.trim()) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
