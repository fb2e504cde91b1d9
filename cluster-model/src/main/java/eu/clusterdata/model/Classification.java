package eu.clusterdata.model;

import eu.clusterdata.model.constraints.NoBlank;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

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
    @NoBlank String version,
    @NoBlank String code,
    @Valid MultilingualText name) {

  public Classification {
    Checks.required(scheme, "scheme");
  }

  /** Returns the value {@code code} of {@code scheme}, without version or name. */
  public static Classification of(Iri scheme, String code) {
    return new Classification(scheme, null, code, null);
  }

  /** Returns a value of {@code scheme} known only by its name. */
  public static Classification named(Iri scheme, MultilingualText name) {
    return new Classification(scheme, null, null, name);
  }
}
