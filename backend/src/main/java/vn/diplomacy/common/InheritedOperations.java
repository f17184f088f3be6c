package vn.diplomacy.common;

import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Completes the operations a resource inherits from {@link RecordResource}: SmallRye documents them once per
 * subclass (operationId {@code package.Class_method}, set by the operation-id strategy) but reads neither the
 * subclass's words nor the inherited {@code @RolesAllowed}. The record's name comes from the path
 * ({@code /api/v1/aid-commitments/{id}} → "aid commitment"), the rules from the subclass's {@link RecordDocs}.
 */
final class InheritedOperations {
    private static final String BEARER = "bearerAuth";

    private InheritedOperations() {}

    static void complete(OpenAPI openAPI) {
        openAPI.getPaths()
                .getPathItems()
                .forEach((path, item) -> item.getOperations().forEach((verb, operation) -> {
                    String id = operation.getOperationId();
                    operation.setOperationId(null);
                    if (id != null && id.contains("_")) {
                        inherited(id).ifPresent(found -> complete(openAPI, path, operation, found));
                    }
                }));
    }

    private record Inherited(Class<?> owner, Method method) {}

    private static Optional<Inherited> inherited(String operationId) {
        int cut = operationId.lastIndexOf('_');
        try {
            Class<?> type =
                    Class.forName(operationId.substring(0, cut), false, InheritedOperations.class.getClassLoader());
            String name = operationId.substring(cut + 1);
            return Arrays.stream(type.getMethods())
                    .filter(m -> m.getName().equals(name))
                    .filter(m -> m.getDeclaringClass() != type
                            && RecordResource.class.isAssignableFrom(m.getDeclaringClass()))
                    .map(m -> new Inherited(type, m))
                    .findFirst();
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    private static void complete(OpenAPI openAPI, String path, Operation operation, Inherited inherited) {
        Method method = inherited.method();
        RecordDocs docs = inherited.owner().getAnnotation(RecordDocs.class);
        String name = recordName(path);
        String summary = operation.getSummary();
        String description = "";
        String answer = null;
        switch (method.getName()) {
            case "get" -> {
                summary = docs == null || docs.getSummary().isEmpty() ? summary : docs.getSummary();
                description = docs == null ? "" : docs.get();
                answer = "The {record}";
            }
            case "create" -> {
                summary = docs == null || docs.createSummary().isEmpty() ? summary : docs.createSummary();
                description = docs == null ? "" : docs.create();
                created(openAPI, path, operation);
            }
            case "replace" -> {
                description = docs == null ? "" : docs.replace();
                answer = "Replaced";
            }
            case "patch" -> {
                description = docs == null ? "" : docs.patch();
                answer = "Changed";
                patchBody(openAPI.getPaths().getPathItem(path), operation);
            }
            case "delete" -> {
                summary = docs == null || docs.deleteSummary().isEmpty() ? summary : docs.deleteSummary();
                description = docs == null ? "" : docs.delete();
            }
            default -> {}
        }
        parentParameter(path, operation);
        operation.setSummary(words(summary, name));
        if (!description.isEmpty()) {
            operation.setDescription(words(description, name));
        }
        if (answer != null
                && operation.getResponses() != null
                && operation.getResponses().hasAPIResponse("200")) {
            operation.getResponses().getAPIResponse("200").setDescription(words(answer, name));
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        WrittenBy writer = inherited.owner().getAnnotation(WrittenBy.class);
        List<String> needed = roles == null ? List.of() : List.of(roles.value());
        if (writer != null && needed.contains(RecordResource.EDITOR)) {
            needed = List.of(writer.value());
        }
        if (!needed.isEmpty()
                && (operation.getSecurity() == null || operation.getSecurity().isEmpty())) {
            operation.addSecurityRequirement(
                    OASFactory.createSecurityRequirement().addScheme(BEARER, needed));
        }
    }

    /** The parent's id, which the inherited method reads from the address rather than from a parameter. */
    private static void parentParameter(String path, Operation operation) {
        Matcher template = Pattern.compile("\\{(\\w+)}").matcher(path);
        List<Parameter> added = new ArrayList<>();
        while (template.find()) {
            String param = template.group(1);
            boolean declared = operation.getParameters() != null
                    && operation.getParameters().stream().anyMatch(p -> param.equals(p.getName()));
            if (!declared) {
                added.add(OASFactory.createParameter()
                        .name(param)
                        .in(Parameter.In.PATH)
                        .required(true)
                        .schema(OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.INTEGER))
                                .format("int64")));
            }
        }
        if (!added.isEmpty()) {
            List<Parameter> all = new ArrayList<>(added);
            if (operation.getParameters() != null) {
                all.addAll(operation.getParameters());
            }
            operation.setParameters(all);
        }
    }

    /** A merge patch is documented with the record's input schema, as PUT takes it. */
    private static void patchBody(PathItem item, Operation patch) {
        Operation put = item.getPUT();
        if (put == null || put.getRequestBody() == null || patch.getRequestBody() == null) {
            return;
        }
        var schema = put.getRequestBody()
                .getContent()
                .getMediaTypes()
                .values()
                .iterator()
                .next()
                .getSchema();
        patch.getRequestBody().getContent().getMediaTypes().values().forEach(type -> type.setSchema(schema));
    }

    /** 201 carries the record as GET on its address answers it. */
    private static void created(OpenAPI openAPI, String path, Operation create) {
        PathItem single = openAPI.getPaths().getPathItem(path + "/{id}");
        if (single == null || single.getGET() == null || create.getResponses() == null) {
            return;
        }
        APIResponse read = single.getGET().getResponses().getAPIResponse("200");
        Content content = read == null ? null : read.getContent();
        create.getResponses().removeAPIResponse("200");
        create.getResponses()
                .addAPIResponse(
                        "201",
                        OASFactory.createAPIResponse().description("Created").content(content));
    }

    static String recordName(String path) {
        String[] parts = path.replaceAll("/\\{[^}]+}$", "").split("/");
        String plural = parts[parts.length - 1];
        return plural.substring(0, plural.length() - 1).replace('-', ' ');
    }

    private static String words(String text, String name) {
        String article = "aeiou".indexOf(name.toLowerCase(Locale.ROOT).charAt(0)) >= 0 ? "an " : "a ";
        return text.replace("{a record}", article + name).replace("{record}", name);
    }
}
