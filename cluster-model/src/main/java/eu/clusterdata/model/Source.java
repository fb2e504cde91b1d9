package eu.clusterdata.model;

import eu.clusterdata.model.codes.SourceType;
import eu.clusterdata.model.constraints.NoBlank;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.value.Iri;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A source a profile's data comes from: a document, a web page or another system. Immutable and
 * thread-safe.
 *
 * @param type what kind of source it is
 * @param title its title or name
 * @param url where it is, or {@code null}
 * @param retrieved the day it was read, or {@code null}
 */
public record Source(
    @NotNull SourceType type,
    @NotNull @NoBlank String title,
    @Valid @Nullable Iri url,
    @Nullable LocalDate retrieved) {

  public Source {
    Checks.required(type, "type");
    Checks.required(title, "title");
  }

  /** Returns a published document at {@code url}. */
  public static Source document(String title, @Nullable Iri url) {
    return new Source(SourceType.DOCUMENT, title, url, null);
  }

  /** Returns another information system. */
  public static Source system(String name) {
    return new Source(SourceType.SYSTEM, name, null, null);
  }

  /**
   * Returns a builder of a {@code Source} with its {@code type}, {@code title}; every other
   * component starts empty.
   */
  public static Builder builder(SourceType type, String title) {
    return new Builder(type, title);
  }

  /** Returns a builder that starts from this {@code Source}. */
  public Builder toBuilder() {
    Builder builder = new Builder(type, title);
    builder.url = url;
    builder.retrieved = retrieved;
    return builder;
  }

  /** Builds {@code Source} values one component at a time. Not thread-safe. */
  public static final class Builder {
    private final SourceType type;
    private final String title;
    private @Nullable Iri url;
    private @Nullable LocalDate retrieved;

    private Builder(SourceType type, String title) {
      this.type = type;
      this.title = title;
    }

    /** Where it is, or {@code null}. */
    public Builder url(@Nullable Iri url) {
      this.url = url;
      return this;
    }

    /** The day it was read, or {@code null}. */
    public Builder retrieved(@Nullable LocalDate retrieved) {
      this.retrieved = retrieved;
      return this;
    }

    /**
     * Returns the {@code Source}.
     *
     * @throws NullPointerException if a required component is missing
     * @throws eu.clusterdata.model.problem.InvalidValueException if a value can never be valid
     */
    public Source build() {
      return new Source(type, title, url, retrieved);
    }
  }
}
