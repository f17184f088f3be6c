package vn.diplomacy.common;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.regex.Pattern;

/**
 * A record id is 1 to 18 ASCII digits and positive. Long.parseLong alone also reads "+1" and the fullwidth
 * "１", which made other spellings of an address reach record 1; those are not ids, so a path with one is a 404.
 */
@Provider
public class Ids implements ParamConverterProvider {
    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

    public static Long parseOrNull(String raw) {
        if (raw == null || !ID.matcher(raw).matches()) {
            return null;
        }
        long v = Long.parseLong(raw);
        return v > 0 ? v : null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != Long.class && rawType != long.class) {
            return null;
        }
        boolean path = false;
        for (Annotation a : annotations) {
            path |= a instanceof jakarta.ws.rs.PathParam;
        }
        if (!path) {
            return null;
        }
        return (ParamConverter<T>) new ParamConverter<Long>() {
            @Override
            public Long fromString(String value) {
                Long id = parseOrNull(value);
                if (id == null) {
                    throw new NotFoundException();
                }
                return id;
            }

            @Override
            public String toString(Long value) {
                return String.valueOf(value);
            }
        };
    }
}
