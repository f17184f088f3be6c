package vn.diplomacy.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** PATCH reads a record's current input back from its view (MergePatch): every input field must be in the view. */
class PatchFieldsTest {
    private static final Map<Type, Type> BOXED =
            Map.of(boolean.class, Boolean.class, int.class, Integer.class, long.class, Long.class);

    @Test
    void everyInputFieldIsAViewFieldOfTheSameType() throws Exception {
        List<String> kinds = new ArrayList<>();
        for (Class<?> resource : recordResources()) {
            Type[] args = typeArguments(resource);
            Class<?> input = (Class<?>) args[0];
            Class<?> view = (Class<?>) args[1];
            Map<String, RecordComponent> viewFields = Arrays.stream(view.getRecordComponents())
                    .collect(Collectors.toMap(RecordComponent::getName, Function.identity()));
            for (RecordComponent field : input.getRecordComponents()) {
                RecordComponent same = viewFields.get(field.getName());
                assertThat(same)
                        .as("%s.%s is not a field of %s", input.getSimpleName(), field.getName(), view.getSimpleName())
                        .isNotNull();
                assertThat(boxed(same.getGenericType()))
                        .as("%s.%s in %s", input.getSimpleName(), field.getName(), view.getSimpleName())
                        .isEqualTo(boxed(field.getGenericType()));
            }
            kinds.add(resource.getSimpleName());
        }
        // The ten record kinds served by RecordResource today: a new one is checked without being listed here.
        assertThat(kinds).hasSizeGreaterThanOrEqualTo(10);
    }

    private static Type boxed(Type t) {
        return BOXED.getOrDefault(t, t);
    }

    private static Type[] typeArguments(Class<?> resource) {
        for (Class<?> c = resource; c != null; c = c.getSuperclass()) {
            if (c.getGenericSuperclass() instanceof ParameterizedType p
                    && RecordResource.class.isAssignableFrom((Class<?>) p.getRawType())) {
                return p.getActualTypeArguments();
            }
        }
        throw new AssertionError(resource + " has no input and view types");
    }

    private static List<Class<?>> recordResources() throws IOException, URISyntaxException {
        Path root = Path.of(RecordResource.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith("Resource.class")).toList()) {
                String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> c = Class.forName(name, false, PatchFieldsTest.class.getClassLoader());
                    if (RecordResource.class.isAssignableFrom(c) && !Modifier.isAbstract(c.getModifiers())) {
                        found.add(c);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new AssertionError(name, e);
                }
            }
        }
        return found;
    }
}
