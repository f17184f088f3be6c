package vn.diplomacy.common;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The body limit for a body sent without Content-Length (chunked), which {@link RequestLimits} cannot see coming:
 * Vert.x lets up to an upload's size through, and every body but an upload stops at {@code app.max-body-size}.
 */
@Provider
public class BodyLimit implements ReaderInterceptor {
    // Read on first use: providers are built before the configuration mapping is ready.
    private volatile long limit = -1;

    private long limit() {
        if (limit < 0) {
            limit = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getValue("app.max-body-size", io.quarkus.runtime.configuration.MemorySize.class)
                    .asLongValue();
        }
        return limit;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            context.setInputStream(new Counted(context.getInputStream(), limit()));
        }
        return context.proceed();
    }

    private static final class Counted extends FilterInputStream {
        private final long limit;
        private long read;

        Counted(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new ProblemException(
                        ProblemType.PAYLOAD_TOO_LARGE, "The request body exceeds " + limit + " bytes");
            }
        }
    }
}
