package eu.clusterdata.model.value;

import eu.clusterdata.model.constraints.ValidIri;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.internal.Syntax;
import eu.clusterdata.model.problem.InvalidValueException;
import jakarta.validation.constraints.NotNull;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A stable identifier: an absolute IRI chosen by the owner of the data, or built from a registered
 * namespace and a local identifier with {@link #of(String, String)}.
 *
 * <p>The library never invents identifiers (no hashes, no counters): whoever creates a record names
 * it. The text must be an absolute {@code http}, {@code https} or {@code urn} IRI that every
 * interchange format can carry; anything else is refused when the identifier is made, and readers
 * report it as a problem at its location. Immutable and thread-safe.
 *
 * @param value the IRI as text, for example {@code https://clusterdata.eu/data/nrw/bio-nrw}
 */
@ValidIri
public record Iri(@NotNull String value) implements Comparable<Iri> {

  /**
   * @throws InvalidValueException if {@code value} is not an absolute http, https or urn IRI
   */
  public Iri {
    Objects.requireNonNull(value, "value");
    Checks.valid(Syntax.isAbsoluteIri(value), "core.iri", value);
  }

  /**
   * Returns the identifier for the given IRI text.
   *
   * @throws InvalidValueException if {@code value} is not an absolute http, https or urn IRI
   */
  public static Iri of(String value) {
    return new Iri(value);
  }

  /**
   * Returns the identifier made of a namespace (which ends in {@code /} or {@code #}) and a local
   * identifier of the data owner's own scheme, percent-encoded where it has to be.
   *
   * <pre>{@code Iri.of("https://data.example.org/member/", "Beispiel GmbH & Co. KG")}</pre>
   */
  public static Iri of(String namespace, String localId) {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(localId, "localId");
    if (!namespace.endsWith("/") && !namespace.endsWith("#")) {
      throw new IllegalArgumentException(
          "namespace must end in '/' or '#' so that local ids cannot merge with it: " + namespace);
    }
    if (localId.isBlank()) {
      throw new IllegalArgumentException("localId must not be blank");
    }
    return new Iri(
        namespace + URLEncoder.encode(localId, StandardCharsets.UTF_8).replace("+", "%20"));
  }

  @Override
  public int compareTo(Iri other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
