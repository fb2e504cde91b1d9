package eu.clusterdata.json;

import eu.clusterdata.json.internal.Codecs;
import eu.clusterdata.json.internal.JsonDocuments;
import eu.clusterdata.json.internal.JsonIo;
import eu.clusterdata.json.internal.LinesProfileReader;
import eu.clusterdata.json.internal.ReportPaths;
import eu.clusterdata.json.internal.StreamingProfileWriter;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.FormatRequirements;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.format.ProfileWriter;
import eu.clusterdata.model.validation.ProfileValidator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes cluster profiles in the JSON interchange format: single profile documents,
 * collections streamed as a JSON array or as JSON Lines, and single model values. Immutable and
 * thread-safe: build one and share it.
 *
 * <pre>{@code
 * ClusterJson json = ClusterJson.builder().prettyPrint(true).build();
 * String text = json.writeProfile(profile);
 * ClusterProfile back = json.readProfile(text);      // equal to profile
 * ValidatedProfile checked = json.readAndValidate(in); // report with JSON paths
 * }</pre>
 *
 * <p>Broken JSON throws {@link JsonSyntaxException} (with line and column), the wrong shape {@link
 * JsonShapeException} (with every problem's JSON path), a newer format {@link
 * UnsupportedFormatVersionException}. The same profile is always written as the same bytes.
 */
public final class ClusterJson {

  /** The format version this library writes. */
  public static final String FORMAT_VERSION = "1.1";

  /**
   * The format versions this library reads. Version 1.1 only added fields, so a 1.0 document is
   * read by the same rules and gives the profile it always gave.
   */
  public static final Set<String> SUPPORTED_VERSIONS = Set.of("1.0", "1.1");

  /** Where the jar holds the JSON Schema of the current format version. */
  public static final String SCHEMA_RESOURCE = "/eu/clusterdata/json/profile-1.1.schema.json";

  private final JsonIo io;
  private final JsonLimits limits;
  private final @Nullable ProfileValidator validator;
  private final boolean prettyPrint;
  private final boolean publicExport;

  private ClusterJson(Builder builder) {
    this.publicExport = builder.publicExport;
    this.limits = builder.limits;
    this.validator = builder.validator;
    this.prettyPrint = builder.prettyPrint;
    this.io = new JsonIo(limits, builder.unknownFields == UnknownFields.KEEP);
  }

  /** Returns a builder: strict about unknown fields, default limits, compact output. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns an instance with the defaults. */
  public static ClusterJson create() {
    return builder().build();
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of a profile document of {@link #FORMAT_VERSION}, as
   * shipped in this jar under {@value #SCHEMA_RESOURCE}.
   */
  public static String schema() {
    try (InputStream in = ClusterJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads one profile document. */
  public ClusterProfile readProfile(String json) {
    Objects.requireNonNull(json, "json");
    return io.read(json, Codecs.of(ClusterProfile.class));
  }

  /** Reads one profile document from UTF-8 bytes; does not close {@code in}. */
  public ClusterProfile readProfile(InputStream in) {
    Objects.requireNonNull(in, "in");
    return io.read(in, Codecs.of(ClusterProfile.class));
  }

  /** Reads one profile document from a file. */
  public ClusterProfile readProfile(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return readProfile(in);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads one profile document and validates it with this instance's validator (the core rules
   * unless the builder chose another); the report's paths are JSON paths into the document.
   */
  public ValidatedProfile readAndValidate(InputStream in) {
    ClusterProfile profile = readProfile(in);
    return new ValidatedProfile(profile, ReportPaths.toJsonPaths(validator().validate(profile)));
  }

  /** Writes one profile document as a string. */
  public String writeProfile(ClusterProfile profile) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    writeProfile(profile, bytes);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** Writes one profile document as UTF-8 to {@code out}; does not close it. */
  public void writeProfile(ClusterProfile profile, OutputStream out) {
    writeValue(profile, out);
  }

  /** Reads one model value, such as an {@code Actor} or a {@code Label}, from JSON. */
  public <T> T readValue(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    return io.read(json, Codecs.of(type));
  }

  /** Writes one model value as JSON. */
  public String writeValue(Object value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    writeValue(value, bytes);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private void writeValue(Object value, OutputStream out) {
    Objects.requireNonNull(value, "value");
    if (value instanceof ClusterProfile profile) {
      FormatRequirements.require(profile, ProfileFormat.JSON);
    }
    Object written =
        publicExport && value instanceof ClusterProfile profile
            ? profile.withoutPersonalData()
            : value;
    try (var generator = io.generator(out, prettyPrint)) {
      Codecs.untyped(Codecs.of(written.getClass())).write(generator, written);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns a reader of the profiles of {@code in}, one record at a time, in constant memory
   * whatever their number: in {@link ProfileFormat#JSON} one profile document or a JSON array of
   * them (told by the first character), in {@link ProfileFormat#JSON_LINES} one document per line.
   * Records are numbered from 1; what stops the whole input (broken JSON in an array, a file that
   * is not UTF-8) is a last record for the input as a whole. Closing the reader closes {@code in}.
   *
   * @throws IllegalArgumentException if {@code format} is not JSON or JSON Lines
   */
  public ProfileReader reader(InputStream in, ProfileFormat format) {
    Objects.requireNonNull(in, "in");
    return switch (requireJson(format)) {
      case JSON_LINES -> new LinesProfileReader(io, in, limits.maxProfileBytes());
      default -> JsonDocuments.reader(io, in);
    };
  }

  /**
   * Returns a writer of profiles to {@code out}: a JSON array ({@link ProfileFormat#JSON}, indented
   * when this instance pretty-prints) or JSON Lines; closing it completes the collection and closes
   * {@code out}.
   *
   * @throws IllegalArgumentException if {@code format} is not JSON or JSON Lines
   */
  public ProfileWriter writer(OutputStream out, ProfileFormat format) {
    Objects.requireNonNull(out, "out");
    return new StreamingProfileWriter(io, out, requireJson(format), prettyPrint, publicExport);
  }

  private static ProfileFormat requireJson(ProfileFormat format) {
    if (format != ProfileFormat.JSON && format != ProfileFormat.JSON_LINES) {
      throw new IllegalArgumentException(
          "the JSON module reads and writes JSON and JSON Lines, not " + format.title());
    }
    return format;
  }

  /**
   * The validator of this instance. The default is made on first use, since starting Bean
   * Validation takes a moment that readers which never validate should not pay.
   */
  private ProfileValidator validator() {
    return validator != null ? validator : DefaultValidator.CORE;
  }

  private static final class DefaultValidator {
    static final ProfileValidator CORE = ProfileValidator.core();
  }

  /** Builds a {@link ClusterJson}; not thread-safe. */
  public static final class Builder {
    private UnknownFields unknownFields = UnknownFields.REJECT;
    private JsonLimits limits = JsonLimits.DEFAULTS;
    private @Nullable ProfileValidator validator;
    private boolean prettyPrint;
    private boolean publicExport;

    private Builder() {}

    /** Sets what readers do with fields the format does not define (default: reject). */
    public Builder unknownFields(UnknownFields unknownFields) {
      this.unknownFields = Objects.requireNonNull(unknownFields, "unknownFields");
      return this;
    }

    /** Sets the limits that guard readers against hostile input. */
    public Builder limits(JsonLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** Sets the validator of {@link #readAndValidate} (default: core rules). */
    public Builder validator(ProfileValidator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /** Indents documents, values and JSON arrays (JSON Lines stays one record per line). */
    public Builder prettyPrint(boolean prettyPrint) {
      this.prettyPrint = prettyPrint;
      return this;
    }

    /**
     * Writes profiles as they may be published: without contacts that are personal data of natural
     * persons ({@code ClusterProfile.withoutPersonalData()}). Off by default; reading is not
     * affected.
     */
    public Builder publicExport(boolean publicExport) {
      this.publicExport = publicExport;
      return this;
    }

    public ClusterJson build() {
      return new ClusterJson(this);
    }
  }
}
