package eu.clusterdata.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import eu.clusterdata.model.internal.OpenCodeValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The open code is lower case letters and digits separated by single hyphens. Reported under rule
 * {@code core.code}.
 */
// The validator is internal on purpose: it is not API, only Hibernate Validator instantiates it.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = OpenCodeValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ValidCode {

  /** The rule code the violation is reported under. */
  String message() default "core.code";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
