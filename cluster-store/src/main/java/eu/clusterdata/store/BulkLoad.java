package eu.clusterdata.store;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.CollectionCheck;
import eu.clusterdata.model.format.FormatRequirements;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.format.ProfileRecord;
import eu.clusterdata.model.validation.Finding;
import eu.clusterdata.model.validation.IntegrityPolicy;
import eu.clusterdata.store.internal.Backend;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * A bulk load into a {@link ProfileStore}: set how bad records are handled, then run it on records
 * (a {@code ProfileSource} of the {@code cluster-io} module is one) or on profiles. Each profile
 * replaces the stored one with the same identifier.
 *
 * <pre>{@code
 * try (ProfileSource source = ProfileSource.open(Path.of("export.jsonl"))) {
 *   LoadReport report = store.bulkLoad().mode(LoadMode.SKIP_BAD).from(source);
 *   report.refused().forEach(r -> System.err.println(r.location() + ": " + r.reasons()));
 * }
 * }</pre>
 *
 * <p>A record is bad if it could not be read, if reading found an error in it, if it repeats or
 * contradicts an earlier record of the load ({@link CollectionCheck}), or if the {@link
 * IntegrityPolicy} refuses its profile (the core rules by default). By default the load is
 * {@linkplain LoadMode#ATOMIC atomic}.
 */
public final class BulkLoad {

  /** The default number of profiles written together in {@link LoadMode#SKIP_BAD} mode. */
  public static final int DEFAULT_BATCH_SIZE = 500;

  private final Backend backend;
  private final Function<ClusterProfile, Graph> toGraph;
  private LoadMode mode = LoadMode.ATOMIC;
  private IntegrityPolicy policy = IntegrityPolicy.standard();
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

  /**
   * Sets what a profile must pass to be stored: {@link IntegrityPolicy#standard()} (the core rules)
   * by default; {@link IntegrityPolicy#unchecked()} is the explicit opt-out of the rules.
   */
  public BulkLoad policy(IntegrityPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
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
   * Stores profiles, numbered from 1 in the order given.
   *
   * @see #from(Iterator)
   */
  public LoadReport from(Iterable<ClusterProfile> profiles) {
    return from(ProfileRecord.numbered(profiles));
  }

  /**
   * Reads every record and stores the good ones. The records are read to their end; a source is not
   * closed.
   *
   * @return what was stored and what was not
   * @throws LoadException in {@link LoadMode#ATOMIC} mode when any record is bad; nothing was
   *     stored
   * @throws ProfileStoreException in {@link LoadMode#ATOMIC} mode when the store fails; nothing was
   *     stored
   */
  public LoadReport from(Iterator<ProfileRecord> records) {
    Objects.requireNonNull(records, "records");
    CollectionCheck collection = new CollectionCheck();
    Iterator<ProfileRecord> checked =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return records.hasNext();
          }

          @Override
          public ProfileRecord next() {
            return check(collection.check(records.next()));
          }
        };
    return mode == LoadMode.ATOMIC ? atomic(checked) : skipBad(checked);
  }

  private LoadReport atomic(Iterator<ProfileRecord> records) {
    List<ProfileRecord> refused = new ArrayList<>();
    long read = 0;
    long stored = 0;
    Backend.Batch batch = backend.begin();
    try {
      while (records.hasNext()) {
        ProfileRecord record = records.next();
        read++;
        if (!record.isSound()) {
          refused.add(record); // keep reading: the report names every bad record
        } else if (refused.isEmpty()) {
          batch.replace(graphName(record.requireProfile()), graph(record));
          stored++;
        }
        progress.accept(read);
      }
      if (refused.isEmpty()) {
        batch.commit();
        return new LoadReport(read, stored, refused);
      }
    } catch (RuntimeException e) {
      batch.abort();
      throw e instanceof ProfileStoreException store
          ? store
          : new ProfileStoreException(
              "the load into " + backend.describe() + " failed; nothing was stored: " + e, e);
    }
    batch.abort();
    throw new LoadException(new LoadReport(read, 0, refused));
  }

  private LoadReport skipBad(Iterator<ProfileRecord> records) {
    List<ProfileRecord> refused = new ArrayList<>();
    List<ProfileRecord> pending = new ArrayList<>(batchSize);
    long read = 0;
    long stored = 0;
    while (records.hasNext()) {
      ProfileRecord record = records.next();
      read++;
      if (!record.isSound()) {
        refused.add(record);
      } else {
        pending.add(record);
        if (pending.size() == batchSize) {
          stored += flush(pending, refused);
        }
      }
      progress.accept(read);
    }
    stored += flush(pending, refused);
    refused.sort(Comparator.comparingLong(r -> r.location().number()));
    return new LoadReport(read, stored, refused);
  }

  /** Writes a batch; if it fails, reports every record in it. Returns the number stored. */
  private int flush(List<ProfileRecord> pending, List<ProfileRecord> refused) {
    if (pending.isEmpty()) {
      return 0;
    }
    int size = pending.size();
    Backend.Batch batch = null;
    try {
      batch = backend.begin();
      for (ProfileRecord record : pending) {
        batch.replace(graphName(record.requireProfile()), graph(record));
      }
      batch.commit();
      return size;
    } catch (RuntimeException e) {
      if (batch != null) {
        batch.abort();
      }
      for (ProfileRecord record : pending) {
        refused.add(
            ProfileRecord.unreadable(
                record.location(), new ProfileStoreException("not stored: " + e.getMessage(), e)));
      }
      return 0;
    } finally {
      pending.clear();
    }
  }

  /**
   * The record with the errors that refuse its profile: the policy's, and what any RDF graph needs
   * (which no policy turns off). Unread records as they are.
   */
  private ProfileRecord check(ProfileRecord record) {
    ClusterProfile profile = record.profile();
    if (profile == null) {
      return record;
    }
    List<Finding> errors = new ArrayList<>(policy.errors(profile));
    for (Finding needed : FormatRequirements.check(profile, ProfileFormat.N_QUADS)) {
      if (!errors.contains(needed)) {
        errors.add(needed);
      }
    }
    return errors.isEmpty() ? record : record.withFindings(errors);
  }

  private Graph graph(ProfileRecord record) {
    return toGraph.apply(record.requireProfile());
  }

  static Node graphName(ClusterProfile profile) {
    return NodeFactory.createURI(profile.organisation().id().value());
  }
}
