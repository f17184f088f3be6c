package vn.diplomacy.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Slowloris: the test profile wants a request's headers within 3 s. */
@QuarkusTest
class SlowClientsTest {
    private static final String START = "GET /api/v1/auth/me HTTP/1.1\r\nHost: localhost\r\n";

    /** What the server sent until it closed the connection, and after how many milliseconds. */
    private record Ending(String text, long millis, boolean closed) {}

    private static Socket open() throws IOException {
        Socket socket = new Socket("127.0.0.1", RestAssured.port);
        socket.setSoTimeout(20_000);
        return socket;
    }

    /** Sends `first`, then `each` every `everyMillis` until the server closes; returns what came back. */
    private static Ending trickle(String first, String each, long everyMillis) throws Exception {
        try (Socket socket = open()) {
            long started = System.currentTimeMillis();
            Thread sender = new Thread(() -> {
                try {
                    socket.getOutputStream().write(first.getBytes(StandardCharsets.US_ASCII));
                    for (int i = 0; i < 200 && !socket.isClosed(); i++) {
                        Thread.sleep(everyMillis);
                        socket.getOutputStream()
                                .write(each.replace("#", String.valueOf(i)).getBytes(StandardCharsets.US_ASCII));
                    }
                } catch (IOException | InterruptedException e) {
                    // The server closed the connection: what the test waits for.
                }
            });
            sender.start();
            Ending ending = readToEnd(socket.getInputStream(), started);
            sender.interrupt();
            return ending;
        }
    }

    private static Ending readToEnd(InputStream in, long started) throws IOException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        boolean closed;
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                got.write(buffer, 0, n);
            }
            closed = true;
        } catch (SocketException reset) {
            closed = true;
        } catch (java.net.SocketTimeoutException stillOpen) {
            closed = false;
        }
        return new Ending(got.toString(StandardCharsets.UTF_8), System.currentTimeMillis() - started, closed);
    }

    @Test
    void headersTrickledLineByLineAreCutWithA408Problem() throws Exception {
        Ending ending = trickle(START, "X-Trickle-#: v\r\n", 400);
        assertThat(ending.closed()).isTrue();
        assertThat(ending.text())
                .startsWith("HTTP/1.1 408")
                .contains("application/problem+json")
                .contains("request-timeout")
                .contains("did not arrive within 3 s");
        assertThat(ending.millis()).isBetween(2_500L, 12_000L);
    }

    @Test
    void aConnectionThatSendsNothingIsClosed() throws Exception {
        try (Socket socket = open()) {
            Ending ending = readToEnd(socket.getInputStream(), System.currentTimeMillis());
            assertThat(ending.closed()).isTrue();
            assertThat(ending.millis()).isBetween(2_500L, 12_000L);
        }
    }

    @Test
    void fiftyTricklingConnectionsAreAllCut() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<Ending>> endings = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                endings.add(pool.submit(() -> trickle(START, "X-#: v\r\n", 500)));
            }
            for (Future<Ending> ending : endings) {
                assertThat(ending.get().closed()).isTrue();
                assertThat(ending.get().millis()).isLessThan(15_000L);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void slowButSteadyHeadersAndAnIdleKeptAliveConnectionAreServed() throws Exception {
        try (Socket socket = open()) {
            var out = socket.getOutputStream();
            for (String line :
                    new String[] {"GET /q/health/live HTTP/1.1\r\n", "Host: localhost\r\n", "X-A: b\r\n", "\r\n"}) {
                out.write(line.getBytes(StandardCharsets.US_ASCII));
                Thread.sleep(500);
            }
            assertThat(readResponse(socket.getInputStream())).startsWith("HTTP/1.1 200");
            Thread.sleep(
                    4_000); // idle longer than the header timeout: kept-alive connections may wait between requests
            out.write("GET /q/health/live HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(readResponse(socket.getInputStream())).startsWith("HTTP/1.1 200");
        }
    }

    /** Reads one answer with a Content-Length body. */
    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            got.write(b);
            String text = got.toString(StandardCharsets.US_ASCII);
            int end = text.indexOf("\r\n\r\n");
            if (end >= 0) {
                var m = java.util.regex.Pattern.compile("(?i)content-length:\\s*(\\d+)")
                        .matcher(text);
                int length = m.find() ? Integer.parseInt(m.group(1)) : 0;
                if (got.size() >= end + 4 + length) {
                    break;
                }
            }
        }
        return got.toString(StandardCharsets.UTF_8);
    }
}
