package vn.diplomacy.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.RecordComponent;
import java.util.Objects;

/**
 * Rules between two fields of an input record, checked with the field rules so that a client gets every error of a
 * body at once ("endDate: must be on or after startDate" next to "title: must not be blank").
 */
public final class CrossField {
    private CrossField() {}

    /** {@code second} is absent, or on or after {@code first} (dates or any Comparable). */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = OrderValidator.class)
    @Repeatable(Ordered.List.class)
    public @interface Ordered {
        String first();

        String second();

        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        @Target(ElementType.TYPE)
        @Retention(RetentionPolicy.RUNTIME)
        @interface List {
            Ordered[] value();
        }
    }

    /** {@code second} differs from {@code first} when both are present. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = DifferentValidator.class)
    public @interface Different {
        String first();

        String second();

        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static class OrderValidator implements ConstraintValidator<Ordered, Record> {
        private Ordered rule;

        @Override
        public void initialize(Ordered rule) {
            this.rule = rule;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public boolean isValid(Record value, ConstraintValidatorContext context) {
            Object first = read(value, rule.first());
            Object second = read(value, rule.second());
            if (first == null || second == null || ((Comparable) second).compareTo(first) >= 0) {
                return true;
            }
            return violation(context, rule.second(), "must be on or after " + rule.first());
        }
    }

    public static class DifferentValidator implements ConstraintValidator<Different, Record> {
        private Different rule;

        @Override
        public void initialize(Different rule) {
            this.rule = rule;
        }

        @Override
        public boolean isValid(Record value, ConstraintValidatorContext context) {
            Object first = read(value, rule.first());
            Object second = read(value, rule.second());
            if (first == null || !Objects.equals(first, second)) {
                return true;
            }
            return violation(context, rule.second(), "must differ from " + rule.first());
        }
    }

    static Object read(Record value, String component) {
        if (value == null) {
            return null;
        }
        for (RecordComponent c : value.getClass().getRecordComponents()) {
            if (c.getName().equals(component)) {
                try {
                    return c.getAccessor().invoke(value);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot read " + component, e);
                }
            }
        }
        throw new IllegalArgumentException(value.getClass().getSimpleName() + " has no component " + component);
    }

    static boolean violation(ConstraintValidatorContext context, String field, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message)
                .addPropertyNode(field)
                .addConstraintViolation();
        return false;
    }
}
