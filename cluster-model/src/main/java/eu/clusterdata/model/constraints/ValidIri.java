package eu.clusterdata.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import eu.clusterdata.model.internal.IriValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The identifier is an absolute {@code http}, {@code https} or {@code urn} IRI without spaces.
 * Reported under rule {@code core.iri}.
 */
// The validator is internal on purpose: it is not API, only Hibernate Validator instantiates it.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = IriValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ValidIri {

  /** The rule code the violation is reported under. */
  String message() default "core.iri";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
