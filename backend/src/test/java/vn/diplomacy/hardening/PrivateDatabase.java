package vn.diplomacy.hardening;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A MariaDB server of the test's own (the machine's mariadbd, on a free port, in target/), so that the outage test
 * can pause and kill it without touching the shared server.
 */
public class PrivateDatabase implements QuarkusTestResourceLifecycleManager {
    static Process server;
    static int port;
    static Path dir;

    @Override
    public Map<String, String> start() {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        try {
            dir = Files.createDirectories(Path.of("target", "outage-db-" + port))
                    .toAbsolutePath();
            run(List.of(
                    "mariadb-install-db",
                    "--no-defaults",
                    "--datadir=" + dir.resolve("data"),
                    "--user=root",
                    "--auth-root-authentication-method=normal",
                    "--skip-test-db"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        startServer();
        return Map.of(
                "quarkus.datasource.jdbc.url",
                "jdbc:mysql://127.0.0.1:" + port + "/diplomacy_outage?createDatabaseIfNotExist=true");
    }

    static void startServer() {
        try {
            server = new ProcessBuilder(
                            "/usr/sbin/mariadbd",
                            "--no-defaults",
                            "--datadir=" + dir.resolve("data"),
                            "--port=" + port,
                            "--socket=" + dir.resolve("mysqld.sock"),
                            "--bind-address=127.0.0.1",
                            "--user=root",
                            "--innodb-buffer-pool-size=64M",
                            "--skip-log-bin")
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("server.log").toFile())
                    .start();
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline) {
                try (Socket ignored = new Socket("127.0.0.1", port)) {
                    return;
                } catch (IOException notYet) {
                    Thread.sleep(200);
                }
            }
            throw new IllegalStateException("the private MariaDB did not start; see " + dir.resolve("server.log"));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static void signal(String name) {
        run(List.of("kill", "-" + name, String.valueOf(server.pid())));
    }

    private static void run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new IllegalStateException(command + " failed: " + out);
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            signal("CONT");
            server.destroyForcibly();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // target/ is cleaned by the build anyway
        }
    }
}
