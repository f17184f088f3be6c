package vn.diplomacy.common;

import jakarta.ws.rs.BeanParam;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Writes the OpenAPI parameter of every {@link Filter} a resource method takes through its {@code @BeanParam}
 * beans, from the same declaration {@link FilterSet} reads: name, type, range, description, example. The method is
 * found by SmallRye's operationId ({@code package.Class_method}).
 */
final class FilterDocs {
    private FilterDocs() {}

    static void complete(OpenAPI openAPI) {
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(operation -> document(openAPI, operation)));
    }

    private static void document(OpenAPI openAPI, Operation operation) {
        List<FilterSet.Spec> specs = new ArrayList<>();
        for (Class<?> bean : beans(operation.getOperationId())) {
            specs.addAll(FilterSet.filters(bean));
        }
        if (specs.isEmpty()) {
            return;
        }
        List<Parameter> parameters =
                new ArrayList<>(operation.getParameters() == null ? List.of() : operation.getParameters());
        for (FilterSet.Spec spec : specs) {
            Filter filter = spec.filter();
            Parameter parameter = OASFactory.createParameter()
                    .name(spec.name())
                    .in(Parameter.In.QUERY)
                    .schema(schema(openAPI, spec));
            if (!filter.description().isEmpty()) {
                parameter.description(filter.description());
            }
            if (!filter.example().isEmpty()) {
                boolean number = spec.field().getType() == Integer.class;
                parameter.example(number ? Integer.valueOf(filter.example()) : filter.example());
            }
            parameters.add(parameter);
        }
        // SmallRye's order: the path's parameters first, then by name.
        parameters.sort(Comparator.comparing((Parameter p) -> p.getIn() != Parameter.In.PATH)
                .thenComparing(p -> p.getName() == null ? "" : p.getName()));
        operation.setParameters(parameters);
    }

    private static List<Class<?>> beans(String operationId) {
        if (operationId == null || !operationId.contains("_")) {
            return List.of();
        }
        int cut = operationId.lastIndexOf('_');
        try {
            Class<?> type = Class.forName(operationId.substring(0, cut), false, FilterDocs.class.getClassLoader());
            String name = operationId.substring(cut + 1);
            Method method = Arrays.stream(type.getMethods())
                    .filter(m -> m.getName().equals(name))
                    .findFirst()
                    .orElse(null);
            if (method == null) {
                return List.of();
            }
            return Arrays.stream(method.getParameters())
                    .filter(p -> p.isAnnotationPresent(BeanParam.class))
                    .<Class<?>>map(java.lang.reflect.Parameter::getType)
                    .toList();
        } catch (ClassNotFoundException e) {
            return List.of();
        }
    }

    private static Schema schema(OpenAPI openAPI, FilterSet.Spec spec) {
        Class<?> type = spec.field().getType();
        Filter filter = spec.filter();
        if (type.isEnum()) {
            return enumSchema(openAPI, type);
        }
        if (type == LocalDate.class) {
            return OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("date");
        }
        if (type == java.time.Instant.class) {
            return OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("date-time");
        }
        if (type == Long.class) {
            return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64");
        }
        if (type == Boolean.class) {
            return OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN);
        }
        if (type == Integer.class) {
            Schema schema = OASFactory.createSchema()
                    .addType(Schema.SchemaType.INTEGER)
                    .minimum(java.math.BigDecimal.valueOf(filter.min()));
            if (filter.max() != Integer.MAX_VALUE) {
                schema.maximum(java.math.BigDecimal.valueOf(filter.max()));
            }
            return schema;
        }
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }

    /** A reference to the enum's component, written here if no other part of the API refers to it. */
    private static Schema enumSchema(OpenAPI openAPI, Class<?> type) {
        org.eclipse.microprofile.openapi.annotations.media.Schema named =
                type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        String name = named != null && !named.name().isEmpty() ? named.name() : type.getSimpleName();
        if (openAPI.getComponents().getSchemas() == null
                || !openAPI.getComponents().getSchemas().containsKey(name)) {
            Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
            Arrays.stream(type.getEnumConstants()).forEach(c -> schema.addEnumeration(((Enum<?>) c).name()));
            openAPI.getComponents().addSchema(name, schema);
        }
        return OASFactory.createSchema().ref("#/components/schemas/" + name);
    }
}
