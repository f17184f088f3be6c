package vn.diplomacy.common;

import org.mapstruct.MapperConfig;
import org.mapstruct.ReportingPolicy;

/**
 * How every record kind copies its input onto its entity and its entity into its view (MapStruct, at compile time):
 * fields of the same name are copied without code, text is trimmed (blank becomes absent), and a view field left
 * without a source fails the build. A mapping that writes an entity ignores the entity's other fields (audit, derived)
 * but fails the build on an input field it would drop, unless {@code ignoreUnmappedSourceProperties} names it: the
 * service then sets it by a rule of its own.
 */
@MapperConfig(unmappedTargetPolicy = ReportingPolicy.ERROR, uses = RecordMapping.Text.class)
public interface RecordMapping {
    final class Text {
        private Text() {}

        public static String trimmed(String s) {
            return SearchText.trimToNull(s);
        }
    }
}
