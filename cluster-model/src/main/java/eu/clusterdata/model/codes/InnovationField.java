package eu.clusterdata.model.codes;

import eu.clusterdata.model.value.MultilingualText;

/**
 * The seven innovation fields of North Rhine-Westphalia's Regional Innovation Strategy 2021-2027; a
 * closed code list. The German titles are those of the Cluster-Panorama NRW (2022).
 */
public enum InnovationField implements Coded {
  MATERIALS_AND_PRODUCTION(
      "Innovative materials and intelligent production",
      "Innovative Werkstoffe und intelligente Produktion"),
  MOBILITY_AND_LOGISTICS("Connected mobility and logistics", "Vernetzte Mobilität und Logistik"),
  ENVIRONMENT_AND_CIRCULAR_ECONOMY(
      "Environmental economy and circular economy", "Umweltwirtschaft und Circular Economy"),
  ENERGY_AND_CONSTRUCTION("Energy and innovative construction", "Energie und innovatives Bauen"),
  MEDICINE_HEALTH_LIFE_SCIENCES(
      "Innovative medicine, health and life sciences",
      "Innovative Medizin, Gesundheit und Life Science"),
  CULTURE_MEDIA_CREATIVE_SERVICES(
      "Culture, media, creative economy and innovative services",
      "Kultur, Medien- und Kreativwirtschaft und innovative Dienstleistungen"),
  /** The cross-cutting field. */
  KEY_TECHNOLOGIES_AND_ICT(
      "Key technologies of the future and ICT", "Schlüsseltechnologien der Zukunft, IKT");

  private final MultilingualText title;

  InnovationField(String english, String german) {
    this.title = MultilingualText.en(english).with("de", german);
  }

  /** Returns the field's name in English and German. */
  public MultilingualText title() {
    return title;
  }
}
