package vn.diplomacy.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One list parameter, declared once on a field of a filters bean: the field's name is the parameter's name, its
 * Java type the value's type (an enum, {@code LocalDate}, {@code Long} for an id, {@code Integer} within
 * {@link #min}..{@link #max}, {@code Boolean}, {@code String}), this annotation its condition and documentation.
 * {@link FilterSet} reads, checks and binds it; {@link FilterDocs} writes its OpenAPI parameter.
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

    Kind kind() default Kind.TYPED;

    /** The filter (a date) this one may not be before: {@code to} names {@code from}. */
    String notBefore() default "";

    /** The OpenAPI description (what the filter keeps). */
    String description() default "";

    /** The OpenAPI example. */
    String example() default "";

    /** For an {@code Integer}: the smallest value allowed. */
    int min() default 0;

    /** For an {@code Integer}: the largest value allowed. */
    int max() default Integer.MAX_VALUE;

    enum Kind {
        /** As the field's type says. */
        TYPED,
        /** An ISO 3166-1 alpha-2 country code. */
        COUNTRY,
        /** An ISO 4217 currency code, upper-cased. */
        CURRENCY,
        /** A year (an Integer); binds {@code <name>Start} and {@code <name>End}, so date indexes serve it. */
        YEAR,
        /**
         * A school year (an Integer, the year it starts): binds {@code <name>Start} (1 September) and {@code <name>End}
         * (31 August of the next year).
         */
        SCHOOL_YEAR,
        /** An organization id (a Long) and all below it: also binds {@code <name>Path} for its tree path test. */
        SUBTREE,
        /** One member of a set column (an enum value or an id, common.SetColumn): binds {@code %,VALUE,%} for a {@code like}. */
        SET_MEMBER
    }
}
