package vn.diplomacy.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/** Bounds what an uploaded workbook (a ZIP) expands to before anything parses it: a zip bomb is refused, not read. */
public final class Inflation {
    static final long MAX_UNCOMPRESSED = 40L * 1024 * 1024;
    static final long MAX_RATIO = 200;

    private Inflation() {}

    public static byte[] checked(byte[] zip) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        // commons-compress reads STORED entries with data descriptors too (fastexcel writes them; java.util.zip
        // cannot).
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip), "UTF-8", true, true)) {
            for (ZipArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    total += n;
                    if (total > MAX_UNCOMPRESSED || total > MAX_RATIO * Math.max(zip.length, 1024)) {
                        throw new ProblemException(
                                ProblemType.PAYLOAD_TOO_LARGE,
                                "The workbook expands to more than "
                                        + Math.min(MAX_UNCOMPRESSED, MAX_RATIO * Math.max(zip.length, 1024))
                                                / (1024 * 1024)
                                        + " MB; split the list or save it as CSV");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw ProblemException.invalid("file", "is not a readable XLSX workbook");
        }
        return zip;
    }
}
