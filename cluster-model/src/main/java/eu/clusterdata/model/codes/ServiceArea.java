package eu.clusterdata.model.codes;

import eu.clusterdata.model.value.MultilingualText;

/**
 * The five areas in which cluster organisations offer services ("Cluster.Zukunft.NRW"); a closed
 * code list.
 */
public enum ServiceArea implements ImpulseHeading {
  /** Networking, cooperation and transfer in the innovation ecosystem. */
  NETWORKING_AND_TRANSFER(
      "Networking, cooperation and transfer in the innovation ecosystem",
      "Vernetzung, Kooperation und Transfer im Innovationsökosystem",
      "Vernetzung, Kooperation und Transfer im Innovationsökosystem"),
  /** Information, analysis and navigation on technology trends, markets and regulation. */
  INFORMATION_AND_ANALYSIS(
      "Information, analysis and navigation on technology trends, markets and regulation",
      "Information, Analyse und Navigation bei Technologietrends, Märkten und Rahmenbedingungen",
      "Information, Analyse und Navigation bei Technologietrends, Märkten und Rahmenbedingungen"),
  /** Awareness of and access to funding and finance. */
  FUNDING_AND_FINANCE(
      "Awareness of and access to funding and finance",
      "Sensibilisierung und Zugang zu Förderung und Finanzierung",
      "Sensibilisierung und Zugang zu Förderung und Finanzierung"),
  /** Support for start-ups and young companies. */
  STARTUP_SUPPORT(
      "Support for innovative start-ups and young companies",
      "Unterstützung von innovativen Startups und jungen Unternehmen",
      "Unterstützung von innovativen Startups und jungen Unternehmen im Clusterökosystem"),
  /** International visibility and interregional innovation partnerships. */
  INTERNATIONALISATION(
      "International visibility and interregional innovation partnerships",
      "Internationale Sichtbarkeit und interregionale Innovationspartnerschaften",
      "Stärkung internationaler Sichtbarkeit und interregionaler Innovationspartnerschaften");

  private final MultilingualText title;
  private final String germanHeading;

  ServiceArea(String english, String german, String germanHeading) {
    this.title = MultilingualText.en(english).with("de", german);
    this.germanHeading = germanHeading;
  }

  @Override
  public MultilingualText title() {
    return title;
  }

  @Override
  public String germanHeading() {
    return germanHeading;
  }
}
