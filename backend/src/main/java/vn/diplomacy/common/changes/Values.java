package vn.diplomacy.common.changes;

import java.math.BigDecimal;
import java.util.Collection;
import org.hibernate.event.spi.EventSource;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;

/** How a field's value is written into the history: plain JSON values, long texts summarised. */
final class Values {
    /** Texts longer than this are kept as their beginning and their length. */
    static final int LONG_TEXT = 500;

    private Values() {}

    static Object of(Object value) {
        if (value == null || value instanceof Boolean || value instanceof Long || value instanceof Integer) {
            return value;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(Values::of).toList();
        }
        String text = value.toString();
        return text.length() <= LONG_TEXT ? text : text.substring(0, 200) + "… (" + text.length() + " characters)";
    }

    /** The entity recorded as {@code kind}, or null. */
    static Class<?> entityOf(EventSource session, String kind) {
        if (kind == null) {
            return null;
        }
        return session.getFactory().getMetamodel().getEntities().stream()
                .map(jakarta.persistence.metamodel.EntityType::getJavaType)
                .filter(type -> {
                    Recorded recorded = type.getAnnotation(Recorded.class);
                    return recorded != null && recorded.value().equals(kind);
                })
                .findFirst()
                .orElse(null);
    }

    static String tableOf(EventSource session, Class<?> entity) {
        EntityPersister persister = session.getFactory().getMappingMetamodel().getEntityDescriptor(entity);
        return persister instanceof AbstractEntityPersister mapped ? mapped.getTableName() : null;
    }
}
