package vn.diplomacy.common;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An attachment's bytes as HTTP answers them: file name, inline or not, ETag, one byte range. */
final class Downloads {
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");
    private static final Set<String> INLINE =
            Set.of("application/pdf", "image/jpeg", "image/png", "image/gif", "image/webp");

    private Downloads() {}

    static Response response(
            RecordAttachments attachments, RecordAttachments.View file, String range, String ifNoneMatch) {
        String etag = "\"" + file.sha256() + "\"";
        if (etag.equals(ifNoneMatch)) {
            return Response.notModified().header("ETag", etag).build();
        }
        long size = file.size();
        long first = 0;
        long last = size - 1;
        boolean partial = false;
        if (range != null && !range.isBlank() && !range.contains(",")) {
            Matcher m = RANGE.matcher(range.trim());
            boolean satisfiable =
                    m.matches() && !(m.group(1).isEmpty() && m.group(2).isEmpty());
            if (satisfiable) {
                if (m.group(1).isEmpty()) {
                    first = Math.max(0, size - Long.parseLong(m.group(2)));
                } else {
                    first = Long.parseLong(m.group(1));
                    last = m.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(m.group(2)));
                }
                satisfiable = first <= last && first < size;
            }
            if (!satisfiable) {
                return Response.status(416)
                        .header("Content-Range", "bytes */" + size)
                        .type(Problems.MEDIA_TYPE)
                        .entity(Problems.json(
                                ProblemType.forStatus(416), "The range is outside the file's " + size + " bytes", null))
                        .build();
            }
            partial = true;
        }
        Response.ResponseBuilder answer = Response.status(partial ? 206 : 200)
                .entity(attachments.content(file.id(), first, last))
                .type(file.contentType())
                .header("Content-Length", last - first + 1)
                .header("Accept-Ranges", "bytes")
                .header("ETag", etag)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-cache")
                .header("Content-Disposition", disposition(file));
        if (partial) {
            answer.header("Content-Range", "bytes " + first + "-" + last + "/" + size);
        }
        return answer.build();
    }

    /** RFC 6266: an ASCII name for old clients, the UTF-8 one ("Biên bản ghi nhớ.pdf") for the rest. */
    static String disposition(RecordAttachments.View file) {
        String name = file.fileName();
        String ascii = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return (INLINE.contains(file.contentType()) ? "inline" : "attachment") + "; filename=\"" + ascii
                + "\"; filename*=UTF-8''" + encoded;
    }
}
