package vn.diplomacy.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One list filter, declared once on a field of a filters bean beside its {@code @QueryParam} (the name) and
 * {@code @Parameter} (the documentation and the type): {@link FilterSet} binds, checks and turns it into JPQL.
 * The value is read as the parameter's OpenAPI schema says: an enum implementation, {@code format = "date"}, an
 * {@code int64} id, an integer within its minimum and maximum, a boolean; or as {@link #kind} says.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Filter {
    /**
     * The JPQL condition; the value binds to the parameter named like the field ({@code status = :status}). For a
     * boolean filter, the condition when true (no value bound). Empty: the service adds the condition itself.
     */
    String value() default "";

    /** For a boolean filter: the condition when false. */
    String otherwise() default "";

    Kind kind() default Kind.SCHEMA;

    /** The filter (a date) this one may not be before: {@code to} names {@code from}. */
    String notBefore() default "";

    enum Kind {
        /** As the @Parameter schema says. */
        SCHEMA,
        /** An ISO 3166-1 alpha-2 country code. */
        COUNTRY,
        /** An ISO 4217 currency code, upper-cased. */
        CURRENCY,
        /** A year (the schema's range); binds {@code <name>Start} and {@code <name>End}, so date indexes serve it. */
        YEAR,
        /** One value of an enum set column: binds {@code %,VALUE,%} for a {@code like}. */
        SET_MEMBER
    }
}
