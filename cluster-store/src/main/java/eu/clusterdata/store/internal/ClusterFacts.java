package eu.clusterdata.store.internal;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;

/** The facts of one stored cluster, by kind; filled while the {@link FactIndex} is read. */
final class ClusterFacts {

  private final EnumMap<Fact, Set<Node>> values = new EnumMap<>(Fact.class);

  void add(Fact fact, Node value) {
    values.computeIfAbsent(fact, f -> new HashSet<>(4)).add(value);
  }

  /** The values of {@code fact}; empty if the cluster has none. Not to be changed. */
  Set<Node> get(Fact fact) {
    Set<Node> found = values.get(fact);
    return found == null ? Set.of() : found;
  }

  boolean has(Fact fact, Node value) {
    Set<Node> found = values.get(fact);
    return found != null && found.contains(value);
  }
}
