package org.ariadne.web.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A calendar date written as ISO 8601 ({@code 2021-02-24}) that exists: a pattern alone lets {@code 2025-02-30}
 * through. Null is valid (combine with {@code @NotNull} where the date is required).
 */
@Documented
@Constraint(validatedBy = IsoDate.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface IsoDate {

    String message() default "must be an existing date written as YYYY-MM-DD (2021-02-24)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<IsoDate, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || IsoDate.Validator.exists(value);
        }

        /** Whether {@code value} is an existing date written as YYYY-MM-DD (for input that is not a bean: events). */
        public static boolean exists(String value) {
            if (value == null || value.length() != 10) {
                return false;
            }
            try {
                LocalDate.parse(value);
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }
}
