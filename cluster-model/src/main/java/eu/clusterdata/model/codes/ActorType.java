package eu.clusterdata.model.codes;

import eu.clusterdata.model.Actor;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What kind of organisation an {@link Actor} is; a closed code list. */
public enum ActorType implements Coded {
  /** A company; its {@link CompanySize} says whether start-up, SME or large. */
  COMPANY(HelixSector.INDUSTRY),
  UNIVERSITY(HelixSector.RESEARCH_AND_UNIVERSITIES),
  RESEARCH_ORGANISATION(HelixSector.RESEARCH_AND_UNIVERSITIES),
  PUBLIC_BODY(HelixSector.PUBLIC_BODIES),
  /**
   * A chamber, association, agency or other intermediary. ECCP's typology has no such type, so
   * intermediaries count for none of the helix sectors.
   */
  INTERMEDIARY(null),
  /** An investor; counted as industry. */
  INVESTOR(HelixSector.INDUSTRY),
  CIVIL_SOCIETY(HelixSector.CIVIL_SOCIETY);

  private final @Nullable HelixSector helixSector;

  ActorType(@Nullable HelixSector helixSector) {
    this.helixSector = helixSector;
  }

  /** Returns the ECCP member type this kind of actor counts as, if any. */
  public Optional<HelixSector> helixSector() {
    return Optional.ofNullable(helixSector);
  }
}
