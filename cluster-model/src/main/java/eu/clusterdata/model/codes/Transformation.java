package eu.clusterdata.model.codes;

import eu.clusterdata.model.value.MultilingualText;

/** The four transformations ("the four Ds") that clusters drive; a closed code list. */
public enum Transformation implements ImpulseHeading {
  /** Decarbonisation. */
  DECARBONISATION(
      "Decarbonisation", "Dekarbonisierung", "Enabler der Dekarbonisierung in Nordrhein-Westfalen"),
  /** Digitalisation. */
  DIGITALISATION(
      "Digitalisation",
      "Digitalisierung",
      "Treiber digitaler Schlüsseltechnologien in Nordrhein-Westfalen"),
  /** (De-)globalisation: resilient value chains. */
  DEGLOBALISATION(
      "(De-)globalisation",
      "(De-)Globalisierung",
      "Gestalter resilienter und zukunftsfähiger Wertschöpfungsketten in einer"
          + " (de-)globalisierten Wirtschaft"),
  /** Demographic change: skilled workers. */
  DEMOGRAPHIC_CHANGE(
      "Demographic change",
      "Demografischer Wandel",
      "Schlüsselakteure für die Fachkräftesicherung und strategische Qualifizierung im"
          + " demografischen Wandel");

  private final MultilingualText title;
  private final String germanHeading;

  Transformation(String english, String german, String germanHeading) {
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
