package eu.clusterdata.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import eu.clusterdata.model.internal.NoBlankValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The string, where present, is not empty or white space only; {@code null} is valid. Reported
 * under rule {@code core.blank}.
 */
// The validator is internal on purpose: it is not API, only Hibernate Validator instantiates it.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = NoBlankValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface NoBlank {

  /** The rule code the violation is reported under. */
  String message() default "core.blank";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
