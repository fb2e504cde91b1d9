package eu.clusterdata.json.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.clusterdata.model.NaceRevision;
import eu.clusterdata.model.constraints.NoBlank;
import eu.clusterdata.model.constraints.ValidLanguageTag;
import eu.clusterdata.model.constraints.ValidNaceCode;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;

/**
 * Translates the model's Jakarta Validation constraints into JSON Schema keywords, wherever JSON
 * Schema can express them, so that the schema rejects what the validator rejects.
 */
final class ConstraintSchemas {

  private ConstraintSchemas() {}

  /** The shape of a NACE code in Rev. 2.1 (sections A to V) and in Rev. 2 (A to U). */
  static final String NACE_2_1 = "^(?:[A-V]|(0[1-9]|[1-9][0-9])(\\.[0-9]{1,2})?)$";

  static final String NACE_2 = "^(?:[A-U]|(0[1-9]|[1-9][0-9])(\\.[0-9]{1,2})?)$";

  /** Applies the class-level constraints of {@code type} to the schema of its objects. */
  static void applyToObject(ObjectNode schema, Class<?> type) {
    if (type.isAnnotationPresent(ValidNaceCode.class)) {
      ((ObjectNode) schema.get("properties").get("code")).put("pattern", NACE_2_1);
      ObjectNode condition = schema.putObject("if");
      condition
          .putObject("properties")
          .putObject("revision")
          .put("const", NaceRevision.REV_2.label());
      schema.putObject("then").putObject("properties").putObject("code").put("pattern", NACE_2);
    }
  }

  static void apply(ObjectNode schema, Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation instanceof PositiveOrZero) {
        schema.put("minimum", 0);
      } else if (annotation instanceof DecimalMin min) {
        schema.put(min.inclusive() ? "minimum" : "exclusiveMinimum", new BigDecimal(min.value()));
      } else if (annotation instanceof DecimalMax max) {
        schema.put(max.inclusive() ? "maximum" : "exclusiveMaximum", new BigDecimal(max.value()));
      } else if (annotation instanceof Pattern pattern) {
        schema.put("pattern", "^(?:" + pattern.regexp() + ")$");
      } else if (annotation instanceof NoBlank) {
        schema.put("pattern", "\\S");
      } else if (annotation instanceof Email) {
        schema.put("format", "email").put("pattern", "^[^@\\s]+@[^@\\s]+$");
      } else if (annotation instanceof ValidLanguageTag) {
        schema.put("pattern", TextCodec.LANGUAGE_TAG_PATTERN);
      }
    }
  }
}
