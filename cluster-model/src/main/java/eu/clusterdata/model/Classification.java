package eu.clusterdata.model;

import eu.clusterdata.model.constraints.NoBlank;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A value of a classification scheme that is not one of the model's own lists: a sector of ESCA's
 * portfolio, a smart-specialisation priority of a region, a technology of a national taxonomy. The
 * scheme is named by an IRI and, where the scheme has versions, the version; the value by its code,
 * its name or both, so that free-text names ("Additive Manufacturing") are held alongside codes.
 * The validator reports a classification with neither. Immutable and thread-safe.
 *
 * @param scheme the scheme's IRI
 * @param version the scheme's version, or {@code null}
 * @param code the value's code in the scheme, or {@code null}
 * @param name the value's name, or {@code null}
 */
public record Classification(
    @NotNull @Valid Iri scheme,
    @NoBlank @Nullable String version,
    @NoBlank @Nullable String code,
    @Valid @Nullable MultilingualText name) {

  public Classification {
    Checks.required(scheme, "scheme");
  }

  /** Returns the value {@code code} of {@code scheme}, without version or name. */
  public static Classification of(Iri scheme, @Nullable String code) {
    return new Classification(scheme, null, code, null);
  }

  /** Returns a value of {@code scheme} known only by its name. */
  public static Classification named(Iri scheme, @Nullable MultilingualText name) {
    return new Classification(scheme, null, null, name);
  }

  /**
   * Returns a builder of a {@code Classification} with its {@code scheme}; every other component
   * starts empty.
   */
  public static Builder builder(Iri scheme) {
    return new Builder(scheme);
  }

  /** Returns a builder that starts from this {@code Classification}. */
  public Builder toBuilder() {
    Builder builder = new Builder(scheme);
    builder.version = version;
    builder.code = code;
    builder.name = name;
    return builder;
  }

  /** Builds {@code Classification} values one component at a time. Not thread-safe. */
  public static final class Builder {
    private final Iri scheme;
    private @Nullable String version;
    private @Nullable String code;
    private @Nullable MultilingualText name;

    private Builder(Iri scheme) {
      this.scheme = scheme;
    }

    /** The scheme's version, or {@code null}. */
    public Builder version(@Nullable String version) {
      this.version = version;
      return this;
    }

    /** The value's code in the scheme, or {@code null}. */
    public Builder code(@Nullable String code) {
      this.code = code;
      return this;
    }

    /** The value's name, or {@code null}. */
    public Builder name(@Nullable MultilingualText name) {
      this.name = name;
      return this;
    }

    /**
     * Returns the {@code Classification}.
     *
     * @throws NullPointerException if a required component is missing
     * @throws eu.clusterdata.model.problem.InvalidValueException if a value can never be valid
     */
    public Classification build() {
      return new Classification(scheme, version, code, name);
    }
  }
}
