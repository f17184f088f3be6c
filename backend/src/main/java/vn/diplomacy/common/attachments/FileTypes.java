package vn.diplomacy.common.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.tika.Tika;

/**
 * What a file is, read from its bytes (Apache Tika's magic numbers; the name only refines a container, e.g. a ZIP
 * that is a DOCX), and whether an office may attach it.
 */
final class FileTypes {
    private static final Tika TIKA = new Tika();

    static final Set<String> ALLOWED = Set.of(
            "application/pdf",
            "image/jpeg",
            "image/png",
            "image/gif",
            "image/webp",
            "image/tiff",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.text",
            "text/plain");

    private FileTypes() {}

    static String detect(Path file, String name) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return TIKA.detect(in, name);
        }
    }
}
