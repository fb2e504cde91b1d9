package eu.clusterdata.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import eu.clusterdata.model.internal.NaceCodeValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The NACE code is a section letter, a division ({@code 21}), a group ({@code 21.1}) or a class
 * ({@code 21.10}). Reported under rule {@code core.nace}.
 */
// The validator is internal on purpose: it is not API, only Hibernate Validator instantiates it.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = NaceCodeValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ValidNaceCode {

  /** The rule code the violation is reported under. */
  String message() default "core.nace";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
