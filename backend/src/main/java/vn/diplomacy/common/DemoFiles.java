package vn.diplomacy.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads the demo records kept as JSON under {@code src/main/resources/demo/}: data belongs in data files, where an
 * office can read and correct it, not in Java statements. Parsed with the API's own strict mapper, so a typo in a
 * field name or an enum fails the start loudly instead of loading half a demo.
 */
@ApplicationScoped
public class DemoFiles {
    private final ObjectMapper mapper;

    DemoFiles(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public <T> T read(String name, Class<T> type) {
        String resource = "demo/" + name;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo file " + resource);
            }
            return mapper.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable demo file " + resource, e);
        }
    }
}
