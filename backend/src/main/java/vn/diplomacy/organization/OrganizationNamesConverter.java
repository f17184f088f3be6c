package vn.diplomacy.organization;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;
import vn.diplomacy.organization.OrganizationDtos.OtherName;

/** An organization's other names in one JSON column: read and written whole, searched through its search text. */
@Converter
class OrganizationNamesConverter implements AttributeConverter<List<OtherName>, String> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<OtherName>> NAMES = new TypeReference<>() {};

    @Override
    public String convertToDatabaseColumn(List<OtherName> names) {
        try {
            return names == null || names.isEmpty() ? null : JSON.writeValueAsString(names);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<OtherName> convertToEntityAttribute(String column) {
        try {
            return column == null || column.isBlank() ? List.of() : List.copyOf(JSON.readValue(column, NAMES));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("organization names hold no JSON: " + column, e);
        }
    }
}
