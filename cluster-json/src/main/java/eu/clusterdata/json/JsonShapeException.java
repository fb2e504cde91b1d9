package eu.clusterdata.json;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The input is well-formed JSON but not a valid document of the format: a wrong type, an unknown
 * code, a missing required field, an unknown field. Reading goes on after a problem where it can,
 * so this exception lists every problem of the document; the message names the first.
 */
public class JsonShapeException extends ClusterJsonException {

  private static final long serialVersionUID = 1L;

  private final transient List<JsonProblem> problems;

  public JsonShapeException(List<JsonProblem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** Returns every problem found, in document order. */
  public List<JsonProblem> problems() {
    return problems;
  }

  private static String message(List<JsonProblem> problems) {
    if (problems.size() == 1) {
      return problems.get(0).toString();
    }
    return problems.size()
        + " problems: "
        + problems.stream().map(JsonProblem::toString).collect(Collectors.joining("; "));
  }
}
