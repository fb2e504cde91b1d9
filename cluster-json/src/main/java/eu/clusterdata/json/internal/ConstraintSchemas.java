package eu.clusterdata.json.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.clusterdata.model.description.Constraint;
import eu.clusterdata.model.value.NaceRevision;
import java.util.List;

/**
 * Translates the constraints of the model description into JSON Schema keywords, wherever JSON
 * Schema can express them, so that the schema rejects what the validator rejects.
 */
final class ConstraintSchemas {

  /**
   * An absolute http, https or urn IRI, as near as a regular expression gets to the validator's
   * check.
   */
  static final String IRI_PATTERN =
      "^(?:[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+[^\\s]*|[Uu][Rr][Nn]:[^\\s]+)$";

  private ConstraintSchemas() {}

  /** Applies the constraints on a whole record to the schema of its objects. */
  static void applyToObject(ObjectNode schema, List<Constraint> constraints) {
    for (Constraint constraint : constraints) {
      if (constraint instanceof Constraint.NaceShape nace) {
        ((ObjectNode) schema.get("properties").get("code")).put("pattern", whole(nace.rev21()));
        ObjectNode condition = schema.putObject("if");
        condition
            .putObject("properties")
            .putObject("revision")
            .put("const", NaceRevision.REV_2.label());
        schema
            .putObject("then")
            .putObject("properties")
            .putObject("code")
            .put("pattern", whole(nace.rev2()));
      }
    }
  }

  /** Applies constraints on a value (a string, a number, or a record written as a string). */
  static void apply(ObjectNode schema, List<Constraint> constraints) {
    for (Constraint constraint : constraints) {
      if (constraint instanceof Constraint.Range range) {
        if (range.min() != null) {
          schema.put("minimum", range.min());
        }
        if (range.max() != null) {
          schema.put("maximum", range.max());
        }
      } else if (constraint instanceof Constraint.Pattern pattern) {
        schema.put("pattern", whole(pattern));
      } else if (constraint instanceof Constraint.NotBlank) {
        schema.put("pattern", "\\S");
      } else if (constraint instanceof Constraint.Email) {
        schema.put("format", "email").put("pattern", "^[^@\\s]+@[^@\\s]+$");
      } else if (constraint instanceof Constraint.LanguageTag) {
        schema.put("pattern", TextCodec.LANGUAGE_TAG_PATTERN);
      } else if (constraint instanceof Constraint.AbsoluteIri) {
        schema.put("pattern", IRI_PATTERN).put("format", "iri");
      } else if (constraint instanceof Constraint.CodeList list) {
        ArrayNode codes = schema.putArray("enum");
        list.codes().stream().sorted().forEach(codes::add);
      }
      // Periods, future dates and text entries are beyond JSON Schema or in their codec.
    }
  }

  private static String whole(Constraint.Pattern pattern) {
    return "^(?:" + pattern.regex().pattern() + ")$";
  }
}
