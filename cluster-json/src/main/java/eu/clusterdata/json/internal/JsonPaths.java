package eu.clusterdata.json.internal;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/** Writes JSON paths such as {@code $.memberships[3].actor}. */
public final class JsonPaths {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private JsonPaths() {}

  /** Returns the path of the parser's position in its document. */
  static String of(JsonStreamContext context) {
    Deque<JsonStreamContext> chain = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.push(c);
    }
    StringBuilder path = new StringBuilder("$");
    for (JsonStreamContext c : chain) {
      if (c.inArray() && c.getCurrentIndex() >= 0 && c.hasCurrentIndex()) {
        path.append('[').append(c.getCurrentIndex()).append(']');
      } else if (c.inObject() && c.getCurrentName() != null) {
        appendName(path, c.getCurrentName());
      }
    }
    return path.toString();
  }

  /** Returns {@code parent} extended by the field {@code name}. */
  static String child(String parent, String name) {
    return appendName(new StringBuilder(parent), name).toString();
  }

  /**
   * Turns a model path such as {@code organisation.name.de-CH} into the JSON path {@code
   * $.organisation.name['de-CH']}; the JSON format uses the model's names, so only the notation
   * changes.
   */
  public static String fromModelPath(String modelPath) {
    if (modelPath.isEmpty()) {
      return "$";
    }
    StringBuilder path = new StringBuilder("$");
    for (String segment : modelPath.split("\\.(?![^\\[]*\\])")) {
      int bracket = segment.indexOf('[');
      String name = bracket < 0 ? segment : segment.substring(0, bracket);
      appendName(path, name);
      if (bracket >= 0) {
        path.append(segment.substring(bracket));
      }
    }
    return path.toString();
  }

  private static StringBuilder appendName(StringBuilder path, String name) {
    if (IDENTIFIER.matcher(name).matches()) {
      return path.append('.').append(name);
    }
    return path.append("['").append(name.replace("\\", "\\\\").replace("'", "\\'")).append("']");
  }
}
