package eu.clusterdata.json;

import eu.clusterdata.model.Problem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The input is well-formed JSON but not a valid document of the format: a wrong type, an unknown
 * code, a missing required field, an unknown field. Reading goes on after a problem where it can,
 * so this exception lists every problem of the document; the message names the first.
 */
public class JsonShapeException extends ClusterJsonException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  public JsonShapeException(List<Problem> problems) {
    super("json.shape", message(problems), null);
    this.problems = List.copyOf(problems);
  }

  /** Returns every problem found, in document order, each with its JSON path, line and column. */
  @Override
  public List<Problem> problems() {
    return problems;
  }

  private static String message(List<Problem> problems) {
    if (problems.size() == 1) {
      return problems.get(0).toString();
    }
    return problems.size()
        + " problems: "
        + problems.stream().map(Problem::toString).collect(Collectors.joining("; "));
  }
}
