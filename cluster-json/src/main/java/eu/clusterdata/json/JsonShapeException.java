package eu.clusterdata.json;

import eu.clusterdata.model.problem.Problem;
import java.util.List;

/**
 * The input is well-formed JSON but not a valid document of the format: a wrong type, an unknown
 * code, a missing required field, an unknown field. Reading goes on after a problem where it can,
 * so this exception lists every problem of the document, each with its JSON path, line and column;
 * the message names them all.
 */
public class JsonShapeException extends ClusterJsonException {

  private static final long serialVersionUID = 1L;

  public JsonShapeException(List<Problem> problems) {
    super("json.shape", problems, null);
  }
}
