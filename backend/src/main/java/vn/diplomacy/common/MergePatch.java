package vn.diplomacy.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * RFC 7386 JSON merge patch applied to a resource's input record, then validated like a PUT body. The record's current
 * input is read from its view: every input field is also a field of the view, under the same name and in the same
 * JSON shape (a test holds every kind to it), so no service has to restate its fields a third time for PATCH.
 */
@ApplicationScoped
public class MergePatch {
    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final ObjectMapper mapper;
    private final Validator validator;

    MergePatch(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    public <T> T apply(Object current, String patchBody, Class<T> type) {
        try {
            JsonNode patch = mapper.readTree(patchBody == null ? "" : patchBody);
            if (patch == null || !patch.isObject()) {
                throw new ProblemException(ProblemType.MALFORMED, "A merge patch must be a JSON object");
            }
            ObjectNode target = mapper.valueToTree(current);
            if (!type.isInstance(current) && type.isRecord()) {
                Set<String> inputs = new HashSet<>();
                for (RecordComponent c : type.getRecordComponents()) {
                    inputs.add(c.getName());
                }
                target.retain(inputs);
            }
            merge(target, patch);
            T result = mapper.treeToValue(target, type);
            Set<ConstraintViolation<T>> violations = validator.validate(result);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
            return result;
        } catch (JsonProcessingException e) {
            throw new PatchParseException(e);
        }
    }

    private static void merge(ObjectNode target, JsonNode patch) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isNull()) {
                target.remove(field.getKey());
            } else if (value.isObject() && target.get(field.getKey()) instanceof ObjectNode child) {
                merge(child, value);
            } else {
                target.set(field.getKey(), value);
            }
        }
    }

    /** Carries Jackson's error (with its field path) to the problem mapper. */
    public static class PatchParseException extends RuntimeException {
        public PatchParseException(JsonProcessingException cause) {
            super(cause);
        }

        public JsonProcessingException json() {
            return (JsonProcessingException) getCause();
        }
    }
}
