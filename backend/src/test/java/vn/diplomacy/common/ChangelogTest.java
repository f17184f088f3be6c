package vn.diplomacy.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The master changelog includes the folder: every file runs, in name order, and is recorded under the same FILENAME
 * the explicit include lines recorded (a different one would make Liquibase run every changeset again on old data).
 */
@QuarkusTest
class ChangelogTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyChangesetFileRanInNameOrderUnderItsFormerFilename() throws Exception {
        List<String> expected;
        try (Stream<Path> files = Files.list(changes())) {
            expected = files.map(p -> "db/changelog/changes/" + p.getFileName())
                    .filter(name -> name.endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
        List<String> recorded = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                ResultSet r = c.createStatement()
                        .executeQuery("select filename from DATABASECHANGELOG order by orderexecuted")) {
            while (r.next()) {
                recorded.add(r.getString(1));
            }
        }
        assertThat(expected).isNotEmpty();
        assertThat(recorded).containsExactlyElementsOf(expected);
    }

    /** Liquibase's own tables may be latin1 on a server left at its defaults: a Vietnamese comment cannot be stored. */
    @Test
    void changesetCommentsAreAscii() throws Exception {
        try (Stream<Path> files = Files.list(changes())) {
            for (Path file : files.toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (line.trim().startsWith("comment:")) {
                        assertThat(line.chars().allMatch(ch -> ch < 128))
                                .as(file.getFileName() + ": " + line)
                                .isTrue();
                    }
                }
            }
        }
    }

    private static Path changes() throws URISyntaxException, SQLException {
        return Path.of(ChangelogTest.class
                .getClassLoader()
                .getResource("db/changelog/changes")
                .toURI());
    }
}
