package eu.clusterdata.model;

import eu.clusterdata.model.constraints.NoBlank;
import eu.clusterdata.model.constraints.ValidLanguageTag;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.value.NutsVersion;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a profile comes from and when: its sources, the system that produced it, when it was
 * created and last modified, and the languages its texts are written in. Immutable and thread-safe.
 *
 * <p>The interchange formats' version is not part of the model: it belongs to a serialised
 * document, so that a profile read from an older format and written in the current one is still the
 * same profile.
 *
 * @param created when the profile was first made
 * @param lastModified when it last changed
 * @param sourceSystem the system that produced it, or {@code null}
 * @param sources the documents, pages and systems its data comes from
 * @param languages the languages of its texts (BCP 47), sorted
 * @param nutsVersion the NUTS version its region codes follow, or {@code null} for {@link
 *     NutsVersion#DEFAULT}
 */
public record ProfileMetadata(
    @NotNull Instant created,
    @NotNull Instant lastModified,
    @NoBlank @Nullable String sourceSystem,
    List<@Valid Source> sources,
    List<@ValidLanguageTag String> languages,
    @Nullable NutsVersion nutsVersion) {

  public ProfileMetadata {
    Checks.required(created, "created");
    Checks.required(lastModified, "lastModified");
    sources = Checks.list(sources, "sources");
    languages = Checks.languageTags(languages, "languages");
  }

  /** Returns metadata whose region codes follow the default NUTS version. */
  public ProfileMetadata(
      Instant created,
      Instant lastModified,
      @Nullable String sourceSystem,
      List<Source> sources,
      List<String> languages) {
    this(created, lastModified, sourceSystem, sources, languages, null);
  }

  /** Returns a copy whose region codes follow {@code version}. */
  public ProfileMetadata withNutsVersion(NutsVersion version) {
    return new ProfileMetadata(created, lastModified, sourceSystem, sources, languages, version);
  }

  /** Returns metadata for a profile made and last changed at {@code created}. */
  public static ProfileMetadata of(Instant created, List<Source> sources, String... languages) {
    return new ProfileMetadata(created, created, null, sources, List.of(languages));
  }

  /**
   * Returns a builder of a {@code ProfileMetadata} with its {@code created}; every other component
   * starts empty or at its default.
   */
  public static Builder builder(Instant created) {
    return new Builder(created);
  }

  /** Returns a builder that starts from this {@code ProfileMetadata}. */
  public Builder toBuilder() {
    Builder builder = new Builder(created);
    builder.lastModified = lastModified;
    builder.sourceSystem = sourceSystem;
    builder.sources = sources;
    builder.languages = languages;
    builder.nutsVersion = nutsVersion;
    return builder;
  }

  /** Builds {@code ProfileMetadata} values one component at a time. Not thread-safe. */
  public static final class Builder {
    private final Instant created;
    private Instant lastModified;
    private @Nullable String sourceSystem;
    private List<Source> sources = List.of();
    private List<String> languages = List.of();
    private @Nullable NutsVersion nutsVersion;

    private Builder(Instant created) {
      this.created = created;
      this.lastModified = created;
    }

    /** When it last changed. */
    public Builder lastModified(Instant lastModified) {
      this.lastModified = lastModified;
      return this;
    }

    /** The system that produced it, or {@code null}. */
    public Builder sourceSystem(@Nullable String sourceSystem) {
      this.sourceSystem = sourceSystem;
      return this;
    }

    /** The documents, pages and systems its data comes from. */
    public Builder sources(List<Source> sources) {
      this.sources = sources;
      return this;
    }

    /** The same, given one by one. */
    public Builder sources(Source... sources) {
      this.sources = Arrays.asList(sources);
      return this;
    }

    /** The languages of its texts (BCP 47), sorted. */
    public Builder languages(List<String> languages) {
      this.languages = languages;
      return this;
    }

    /** The same, given one by one. */
    public Builder languages(String... languages) {
      this.languages = Arrays.asList(languages);
      return this;
    }

    /**
     * The NUTS version its region codes follow, or {@code null} for {@link NutsVersion#DEFAULT}.
     */
    public Builder nutsVersion(@Nullable NutsVersion nutsVersion) {
      this.nutsVersion = nutsVersion;
      return this;
    }

    /**
     * Returns the {@code ProfileMetadata}.
     *
     * @throws NullPointerException if a required component is missing
     * @throws eu.clusterdata.model.problem.InvalidValueException if a value can never be valid
     */
    public ProfileMetadata build() {
      return new ProfileMetadata(
          created, lastModified, sourceSystem, sources, languages, nutsVersion);
    }
  }
}
