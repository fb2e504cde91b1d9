package eu.clusterdata.model.codes;

import eu.clusterdata.model.MemberCount;
import eu.clusterdata.model.constraints.ValidCode;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.internal.Syntax;
import eu.clusterdata.model.problem.InvalidValueException;
import eu.clusterdata.model.value.MultilingualText;
import jakarta.validation.constraints.NotNull;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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

  /** A listed type: the triple-helix sector it counts for (if any) and its titles. */
  private record Listed(@Nullable HelixSector sector, MultilingualText title) {
    Listed(@Nullable HelixSector sector, String en, String de) {
      this(sector, MultilingualText.en(en).with("de", de));
    }
  }

  /** The reference list, in the order a catalogue shows it. */
  private static final Map<String, Listed> LISTED = listed();

  private static Map<String, Listed> listed() {
    Map<String, Listed> listed = new LinkedHashMap<>();
    listed.put("start-up", new Listed(HelixSector.INDUSTRY, "Start-up", "Start-up"));
    listed.put(
        "sme",
        new Listed(
            HelixSector.INDUSTRY,
            "Small or medium-sized enterprise (SME)",
            "Kleines oder mittleres Unternehmen (KMU)"));
    listed.put(
        "large-company", new Listed(HelixSector.INDUSTRY, "Large company", "Großunternehmen"));
    listed.put("investor", new Listed(HelixSector.INDUSTRY, "Investor", "Investor"));
    listed.put(
        "university",
        new Listed(HelixSector.RESEARCH_AND_UNIVERSITIES, "University", "Hochschule"));
    listed.put(
        "research-organisation",
        new Listed(
            HelixSector.RESEARCH_AND_UNIVERSITIES,
            "Research organisation",
            "Forschungseinrichtung"));
    listed.put(
        "public-body",
        new Listed(HelixSector.PUBLIC_BODIES, "Public body", "Öffentliche Einrichtung"));
    listed.put(
        "civil-society",
        new Listed(
            HelixSector.CIVIL_SOCIETY,
            "Civil-society organisation",
            "Zivilgesellschaftliche Organisation"));
    listed.put("cluster", new Listed(null, "Other cluster", "Anderer Cluster"));
    listed.put(
        "intermediary",
        new Listed(
            null,
            "Intermediary (chamber, association, agency)",
            "Intermediär (Kammer, Verband, Agentur)"));
    listed.put("other", new Listed(null, "Other", "Sonstige"));
    return Collections.unmodifiableMap(listed);
  }

  private static final Set<String> LISTED_CODES =
      Collections.unmodifiableSet(new LinkedHashSet<>(LISTED.keySet()));

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

  /**
   * Returns the member type an actor of this type and size counts as in member counts: a company by
   * its size ({@code start-up}, {@code sme}, {@code large-company}), every other actor type by the
   * member type of the same code. Empty for a company whose size is not known, which the member
   * typology cannot place.
   *
   * <p>This is the one member typology: an actor's type and size say what it is, a member count
   * counts members of one member type, and this method is where the two meet.
   */
  public static Optional<MemberType> of(ActorType type, @Nullable CompanySize size) {
    if (type != ActorType.COMPANY) {
      return Optional.of(new MemberType(type.code()));
    }
    if (size == null) {
      return Optional.empty();
    }
    return Optional.of(
        switch (size) {
          case STARTUP -> new MemberType("start-up");
          case SME -> SME;
          case LARGE -> LARGE_COMPANY;
        });
  }

  /** Returns the codes of the reference list, in the order a catalogue shows them. */
  public static Set<String> listedCodes() {
    return LISTED_CODES;
  }

  /**
   * Returns the triple-helix sector the ECCP counts members of this type as; empty for other
   * clusters, intermediaries, {@code other} and unlisted types.
   */
  public Optional<HelixSector> helixSector() {
    Listed listed = LISTED.get(code);
    return listed == null ? Optional.empty() : Optional.ofNullable(listed.sector());
  }

  /**
   * Returns the title of a listed type in English and German, such as "Small or medium-sized
   * enterprise (SME)"; empty for an unlisted type.
   */
  public Optional<MultilingualText> title() {
    return Optional.ofNullable(LISTED.get(code)).map(Listed::title);
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
