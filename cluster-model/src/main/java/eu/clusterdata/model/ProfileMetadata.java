package eu.clusterdata.model;

import eu.clusterdata.model.constraints.NoBlank;
import eu.clusterdata.model.constraints.ValidLanguageTag;
import eu.clusterdata.model.internal.Checks;
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
 */
public record ProfileMetadata(
    @NotNull Instant created,
    @NotNull Instant lastModified,
    @NoBlank String sourceSystem,
    List<@Valid Source> sources,
    List<@ValidLanguageTag String> languages) {

  public ProfileMetadata {
    Checks.required(created, "created");
    Checks.required(lastModified, "lastModified");
    sources = Checks.list(sources, "sources");
    languages = Checks.sortedSet(languages, "languages");
  }

  /** Returns metadata for a profile made and last changed at {@code created}. */
  public static ProfileMetadata of(Instant created, List<Source> sources, String... languages) {
    return new ProfileMetadata(created, created, null, sources, List.of(languages));
  }
}
