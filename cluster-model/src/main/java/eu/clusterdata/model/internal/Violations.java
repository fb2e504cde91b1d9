package eu.clusterdata.model.internal;

import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Builds custom violations whose message template is a rule's message key and whose dynamic payload
 * is the offending value, so that the validator can report exactly which part of a value is wrong
 * (one language entry of a text, say) rather than the whole value.
 */
final class Violations {

  private Violations() {}

  /** Reports {@code messageKey} for {@code offendingValue}, below {@code node} if not null. */
  static void report(
      ConstraintValidatorContext context,
      String messageKey,
      @Nullable String node,
      @Nullable Object offendingValue) {
    context.disableDefaultConstraintViolation();
    HibernateConstraintValidatorContext hibernate =
        context.unwrap(HibernateConstraintValidatorContext.class);
    hibernate.withDynamicPayload(offendingValue);
    var builder = hibernate.buildConstraintViolationWithTemplate(messageKey);
    if (node == null) {
      builder.addConstraintViolation();
    } else {
      builder.addPropertyNode(node).addConstraintViolation();
    }
  }
}
