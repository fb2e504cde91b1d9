package eu.clusterdata.model.codes;

import eu.clusterdata.model.MemberCount;
import eu.clusterdata.model.constraints.ValidCode;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.internal.Syntax;
import eu.clusterdata.model.problem.InvalidValueException;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A kind of member a cluster counts in its {@linkplain MemberCount member composition}, such as
 * {@code sme} or {@code university}; an open code list (see {@link OpenCode}), since ECCP's
 * typology, ESCA's nine categories and the triple-helix sectors differ. Each listed type maps to
 * the triple-helix sector the ECCP counts it as. Immutable and thread-safe.
 *
 * @param code the code, lower case with hyphens
 */
@ValidCode
public record MemberType(@NotNull String code) implements OpenCode, Comparable<MemberType> {

  private static final Map<String, HelixSector> LISTED =
      Map.ofEntries(
          Map.entry("start-up", HelixSector.INDUSTRY),
          Map.entry("sme", HelixSector.INDUSTRY),
          Map.entry("large-company", HelixSector.INDUSTRY),
          Map.entry("investor", HelixSector.INDUSTRY),
          Map.entry("university", HelixSector.RESEARCH_AND_UNIVERSITIES),
          Map.entry("research-organisation", HelixSector.RESEARCH_AND_UNIVERSITIES),
          Map.entry("public-body", HelixSector.PUBLIC_BODIES),
          Map.entry("civil-society", HelixSector.CIVIL_SOCIETY));

  /** Listed types that count for no triple-helix sector. */
  private static final Set<String> UNSECTORED = Set.of("cluster", "intermediary", "other");

  private static final Set<String> LISTED_CODES =
      Stream.concat(LISTED.keySet().stream(), UNSECTORED.stream())
          .collect(Collectors.toUnmodifiableSet());

  /** Small and medium-sized enterprises. */
  public static final MemberType SME = new MemberType("sme");

  /** Large companies. */
  public static final MemberType LARGE_COMPANY = new MemberType("large-company");

  /** Universities. */
  public static final MemberType UNIVERSITY = new MemberType("university");

  /** Research organisations other than universities. */
  public static final MemberType RESEARCH_ORGANISATION = new MemberType("research-organisation");

  /** Public bodies. */
  public static final MemberType PUBLIC_BODY = new MemberType("public-body");

  /**
   * @throws InvalidValueException if {@code code} is not lower-case letters and digits joined by
   *     single hyphens
   */
  public MemberType {
    Objects.requireNonNull(code, "code");
    Checks.valid(Syntax.isCode(code), "core.code", code);
  }

  /**
   * Returns the value with this code, listed or not.
   *
   * @throws InvalidValueException if {@code code} is not a well-formed code
   */
  public static MemberType of(String code) {
    return new MemberType(code);
  }

  /** Returns the codes of the reference list, in no particular order. */
  public static Set<String> listedCodes() {
    return LISTED_CODES;
  }

  /**
   * Returns the triple-helix sector the ECCP counts members of this type as; empty for other
   * clusters, intermediaries, {@code other} and unlisted types.
   */
  public Optional<HelixSector> helixSector() {
    return Optional.ofNullable(LISTED.get(code));
  }

  @Override
  public boolean isListed() {
    return LISTED_CODES.contains(code);
  }

  @Override
  public int compareTo(MemberType other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
