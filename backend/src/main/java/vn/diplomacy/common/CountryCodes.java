package vn.diplomacy.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2, as the JDK knows it. */
public final class CountryCodes {
    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private CountryCodes() {}

    public static boolean isValid(String code) {
        return code != null && CODES.contains(code);
    }

    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = Validator.class)
    public @interface CountryCode {
        String message() default "must be an ISO 3166-1 alpha-2 code such as VN or LA";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static class Validator implements ConstraintValidator<CountryCode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || CountryCodes.isValid(value);
        }
    }
}
