package eu.clusterdata.io;

import eu.clusterdata.io.internal.CountingInputStream;
import eu.clusterdata.io.internal.Detection;
import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.CollectionCheck;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.format.ProfileRecord;
import eu.clusterdata.model.format.RecordLocation;
import eu.clusterdata.model.problem.ClusterDataException;
import eu.clusterdata.model.problem.Message;
import eu.clusterdata.model.problem.Problem;
import eu.clusterdata.rdf.ClusterRdf;
import eu.clusterdata.tabular.ClusterTables;
import eu.clusterdata.tabular.TableException;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * The one way in: the profiles of a file or stream in any format of the registry ({@link
 * ProfileFormat}), one {@link ProfileRecord} at a time, each the profile or every problem that kept
 * it from being read, with its location. The format is the one given, or the one the name tells,
 * checked against the content, or else the one the content shows. The command line, the store's
 * bulk loads and the Spring Boot integration all read through it, so an input gets the same verdict
 * at every door.
 *
 * <pre>{@code
 * try (ProfileSource source = ProfileSource.open(Path.of("export.jsonl"))) {
 *   source.forEachRemaining(record -> {
 *     if (!record.isSound()) System.err.println(record.location() + ": " + record.error());
 *   });
 * }
 * }</pre>
 *
 * <p>What it promises at every format:
 *
 * <ul>
 *   <li>A bad record does not stop the good ones; what stops the whole input (broken syntax, a file
 *       that is not UTF-8) is one record for the input as a whole, said once.
 *   <li>The records are checked together ({@link CollectionCheck}): a record that repeats an
 *       earlier one's organisation, or uses an identifier of an earlier record for other content,
 *       carries that as an error finding, so that nothing is silently replaced or merged.
 *   <li>An input that holds no profile at all gives one record for the input as a whole ({@code
 *       read.empty}), never an empty source: nothing is "all well" for an input that held nothing.
 * </ul>
 *
 * <p>JSON and JSON Lines are streamed in constant memory; RDF and tables are read whole. Closing
 * the source closes its input. Not thread-safe.
 */
public final class ProfileSource implements Iterator<ProfileRecord>, Closeable {

  /** The code of the record of an input that held no profile. */
  public static final String EMPTY = "read.empty";

  /** The code of the record of an input that holds more records than the source takes. */
  public static final String TOO_MANY = "read.too-many-records";

  private final String name;
  private final @Nullable ProfileFormat format;
  private final Iterator<ProfileRecord> records;
  private final Closeable input;
  private final @Nullable CountingInputStream counted;
  private final CollectionCheck collection = new CollectionCheck();
  private final long maxRecords;
  private long given;
  private boolean emptySaid;
  private boolean stopped;

  private ProfileSource(
      String name,
      @Nullable ProfileFormat format,
      Iterator<ProfileRecord> records,
      Closeable input,
      @Nullable CountingInputStream counted,
      long maxRecords) {
    this.maxRecords = maxRecords;
    this.name = name;
    this.format = format;
    this.records = records;
    this.input = input;
    this.counted = counted;
  }

  /**
   * Returns a source over a file, its format told by its name (checked against its content) or by
   * its content; a folder is read as CSV files in the tabular layout.
   *
   * @throws UnreadableInputException if there is no such file, or its format cannot be told or
   *     contradicts its name
   */
  public static ProfileSource open(Path file) {
    return builder().file(file).build();
  }

  /** Returns a source of profiles already in memory, numbered from 1. */
  public static ProfileSource of(Iterable<ClusterProfile> profiles) {
    return new ProfileSource(
        "", null, ProfileRecord.numbered(profiles), () -> {}, null, Long.MAX_VALUE);
  }

  /** Returns a builder of a source over a file or a stream. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the input's name as people know it, or empty for profiles in memory. */
  public String name() {
    return name;
  }

  /** Returns the input's format; empty for profiles in memory and a folder of CSV files. */
  public Optional<ProfileFormat> format() {
    return Optional.ofNullable(format);
  }

  /** Returns how many bytes have been read from the input so far, for progress; 0 if unknown. */
  public long bytesRead() {
    return counted == null ? 0 : counted.count();
  }

  /** Returns the remaining records as a stream; closing it does not close the source. */
  public Stream<ProfileRecord> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  @Override
  public boolean hasNext() {
    return !stopped && (records.hasNext() || (given == 0 && !emptySaid));
  }

  @Override
  public ProfileRecord next() {
    if (!records.hasNext()) {
      if (given == 0 && !emptySaid) {
        emptySaid = true;
        return ProfileRecord.unreadable(
            RecordLocation.wholeInput().inSource(name),
            new ClusterDataException(
                EMPTY, List.of(new Problem(EMPTY, "", 0, 0, Message.of(EMPTY))), null));
      }
      throw new NoSuchElementException();
    }
    if (stopped) {
      throw new NoSuchElementException();
    }
    if (given == maxRecords) {
      // One more is there: the input as a whole is refused, and nothing more of it is read.
      stopped = true;
      return ProfileRecord.unreadable(
          RecordLocation.wholeInput().inSource(name),
          new ClusterDataException(
              TOO_MANY,
              List.of(new Problem(TOO_MANY, "", 0, 0, Message.of(TOO_MANY, maxRecords))),
              null));
    }
    ProfileRecord record = Objects.requireNonNull(records.next());
    given++;
    record = record.at(record.location().inSource(name));
    ClusterProfile profile = record.profile();
    if (profile == null) {
      return record;
    }
    return record.withFindings(
        collection.check(profile, record.location().number(), record.location().line()));
  }

  @Override
  public void close() throws IOException {
    input.close();
  }

  /**
   * Builds a {@link ProfileSource}: a file, or a stream with its name, and optionally its format
   * and the readers to use. Not thread-safe.
   */
  public static final class Builder {
    private @Nullable Path file;
    private @Nullable InputStream in;
    private @Nullable String name;
    private @Nullable ProfileFormat format;
    private @Nullable ClusterJson json;
    private @Nullable ClusterRdf rdf;
    private @Nullable ClusterTables tables;
    private long maxRecords = Long.MAX_VALUE;

    private Builder() {}

    /** Reads a file, or a folder of CSV files in the tabular layout. */
    public Builder file(Path file) {
      this.file = Objects.requireNonNull(file, "file");
      this.in = null;
      return this;
    }

    /**
     * Reads a stream, such as standard input or a request body.
     *
     * @param name its name as people know it ({@code <stdin>}, a file name it was uploaded as), for
     *     locations and for telling its format by its extension; {@code null} if it has none
     */
    public Builder input(InputStream in, @Nullable String name) {
      this.in = Objects.requireNonNull(in, "in");
      this.name = name;
      this.file = null;
      return this;
    }

    /**
     * Sets the format, as an option or a media type gives it; checked against the content. {@code
     * null} (the default) tells it from the name and the content.
     */
    public Builder format(@Nullable ProfileFormat format) {
      this.format = format;
      return this;
    }

    /**
     * Sets the reader of JSON and JSON Lines (its limits, unknown fields); the default if unset.
     */
    public Builder json(ClusterJson json) {
      this.json = Objects.requireNonNull(json, "json");
      return this;
    }

    /** Sets the reader of RDF (its input limit, unknown triples); the default if unset. */
    public Builder rdf(ClusterRdf rdf) {
      this.rdf = Objects.requireNonNull(rdf, "rdf");
      return this;
    }

    /**
     * Sets the most records the input may hold (no limit if unset): a record beyond them is not
     * read, and the source ends with one record for the whole input, {@value #TOO_MANY}, so that a
     * door that refuses an input it cannot read whole refuses this one. A guard for a service that
     * reads uploads; JSON is streamed, so reading stops at the limit.
     *
     * @throws IllegalArgumentException if {@code max} is not positive
     */
    public Builder maxRecords(long max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxRecords must be positive: " + max);
      }
      this.maxRecords = max;
      return this;
    }

    /** Sets the reader of tables; the default if unset. */
    public Builder tables(ClusterTables tables) {
      this.tables = Objects.requireNonNull(tables, "tables");
      return this;
    }

    /**
     * Opens the input and tells its format.
     *
     * @throws UnreadableInputException if there is no such file, it cannot be opened, or its format
     *     cannot be told or contradicts its name or the given format
     * @throws IllegalStateException if neither a file nor a stream was given
     */
    public ProfileSource build() {
      requireInput();
      if (file != null && Files.isDirectory(file)) {
        return folder(file, file.toString());
      }
      ProfileInput input = openInput();
      return new ProfileSource(
          input.name(),
          input.format(),
          records(input.stream(), input.format()),
          input,
          input.counted(),
          maxRecords);
    }

    /**
     * Opens the input and tells its format, without reading it: for a reader of the caller's own.
     *
     * @throws UnreadableInputException as {@link #build()} does, and for a folder
     * @throws IllegalStateException if neither a file nor a stream was given
     */
    public ProfileInput openInput() {
      requireInput();
      String shown = file != null ? file.toString() : name == null ? "" : name;
      if (file != null && Files.isDirectory(file)) {
        throw new UnreadableInputException(
            "read.directory", shown, Message.of("read.directory.not-here"));
      }
      InputStream raw;
      try {
        raw = in != null ? in : Files.newInputStream(file);
      } catch (NoSuchFileException e) {
        throw new UnreadableInputException(
            "read.no-such-file", shown, Message.of("read.no-such-file"), e);
      } catch (IOException e) {
        throw new UnreadableInputException(
            "read.io", shown, Message.of("read.io", String.valueOf(e.getMessage())), e);
      }
      CountingInputStream counted = new CountingInputStream(raw);
      BufferedInputStream buffered = new BufferedInputStream(counted, 1 << 16);
      try {
        String fileName = file != null ? file.getFileName().toString() : name;
        return new ProfileInput(
            shown, Detection.detect(fileName, format, buffered), buffered, counted);
      } catch (IOException | RuntimeException e) {
        closeQuietly(buffered);
        if (e instanceof UnreadableInputException unreadable) {
          throw unreadable;
        }
        throw new UnreadableInputException(
            "read.io", shown, Message.of("read.io", String.valueOf(e.getMessage())), e);
      }
    }

    private void requireInput() {
      if (file == null && in == null) {
        throw new IllegalStateException("give a file or a stream to read");
      }
    }

    private Iterator<ProfileRecord> records(InputStream in, ProfileFormat told) {
      if (told == ProfileFormat.JSON || told == ProfileFormat.JSON_LINES) {
        return (json != null ? json : ClusterJson.create()).reader(in, told);
      } else if (told.isTabular()) {
        ClusterTables reader = tables != null ? tables : ClusterTables.create();
        return wholeTables(() -> reader.read(in, told));
      }
      List<ProfileRecord> read = (rdf != null ? rdf : ClusterRdf.create()).records(in, told);
      return read.iterator();
    }

    private ProfileSource folder(Path folder, String shown) {
      boolean hasCsv;
      try (var csv = Files.newDirectoryStream(folder, "*.csv")) {
        hasCsv = csv.iterator().hasNext();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (!hasCsv) {
        throw new UnreadableInputException("read.directory", shown, Message.of("read.directory"));
      }
      ClusterTables reader = tables != null ? tables : ClusterTables.create();
      return new ProfileSource(
          shown, null, wholeTables(() -> reader.read(folder)), () -> {}, null, maxRecords);
    }

    /** Tables are read whole; tables without the layout's structure are one whole-input record. */
    private static Iterator<ProfileRecord> wholeTables(TableRead read) {
      try {
        return read.records().iterator();
      } catch (TableException e) {
        return List.of(ProfileRecord.unreadable(RecordLocation.wholeInput(), e)).iterator();
      }
    }

    private interface TableRead {
      List<ProfileRecord> records();
    }

    private static void closeQuietly(InputStream in) {
      try {
        in.close();
      } catch (IOException ignored) {
        // the first error is the one to report
      }
    }
  }
}
