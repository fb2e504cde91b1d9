package eu.clusterdata.store.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.jspecify.annotations.Nullable;

/**
 * A Jena dataset in this process: TDB2 on a directory, or transactional memory. Both allow many
 * readers and one writer at a time, and readers see the data as of the start of their transaction,
 * so queries run while a load runs and never see half of it.
 */
public final class LocalBackend implements Backend {

  private final DatasetGraph dataset;
  private final String description;
  private final Runnable release;

  /**
   * @param release run on close after the dataset is closed: TDB2 gives up its directory
   */
  public LocalBackend(DatasetGraph dataset, String description, Runnable release) {
    this.dataset = dataset;
    this.description = description;
    this.release = release;
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public String changeMark() {
    return Txn.calculateRead(
        dataset,
        () -> {
          Iterator<Quad> found =
              dataset.find(ChangeMark.GRAPH, ChangeMark.GRAPH, ChangeMark.TOKEN, Node.ANY);
          return found.hasNext() ? found.next().getObject().getLiteralLexicalForm() : "";
        });
  }

  /** Moves the change mark, in the write transaction of the change. */
  private void changed() {
    dataset.deleteAny(ChangeMark.GRAPH, Node.ANY, Node.ANY, Node.ANY);
    dataset.add(ChangeMark.GRAPH, ChangeMark.GRAPH, ChangeMark.TOKEN, ChangeMark.next());
  }

  @Override
  public List<Binding> select(Query query) {
    return Txn.calculateRead(
        dataset,
        () -> {
          try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
            // TDB2 rows resolve their terms lazily, and outside the transaction a term that is not
            // in the node cache resolves to nothing: copy every row while the transaction is open.
            List<Binding> rows = new ArrayList<>();
            exec.select()
                .forEachRemaining(
                    row -> {
                      BindingBuilder copy = Binding.builder();
                      row.forEach(copy::add);
                      rows.add(copy.build());
                    });
            return rows;
          }
        });
  }

  @Override
  public @Nullable Graph graph(Node name) {
    return Txn.calculateRead(
        dataset,
        () -> {
          if (!dataset.containsGraph(name)) {
            return null;
          }
          Graph copy = GraphFactory.createDefaultGraph();
          dataset.getGraph(name).find().forEachRemaining(copy::add);
          return copy.isEmpty() ? null : copy;
        });
  }

  @Override
  public boolean put(Node name, Graph graph) {
    return Txn.calculateWrite(
        dataset,
        () -> {
          boolean present = dataset.contains(name, Node.ANY, Node.ANY, Node.ANY);
          replace(name, graph);
          changed();
          return present;
        });
  }

  @Override
  public boolean add(Node name, Graph graph) {
    return Txn.calculateWrite(
        dataset,
        () -> {
          if (dataset.contains(name, Node.ANY, Node.ANY, Node.ANY)) {
            return false;
          }
          replace(name, graph);
          changed();
          return true;
        });
  }

  @Override
  public boolean delete(Node name) {
    return Txn.calculateWrite(
        dataset,
        () -> {
          boolean present = dataset.contains(name, Node.ANY, Node.ANY, Node.ANY);
          dataset.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
          if (present) {
            changed();
          }
          return present;
        });
  }

  private void replace(Node name, Graph graph) {
    dataset.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
    graph
        .find()
        .forEachRemaining(t -> dataset.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
  }

  @Override
  public Batch begin() {
    dataset.begin(TxnType.WRITE);
    return new Batch() {
      @Override
      public void replace(Node name, Graph graph) {
        LocalBackend.this.replace(name, graph);
      }

      @Override
      public void commit() {
        try {
          changed();
          dataset.commit();
        } finally {
          dataset.end();
        }
      }

      @Override
      public void abort() {
        if (dataset.isInTransaction()) {
          dataset.abort();
          dataset.end();
        }
      }
    };
  }

  @Override
  public void close() {
    dataset.close();
    release.run();
  }
}
