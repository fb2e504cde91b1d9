package eu.clusterdata.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Node;

/**
 * The answer to a free SPARQL {@code SELECT}: its variables in order, and one map per row from
 * variable to value (an unbound variable has no entry).
 */
public record SparqlRows(List<String> variables, List<Map<String, Node>> rows) {

  public SparqlRows {
    variables = List.copyOf(variables);
    rows = rows.stream().map(Map::copyOf).toList();
    Objects.requireNonNull(rows);
  }

  /** Returns the number of rows. */
  public int size() {
    return rows.size();
  }
}
