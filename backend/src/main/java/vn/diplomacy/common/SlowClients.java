package vn.diplomacy.common;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.quarkus.vertx.http.HttpServerStart;
import io.quarkus.vertx.http.HttpsServerStart;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.core.net.impl.TCPServerBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import java.lang.reflect.Field;
import org.jboss.logging.Logger;

/**
 * Cuts clients that send their requests too slowly (slowloris). Vert.x restarts its idle timer on every byte and has
 * no deadline for a request's headers, so a client trickling one header line every few seconds holds a connection
 * for ever. Every accepted connection gets a {@link RequestDeadline}: a request's headers within app.http.header-timeout.
 * Bodies are not timed here: while the server itself holds a request back (workers busy), the client is not slow.
 */
@ApplicationScoped
public class SlowClients {
    private static final Logger LOG = Logger.getLogger(SlowClients.class);
    private static final String NAME = "slow-clients";
    private final AppConfig.Http config;

    SlowClients(AppConfig config) {
        this.config = config.http();
    }

    /**
     * Vert.x offers no public hook before a request's headers are read, so the hook goes on the listening channel:
     * each accepted connection gets its deadline before Vert.x sets up its pipeline.
     */
    void http(@ObservesAsync HttpServerStart start, Vertx vertx) {
        install(vertx);
    }

    void https(@ObservesAsync HttpsServerStart start, Vertx vertx) {
        install(vertx);
    }

    private void install(Vertx vertx) {
        for (TCPServerBase server : ((VertxInternal) vertx).sharedHttpServers().values()) {
            Channel listening = listeningChannel(server);
            if (listening != null) {
                synchronized (this) {
                    if (listening.pipeline().get(NAME) == null) {
                        listening.pipeline().addFirst(NAME, new Acceptor(config));
                    }
                }
            }
        }
    }

    /** Tells the connection's deadline when a request's headers have arrived and when its answer has ended. */
    void register(@Observes Filters filters) {
        filters.register(
                ctx -> {
                    if (ctx.request().connection() instanceof ConnectionBase connection) {
                        RequestDeadline deadline =
                                connection.channel().pipeline().get(RequestDeadline.class);
                        if (deadline != null) {
                            deadline.started();
                            ctx.addEndHandler(ended -> deadline.ended());
                        }
                    }
                    ctx.next();
                },
                2000);
    }

    @SuppressWarnings("unchecked")
    private static Channel listeningChannel(TCPServerBase server) {
        try {
            Field field = TCPServerBase.class.getDeclaredField("bindFuture");
            field.setAccessible(true);
            Future<Channel> bound = (Future<Channel>) field.get(server);
            return bound != null && bound.succeeded() ? bound.result() : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.errorf("Slow clients cannot be cut: the Vert.x listening channel is out of reach (%s)", e.toString());
            return null;
        }
    }

    @ChannelHandler.Sharable
    private static final class Acceptor extends ChannelInboundHandlerAdapter {
        private final AppConfig.Http config;

        Acceptor(AppConfig.Http config) {
            this.config = config;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof Channel accepted) {
                accepted.pipeline().addFirst(new RequestDeadline(config));
            }
            ctx.fireChannelRead(msg);
        }
    }
}
