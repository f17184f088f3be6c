package vn.diplomacy.common;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One connection's header deadline (see {@link SlowClients}): the headers of its first request within the header
 * timeout of connecting, those of a later request within the header timeout of its first byte. It sits first in the
 * pipeline, so it sees raw bytes; the HTTP layer tells it when requests start and end. State stays on the event loop.
 */
final class RequestDeadline extends ChannelDuplexHandler {
    private final long headerNanos;
    private int open;
    private ChannelHandlerContext ctx;
    private ScheduledFuture<?> timer;
    private boolean answering;

    RequestDeadline(AppConfig.Http config) {
        headerNanos = config.headerTimeout().toNanos();
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        this.ctx = ctx;
        waitForHeaders();
        super.channelActive(ctx);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        // A kept-alive connection may idle (the idle timeout governs that); a request begun must finish its headers.
        if (msg instanceof ByteBuf && open == 0 && timer == null) {
            waitForHeaders();
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
        super.channelInactive(ctx);
    }

    void started() {
        onLoop(() -> {
            open++;
            answering = false;
            cancel();
        });
    }

    void ended() {
        onLoop(() -> {
            open = Math.max(0, open - 1);
            answering = false;
        });
    }

    private void waitForHeaders() {
        cancel();
        schedule(headerNanos, () -> {
            if (open == 0) {
                timeOut("The request headers did not arrive within " + headerNanos / 1_000_000_000 + " s");
            }
        });
    }

    private void timeOut(String detail) {
        if (ctx == null || !ctx.channel().isActive()) {
            return;
        }
        // Only an HTTP/1 connection that has not begun its answer can still be told why.
        if (!answering && ctx.pipeline().get("httpDecoder") != null) {
            byte[] body =
                    Problems.json(ProblemType.REQUEST_TIMEOUT, detail, null).getBytes(StandardCharsets.UTF_8);
            String head = "HTTP/1.1 408 Request Timeout\r\nContent-Type: " + Problems.MEDIA_TYPE
                    + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
            ctx.writeAndFlush(Unpooled.wrappedBuffer(head.getBytes(StandardCharsets.US_ASCII), body))
                    .addListener(ChannelFutureListener.CLOSE);
        } else {
            ctx.close();
        }
    }

    private void schedule(long nanos, Runnable task) {
        if (ctx != null) {
            timer = ctx.executor()
                    .schedule(
                            () -> {
                                timer = null;
                                task.run();
                            },
                            Math.max(1, nanos),
                            TimeUnit.NANOSECONDS);
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
