package eu.clusterdata.model.validation.internal;

import eu.clusterdata.model.validation.Rule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.util.Set;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * Turns Jakarta Validation constraint violations into findings, for the validator's Bean Validation
 * engine: the same rule, path, value and message as the built-in {@link ConstraintWalk} reports.
 * The model's own constraints carry a message key as their template; the standard ones are
 * recognised by type.
 */
public final class ConstraintFindings {

  private ConstraintFindings() {}

  /** Reports every violation to {@code sink}. */
  public static <T> void report(Set<ConstraintViolation<T>> violations, FindingSink sink) {
    for (ConstraintViolation<T> violation : violations) {
      report(violation, sink);
    }
  }

  private static <T> void report(ConstraintViolation<T> violation, FindingSink sink) {
    @SuppressWarnings("unchecked") // unwrap() cannot express the type parameter
    HibernateConstraintViolation<T> hibernate =
        violation.unwrap(HibernateConstraintViolation.class);
    Object payload = hibernate.getDynamicPayload(Object.class);
    Object value = payload != null ? payload : violation.getInvalidValue();
    Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
    String template = violation.getMessageTemplate();
    String key;
    Object[] args = {};
    if (!template.startsWith("{")) {
      key = template;
    } else if (constraint instanceof PositiveOrZero) {
      key = "core.range.min";
      args = new Object[] {"0"};
    } else if (constraint instanceof DecimalMin min) {
      key = "core.range.min";
      args = new Object[] {min.value()};
    } else if (constraint instanceof DecimalMax max) {
      key = "core.range.max";
      args = new Object[] {max.value()};
    } else if (constraint instanceof PastOrPresent) {
      key = "core.future";
    } else if (constraint instanceof Email) {
      key = "core.email";
    } else {
      throw new IllegalStateException(
          "constraint without a rule: " + constraint.annotationType().getName());
    }
    sink.addWithKey(ruleOf(key), key, path(violation.getPropertyPath()), value, args);
  }

  /** Returns the rule a message key belongs to: its own code, or that of its nearest parent. */
  static Rule ruleOf(String key) {
    String code = key;
    while (true) {
      var rule = Rule.ofCode(code);
      if (rule.isPresent()) {
        return rule.get();
      }
      int dot = code.lastIndexOf('.');
      if (dot < 0) {
        throw new IllegalStateException("no rule for message key " + key);
      }
      code = code.substring(0, dot);
    }
  }

  /**
   * Writes a property path as {@code memberships[3].actor}: indices and keys of list and map
   * elements in brackets, and no names for container elements or beans.
   */
  static String path(Path propertyPath) {
    StringBuilder path = new StringBuilder();
    for (Path.Node node : propertyPath) {
      if (node.isInIterable()) {
        path.append('[')
            .append(node.getIndex() != null ? node.getIndex() : node.getKey())
            .append(']');
      }
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(node.getName());
      }
    }
    return path.toString();
  }
}
