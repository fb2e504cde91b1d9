package eu.clusterdata.store;

import eu.clusterdata.io.ProfileSource;
import eu.clusterdata.io.SourceRecord;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.validation.Finding;
import eu.clusterdata.model.validation.ProfileValidator;
import eu.clusterdata.model.validation.Severity;
import eu.clusterdata.store.internal.Backend;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * A bulk load into a {@link ProfileStore}: set how bad records are handled, then run it on a {@link
 * ProfileSource}. Each profile replaces the stored one with the same identifier.
 *
 * <pre>{@code
 * try (ProfileSource source = ProfileSource.open(Path.of("export.jsonl"))) {
 *   LoadReport report = store.bulkLoad().mode(LoadMode.SKIP_BAD).from(source);
 *   report.problems().forEach(System.err::println);
 * }
 * }</pre>
 *
 * <p>A record is bad if it could not be read or if the validator finds errors in it (warnings do
 * not count). By default the load is {@linkplain LoadMode#ATOMIC atomic} and validates with the
 * core rules.
 */
public final class BulkLoad {

  /** The default number of profiles written together in {@link LoadMode#SKIP_BAD} mode. */
  public static final int DEFAULT_BATCH_SIZE = 500;

  private static final int FINDINGS_IN_MESSAGE = 3;

  private final Backend backend;
  private final Function<ClusterProfile, Graph> toGraph;
  private LoadMode mode = LoadMode.ATOMIC;
  private ProfileValidator validator = ProfileValidator.core();
  private int batchSize = DEFAULT_BATCH_SIZE;
  private LongConsumer progress = done -> {};

  BulkLoad(Backend backend, Function<ClusterProfile, Graph> toGraph) {
    this.backend = backend;
    this.toGraph = toGraph;
  }

  /** All or nothing ({@link LoadMode#ATOMIC}, the default), or skip bad records. */
  public BulkLoad mode(LoadMode mode) {
    this.mode = Objects.requireNonNull(mode, "mode");
    return this;
  }

  /** The validator that decides which records are bad, or {@code null} to store without checks. */
  public BulkLoad validator(ProfileValidator validator) {
    this.validator = validator;
    return this;
  }

  /** How many profiles {@link LoadMode#SKIP_BAD} writes together; a failed batch is reported. */
  public BulkLoad batchSize(int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
    }
    this.batchSize = batchSize;
    return this;
  }

  /** Called with the number of records read so far, after each record. */
  public BulkLoad progress(LongConsumer progress) {
    this.progress = Objects.requireNonNull(progress, "progress");
    return this;
  }

  /**
   * Reads every record of {@code source} and stores the good ones. The source is read to its end
   * but not closed.
   *
   * @return what was stored and what was not
   * @throws LoadException in {@link LoadMode#ATOMIC} mode when any record is bad; nothing was
   *     stored
   * @throws ProfileStoreException in {@link LoadMode#ATOMIC} mode when the store fails; nothing was
   *     stored
   */
  public LoadReport from(ProfileSource source) {
    Objects.requireNonNull(source, "source");
    return mode == LoadMode.ATOMIC ? atomic(source) : skipBad(source);
  }

  private LoadReport atomic(ProfileSource source) {
    List<LoadProblem> problems = new ArrayList<>();
    long read = 0;
    long stored = 0;
    Backend.Batch batch = backend.begin();
    try {
      while (source.hasNext()) {
        SourceRecord record = source.next();
        read++;
        LoadProblem problem = check(record);
        if (problem != null) {
          problems.add(problem); // keep reading: the report names every bad record
        } else if (problems.isEmpty()) {
          batch.replace(graphName(record.profile()), toGraph.apply(record.profile()));
          stored++;
        }
        progress.accept(read);
      }
      if (problems.isEmpty()) {
        batch.commit();
        return new LoadReport(read, stored, problems);
      }
    } catch (RuntimeException e) {
      batch.abort();
      throw e instanceof ProfileStoreException store
          ? store
          : new ProfileStoreException(
              "the load into " + backend.describe() + " failed; nothing was stored: " + e, e);
    }
    batch.abort();
    throw new LoadException(new LoadReport(read, 0, problems));
  }

  private LoadReport skipBad(ProfileSource source) {
    List<LoadProblem> problems = new ArrayList<>();
    List<SourceRecord> pending = new ArrayList<>(batchSize);
    long read = 0;
    long stored = 0;
    while (source.hasNext()) {
      SourceRecord record = source.next();
      read++;
      LoadProblem problem = check(record);
      if (problem != null) {
        problems.add(problem);
      } else {
        pending.add(record);
        if (pending.size() == batchSize) {
          stored += flush(pending, problems);
        }
      }
      progress.accept(read);
    }
    stored += flush(pending, problems);
    problems.sort(java.util.Comparator.comparingLong(LoadProblem::index));
    return new LoadReport(read, stored, problems);
  }

  /** Writes a batch; if it fails, reports every record in it. Returns the number stored. */
  private int flush(List<SourceRecord> pending, List<LoadProblem> problems) {
    if (pending.isEmpty()) {
      return 0;
    }
    int size = pending.size();
    Backend.Batch batch = null;
    try {
      batch = backend.begin();
      for (SourceRecord record : pending) {
        batch.replace(graphName(record.profile()), toGraph.apply(record.profile()));
      }
      batch.commit();
      return size;
    } catch (RuntimeException e) {
      if (batch != null) {
        batch.abort();
      }
      for (SourceRecord record : pending) {
        problems.add(
            new LoadProblem(record.index(), record.line(), "not stored: " + e.getMessage()));
      }
      return 0;
    } finally {
      pending.clear();
    }
  }

  private LoadProblem check(SourceRecord record) {
    if (record.profile() == null) {
      return new LoadProblem(record.index(), record.line(), record.problem());
    }
    // What reading found (a repeated identifier) blocks the record even without a validator.
    List<Finding> errors = new ArrayList<>();
    record.findings().stream().filter(f -> f.severity() == Severity.ERROR).forEach(errors::add);
    if (validator != null) {
      errors.addAll(validator.validate(record.profile()).errors());
    }
    if (errors.isEmpty()) {
      return null;
    }
    String shown =
        errors.stream()
            .limit(FINDINGS_IN_MESSAGE)
            .map(f -> f.rule().code() + " at " + f.path() + ": " + f.message())
            .collect(Collectors.joining("; "));
    String more =
        errors.size() > FINDINGS_IN_MESSAGE
            ? "; and " + (errors.size() - FINDINGS_IN_MESSAGE) + " more"
            : "";
    return new LoadProblem(
        record.index(),
        record.line(),
        record.profile().organisation().id().value()
            + " is not valid ("
            + errors.size()
            + (errors.size() == 1 ? " error): " : " errors): ")
            + shown
            + more);
  }

  static Node graphName(ClusterProfile profile) {
    return NodeFactory.createURI(profile.organisation().id().value());
  }
}
