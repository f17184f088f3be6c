package vn.diplomacy.common;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An amount in one currency, on the wire as {"amount": "1234.50", "currency": "USD"}; never a float. */
@Schema(name = "Money")
@Money.Valid
public record Money(
        @NotNull
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @JsonDeserialize(using = DecimalText.class)
        @Schema(
                type = SchemaType.STRING,
                description = "Decimal string, at most the currency's minor digits (none for VND)",
                examples = "1234.50")
        BigDecimal amount,

        @NotNull @Schema(description = "ISO 4217", examples = "USD")
        String currency) {

    /** From a stored DECIMAL(19,4): shown with the currency's own number of decimals ("1234.50 USD", "1500000 VND"). */
    public static Money of(BigDecimal stored, String currency) {
        int digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        return new Money(stored.setScale(digits, java.math.RoundingMode.HALF_EVEN), currency);
    }

    /** An amount only from a JSON string of plain decimal digits: no number (a float on the way), no exponent. */
    public static class DecimalText extends StdScalarDeserializer<BigDecimal> {
        private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,30}(\\.[0-9]{1,30})?");

        public DecimalText() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw InvalidFormatException.from(
                        p, "must be a decimal string such as \"1234.50\"", null, BigDecimal.class);
            }
            String text = p.getText().trim();
            if (!DECIMAL.matcher(text).matches()) {
                throw InvalidFormatException.from(
                        p, "must be a decimal string such as \"1234.50\"", text, BigDecimal.class);
            }
            return new BigDecimal(text);
        }
    }

    /** Positive, a known ISO 4217 code, and no more decimals than the currency has (1.5 VND is refused). */
    @Target({ElementType.TYPE, ElementType.TYPE_USE})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = Validator.class)
    public @interface Valid {
        String message() default "is not a valid amount";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static class Validator implements ConstraintValidator<Valid, Money> {
        static final int MAX_INTEGER_DIGITS = 15;

        @Override
        public boolean isValid(Money money, ConstraintValidatorContext context) {
            if (money == null || money.amount() == null || money.currency() == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            Currency currency;
            currency = Currencies.find(money.currency());
            if (currency == null) {
                return violation(context, "currency", "must be an ISO 4217 currency code such as VND or USD");
            }
            if (money.amount().signum() <= 0) {
                return violation(context, "amount", "must be greater than 0");
            }
            // DECIMAL(19,4) keeps 15 digits before the point; more would fail in the database.
            if ((long) money.amount().precision() - money.amount().scale() > MAX_INTEGER_DIGITS) {
                return violation(
                        context,
                        "amount",
                        "must have at most " + MAX_INTEGER_DIGITS + " digits before the decimal point");
            }
            int digits = Math.max(currency.getDefaultFractionDigits(), 0);
            if (money.amount().stripTrailingZeros().scale() > digits) {
                return violation(
                        context,
                        "amount",
                        money.currency() + " allows " + digits + " decimal" + (digits == 1 ? "" : "s"));
            }
            return true;
        }

        private static boolean violation(ConstraintValidatorContext context, String field, String message) {
            context.buildConstraintViolationWithTemplate(message)
                    .addPropertyNode(field)
                    .addConstraintViolation();
            return false;
        }
    }
}
