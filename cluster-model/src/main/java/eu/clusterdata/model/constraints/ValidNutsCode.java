package eu.clusterdata.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import eu.clusterdata.model.internal.NutsCodeValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The NUTS code is two letters followed by up to three letters or digits. Reported under rule
 * {@code core.nuts}.
 */
// The validator is internal on purpose: it is not API, only Hibernate Validator instantiates it.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = NutsCodeValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ValidNutsCode {

  /** The rule code the violation is reported under. */
  String message() default "core.nuts";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
