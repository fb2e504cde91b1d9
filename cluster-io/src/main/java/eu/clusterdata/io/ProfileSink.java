package eu.clusterdata.io;

import eu.clusterdata.io.internal.FormatWriter;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.CollectionCheck;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.format.ProfileRecord;
import eu.clusterdata.model.format.RecordLocation;
import eu.clusterdata.model.internal.Unclosable;
import eu.clusterdata.model.validation.Finding;
import eu.clusterdata.model.validation.IntegrityPolicy;
import eu.clusterdata.model.validation.InvalidProfileException;
import eu.clusterdata.model.validation.Severity;
import eu.clusterdata.tabular.ClusterTables;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The one way out: writes profiles to a file or a stream in any format of the registry ({@link
 * ProfileFormat}), following the {@link IntegrityPolicy}. Each profile is checked before it is
 * taken: by the policy's rules (the core rules by default), against the profiles before it (a
 * repeated organisation, an identifier used for other content), and for what the format needs. The
 * output appears whole or not at all: nothing reaches the target before {@link #finish()}, which
 * writes it only when there is something to write and, unless bad records may be skipped, nothing
 * was refused. A file is moved into place atomically (an interruption leaves the target as it was);
 * a stream gets its bytes at {@code finish()}.
 *
 * <pre>{@code
 * try (ProfileSink sink = ProfileSink.toFile(Path.of("export.ttl")).build()) {
 *   profiles.forEach(sink::write);
 *   WriteReport report = sink.finish();   // WriteRefusedException if any profile was refused
 * }
 * }</pre>
 *
 * <p>Closing a sink that was not finished discards what was written. Not thread-safe.
 */
public final class ProfileSink implements AutoCloseable {

  private final @Nullable Path file;
  private final @Nullable OutputStream stream;
  private final ProfileFormat format;
  private final boolean replaceExisting;
  private final IntegrityPolicy policy;
  private final boolean skipBad;
  private final boolean oneProfile;
  private final Path spool;
  private final OutputStream spooled;
  private final FormatWriter writer;
  private final CollectionCheck collection = new CollectionCheck();
  private final List<ProfileRecord> refused = new ArrayList<>();
  private long offered;
  private long written;
  private boolean done;

  private ProfileSink(Builder builder) throws IOException {
    this.file = builder.file;
    this.stream = builder.stream;
    this.format = builder.format();
    this.replaceExisting = builder.replaceExisting;
    this.policy = builder.policy;
    this.skipBad = builder.skipBad;
    if (file != null && !replaceExisting && Files.exists(file)) {
      throw new FileAlreadyExistsException(
          file.toString(), null, "exists, and is replaced only when asked");
    }
    // Everything goes to a file of its own first, so that the target sees nothing until finish().
    Path directory = file == null ? null : file.toAbsolutePath().getParent();
    this.spool =
        AtomicFile.spool(directory, file == null ? "output" : file.getFileName().toString());
    this.spooled = new BufferedOutputStream(Files.newOutputStream(spool), 1 << 16);
    this.writer =
        FormatWriter.of(
            format,
            Unclosable.of(spooled),
            builder.publicExport,
            ClusterTables.builder()
                .publicExport(builder.publicExport)
                .csvSeparator(builder.csvSeparator)
                .titles(builder.tableTitles)
                .everySheet(builder.everySheet)
                .build(),
            builder.oneProfile);
    this.oneProfile = builder.oneProfile;
  }

  /** Returns a builder of a sink that writes {@code file}, its format told by its name. */
  public static Builder toFile(Path file) {
    return new Builder(Objects.requireNonNull(file, "file"), null);
  }

  /**
   * Returns a builder of a sink that writes {@code out} in {@code format}; {@code out} is not
   * closed.
   */
  public static Builder toStream(OutputStream out, ProfileFormat format) {
    return new Builder(null, Objects.requireNonNull(out, "out"))
        .format(Objects.requireNonNull(format, "format"));
  }

  /** Returns the format written. */
  public ProfileFormat format() {
    return format;
  }

  /**
   * Takes a profile if the policy, the profiles before it and the format allow it; otherwise
   * refuses it and keeps why, for the report.
   *
   * @return whether the profile was taken
   */
  public boolean write(ClusterProfile profile) {
    Objects.requireNonNull(profile, "profile");
    return write(ProfileRecord.read(RecordLocation.record(offered + 1, 0), profile));
  }

  /**
   * Takes the profile of a record if the record was read without errors and the policy, the
   * profiles before it and the format allow it; otherwise refuses the record and keeps why.
   *
   * @return whether the record's profile was taken
   */
  public boolean write(ProfileRecord record) {
    Objects.requireNonNull(record, "record");
    if (done) {
      throw new IllegalStateException("the sink is finished");
    } else if (oneProfile && offered == 1) {
      throw new IllegalStateException("the sink writes one profile, and has one");
    }
    offered++;
    ClusterProfile profile = record.profile();
    if (profile == null) {
      refused.add(record);
      return false;
    }
    List<Finding> errors = new ArrayList<>();
    record.findings().stream().filter(f -> f.severity() == Severity.ERROR).forEach(errors::add);
    errors.addAll(policy.errors(profile));
    errors.addAll(
        collection.check(profile, record.location().number(), record.location().line()).stream()
            .filter(f -> f.severity() == Severity.ERROR)
            .toList());
    if (!errors.isEmpty()) {
      refused.add(new ProfileRecord(record.location(), profile, null, errors));
      return false;
    }
    try {
      writer.write(profile);
    } catch (InvalidProfileException e) {
      // What the format cannot carry so that its reader reads it back.
      refused.add(new ProfileRecord(record.location(), profile, null, e.findings()));
      return false;
    }
    written++;
    return true;
  }

  /**
   * Completes the output and puts it in place: moves the file into place, or sends the bytes to the
   * stream.
   *
   * @return how many records were offered, written and refused
   * @throws WriteRefusedException if a record was refused and bad records may not be skipped, or
   *     there was nothing to write: nothing was written
   * @throws UncheckedIOException if the output cannot be written, or the file appeared while it was
   *     written and may not be replaced ({@link FileAlreadyExistsException})
   */
  public WriteReport finish() {
    if (done) {
      throw new IllegalStateException("the sink is finished");
    }
    done = true;
    WriteReport report = new WriteReport(offered, written, refused);
    try {
      if (!refused.isEmpty() && !skipBad) {
        throw new WriteRefusedException("write.refused", report);
      } else if (written == 0) {
        throw new WriteRefusedException("write.empty", report);
      }
      writer.finish();
      spooled.close();
      if (file != null) {
        AtomicFile.moveIntoPlace(spool, file, replaceExisting);
      } else {
        OutputStream target = Objects.requireNonNull(stream, "a sink writes to a file or a stream");
        try (InputStream in = Files.newInputStream(spool)) {
          in.transferTo(target);
        }
        target.flush();
      }
      return report;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      discard();
    }
  }

  /** Discards what was written unless {@link #finish()} put it in place. */
  @Override
  public void close() {
    done = true;
    discard();
  }

  private void discard() {
    try {
      spooled.close();
    } catch (IOException ignored) {
      // the spool is removed either way
    }
    AtomicFile.remove(spool);
  }

  /** Builds a {@link ProfileSink}; not thread-safe. */
  public static final class Builder {
    private final @Nullable Path file;
    private final @Nullable OutputStream stream;
    private @Nullable ProfileFormat format;
    private boolean replaceExisting;
    private IntegrityPolicy policy = IntegrityPolicy.standard();
    private boolean skipBad;
    private boolean publicExport;
    private char csvSeparator = ',';
    private @Nullable Locale tableTitles;
    private boolean everySheet;
    private boolean oneProfile;

    private Builder(@Nullable Path file, @Nullable OutputStream stream) {
      this.file = file;
      this.stream = stream;
    }

    /** Sets the format; a file's is told by its name when not set. */
    public Builder format(ProfileFormat format) {
      this.format = Objects.requireNonNull(format, "format");
      return this;
    }

    /** Lets the sink replace an existing file (off by default: an existing file is an error). */
    public Builder replaceExisting(boolean replaceExisting) {
      this.replaceExisting = replaceExisting;
      return this;
    }

    /**
     * Sets what a profile must pass to be written ({@link IntegrityPolicy#standard()}, the core
     * rules, by default); {@link IntegrityPolicy#unchecked()} is the explicit opt-out of the rules.
     */
    public Builder policy(IntegrityPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Writes the profiles that pass and reports the others, instead of writing nothing when one is
     * refused (the default).
     */
    public Builder skipBad(boolean skipBad) {
      this.skipBad = skipBad;
      return this;
    }

    /**
     * Writes profiles as they may be published: without contacts that are personal data of natural
     * persons ({@code ClusterProfile.withoutPersonalData()}).
     */
    public Builder publicExport(boolean publicExport) {
      this.publicExport = publicExport;
      return this;
    }

    /** Separates the cells of CSV files (one, or in a zip) by {@code separator}: ',' by default. */
    public Builder csvSeparator(char separator) {
      this.csvSeparator = separator;
      return this;
    }

    /**
     * Writes tables (a workbook, CSV files) with the sheets' and columns' titles for people in
     * {@code language}, English or German, rather than the layout's names and field paths ({@code
     * null}, the default); see {@code ClusterTables.Builder.titles}.
     */
    public Builder tableTitles(@Nullable Locale language) {
      this.tableTitles = language;
      return this;
    }

    /**
     * Writes every sheet of the tabular layout, even those the profiles leave empty, as a template;
     * by default only the clusters sheet and the sheets the profiles use.
     */
    public Builder everySheet(boolean everySheet) {
      this.everySheet = everySheet;
      return this;
    }

    /**
     * Makes the output one profile, such as a response body: in JSON one profile document rather
     * than an array of them; offering a second profile is an error. Off by default.
     */
    public Builder oneProfile(boolean oneProfile) {
      this.oneProfile = oneProfile;
      return this;
    }

    private ProfileFormat format() {
      if (format != null) {
        return format;
      }
      Path named = Objects.requireNonNull(file, "a stream is given with its format");
      String name = named.getFileName() == null ? "" : named.getFileName().toString();
      return ProfileFormat.forFileName(name)
          .orElseThrow(
              () ->
                  new IllegalArgumentException(
                      file
                          + ": cannot tell the format from the name; name the file with one of"
                          + " the extensions "
                          + ProfileFormat.shortNames()
                          + " or give the format"));
    }

    /**
     * Opens the sink.
     *
     * @throws UncheckedIOException if the spool cannot be made, or the file exists and may not be
     *     replaced ({@link FileAlreadyExistsException})
     * @throws IllegalArgumentException if the format of a file cannot be told from its name
     */
    public ProfileSink build() {
      try {
        return new ProfileSink(this);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
