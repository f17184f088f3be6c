package vn.diplomacy.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The role a {@link RecordResource}'s writes need when it is not EDITOR (exchange rates: ADMIN). Checked by the
 * inherited endpoints and documented by {@link OpenApiConventions}.
 */
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface WrittenBy {
    String value();
}
