package eu.clusterdata.model;

import eu.clusterdata.model.constraints.NoBlank;
import eu.clusterdata.model.constraints.ValidLanguageTag;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.value.NutsVersion;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

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
    @NoBlank String sourceSystem,
    List<@Valid Source> sources,
    List<@ValidLanguageTag String> languages,
    NutsVersion nutsVersion) {

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
      String sourceSystem,
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
}
