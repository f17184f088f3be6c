package vn.diplomacy.common;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.vertx.core.http.HttpServerRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One connection's deadlines (see {@link SlowClients}): the headers of its first request within the header timeout of
 * connecting, those of a later request within the header timeout of its first byte. It sits first in the pipeline,
 * so it counts raw bytes; the HTTP layer tells it when requests start and end. State is touched on the event loop.
 */
final class RequestDeadline extends ChannelDuplexHandler {
    private final long headerNanos;
    private final long graceNanos;
    private final int minRate;
    private final List<HttpServerRequest> open = new ArrayList<>();
    private ChannelHandlerContext ctx;
    private ScheduledFuture<?> timer;
    private long bodyStart;
    private long bodyBytes;
    private boolean answering;

    RequestDeadline(AppConfig.Http config) {
        headerNanos = config.headerTimeout().toNanos();
        graceNanos = config.bodyGrace().toNanos();
        minRate = Math.max(1, config.bodyMinRate());
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        this.ctx = ctx;
        waitForHeaders();
        super.channelActive(ctx);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (msg instanceof ByteBuf bytes) {
            bodyBytes += bytes.readableBytes();
            // A kept-alive connection may idle (the idle timeout governs that); a request begun must finish its headers.
            if (open.isEmpty() && timer == null) {
                waitForHeaders();
            }
        }
        super.channelRead(ctx, msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        answering = true;
        super.write(ctx, msg, promise);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        cancel();
        open.clear();
        super.channelInactive(ctx);
    }

    void started(HttpServerRequest request) {
        onLoop(() -> {
            open.add(request);
            bodyStart = System.nanoTime();
            bodyBytes = 0;
            answering = false;
            cancel();
            schedule(graceNanos, this::checkBody);
        });
    }

    void ended(HttpServerRequest request) {
        onLoop(() -> {
            open.remove(request);
            if (open.isEmpty()) {
                cancel();
            }
        });
    }

    private void waitForHeaders() {
        cancel();
        schedule(headerNanos, () -> {
            if (open.isEmpty()) {
                timeOut("The request headers did not arrive within " + headerNanos / 1_000_000_000 + " s");
            }
        });
    }

    /** Bodies still being received must keep up the minimum rate; a request whose body is in waits for its answer. */
    private void checkBody() {
        open.removeIf(HttpServerRequest::isEnded);
        if (open.isEmpty()) {
            return;
        }
        long due = bodyStart + graceNanos + bodyBytes * 1_000_000_000L / minRate;
        long now = System.nanoTime();
        if (now < due) {
            schedule(due - now, this::checkBody);
        } else {
            timeOut("The request body arrived slower than " + minRate + " bytes per second");
        }
    }

    private void timeOut(String detail) {
        if (ctx == null || !ctx.channel().isActive()) {
            return;
        }
        // Only an HTTP/1 connection that has not begun its answer can still be told why.
        if (!answering && ctx.pipeline().get("httpDecoder") != null) {
            byte[] body = Problems.json(ProblemType.REQUEST_TIMEOUT, detail, null).getBytes(StandardCharsets.UTF_8);
            String head = "HTTP/1.1 408 Request Timeout\r\nContent-Type: " + Problems.MEDIA_TYPE + "\r\nContent-Length: "
                    + body.length + "\r\nConnection: close\r\n\r\n";
            ctx.writeAndFlush(Unpooled.wrappedBuffer(head.getBytes(StandardCharsets.US_ASCII), body))
                    .addListener(ChannelFutureListener.CLOSE);
        } else {
            ctx.close();
        }
    }

    private void schedule(long nanos, Runnable task) {
        if (ctx != null) {
            timer = ctx.executor().schedule(() -> {
                timer = null;
                task.run();
            }, Math.max(1, nanos), TimeUnit.NANOSECONDS);
        }
    }

    private void cancel() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    private void onLoop(Runnable task) {
        if (ctx == null) {
            return;
        }
        if (ctx.executor().inEventLoop()) {
            task.run();
        } else {
            ctx.executor().execute(task);
        }
    }
}
