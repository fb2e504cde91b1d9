package eu.clusterdata.store.internal;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.jspecify.annotations.Nullable;

/**
 * Where a store keeps its named graphs: a local Jena dataset or a remote SPARQL server. Every
 * method is safe to call from many threads; each is one transaction, or one request that the server
 * applies whole.
 */
public interface Backend extends AutoCloseable {

  /** What and where the back end is, for messages: {@code TDB2 store at /data/store}. */
  String describe();

  /**
   * The store's {@link ChangeMark}: a token that every write through this library replaces; empty
   * before the first.
   */
  String changeMark();

  /** Runs a {@code SELECT} query and returns all its rows. */
  List<Binding> select(Query query);

  /** Returns a copy of a named graph, or {@code null} if there is none. */
  @Nullable Graph graph(Node name);

  /** Replaces a named graph with {@code graph}, at once; returns whether one was there. */
  boolean put(Node name, Graph graph);

  /**
   * Stores a named graph unless one of that name holds triples, at once; returns whether it was
   * stored.
   */
  boolean add(Node name, Graph graph);

  /** Removes a named graph; returns whether it was there. */
  boolean delete(Node name);

  /**
   * Starts a batch of graph replacements that becomes visible whole on {@link Batch#commit()}, or
   * not at all.
   */
  Batch begin();

  @Override
  void close();

  /** Graph replacements applied together. One thread uses a batch. */
  interface Batch {

    /** Adds the replacement of a named graph; nothing is visible before {@link #commit()}. */
    void replace(Node name, Graph graph);

    /** Makes every replacement visible, at once. */
    void commit();

    /** Drops the batch; the store stays as it was. Safe to call after a failed commit. */
    void abort();
  }
}
