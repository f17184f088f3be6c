package vn.diplomacy.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SPA's own messages ({@code frontend/src/locales/<namespace>.json}, packaged under {@code locales/}), read by the
 * exports and the problem details: a status, a sector or a refusal is written with the words the screens show, in the
 * reader's language. The files do
 * not change while the app runs, so each is read once per process (the same on every replica).
 */
public final class Labels {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, JsonNode> FILES = new ConcurrentHashMap<>();

    private Labels() {}

    /** The message at {@code path} (dot-separated) in {@code language}, or null when there is none. */
    public static String of(String namespace, String path, String language) {
        JsonNode node = FILES.computeIfAbsent(namespace, Labels::read);
        for (String part : path.split("\\.")) {
            node = node.path(part);
        }
        JsonNode text = node.path(language);
        return text.isTextual() ? text.asText() : null;
    }

    private static JsonNode read(String namespace) {
        String resource = "locales/" + namespace + ".json";
        try (InputStream in = Labels.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
