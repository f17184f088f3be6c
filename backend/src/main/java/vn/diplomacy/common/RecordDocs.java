package vn.diplomacy.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a record kind's resource says of the endpoints it inherits from {@link RecordResource} beyond the convention:
 * its own rules (the description) and, where the verb is not the plain one, the summary ("Propose a delegation").
 * {@link OpenApiConventions} reads it; every value may use "{record}" and "{a record}".
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RecordDocs {
    String getSummary() default "";

    String get() default "";

    String createSummary() default "";

    String create() default "";

    String replace() default "";

    String patch() default "";

    String deleteSummary() default "";

    String delete() default "";
}
