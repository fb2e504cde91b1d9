package eu.clusterdata.model.codes;

import eu.clusterdata.model.value.MultilingualText;

/**
 * The 14 industrial ecosystems of the EU industrial strategy, as the ECCP classifies clusters; a
 * closed code list. Titles are the EU's English names; the sources give no German ones.
 */
public enum IndustrialEcosystem implements Coded {
  AEROSPACE_AND_DEFENCE("Aerospace & defence"),
  AGRI_FOOD("Agri-food"),
  CONSTRUCTION("Construction"),
  CULTURAL_AND_CREATIVE_INDUSTRIES("Cultural and creative industries"),
  DIGITAL("Digital"),
  ELECTRONICS("Electronics"),
  ENERGY_INTENSIVE_INDUSTRIES("Energy-intensive industries"),
  ENERGY_RENEWABLES("Energy-renewables"),
  HEALTH("Health"),
  MOBILITY_TRANSPORT_AUTOMOTIVE("Mobility-transport-automotive"),
  PROXIMITY_SOCIAL_ECONOMY_CIVIL_SECURITY("Proximity, social economy and civil security"),
  RETAIL("Retail"),
  TEXTILES("Textiles"),
  TOURISM("Tourism");

  private final MultilingualText title;

  IndustrialEcosystem(String english) {
    this.title = MultilingualText.en(english);
  }

  /** Returns the ecosystem's name. */
  public MultilingualText title() {
    return title;
  }
}
