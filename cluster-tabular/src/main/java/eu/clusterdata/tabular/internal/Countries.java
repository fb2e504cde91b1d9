package eu.clusterdata.tabular.internal;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Country names, as lists write them, to ISO 3166-1 alpha-2 codes. */
final class Countries {

  private static final Map<String, String> BY_NAME = new HashMap<>();

  static {
    for (String code : Locale.getISOCountries()) {
      Locale country = new Locale("", code);
      BY_NAME.put(key(country.getDisplayCountry(Locale.ENGLISH)), code);
      BY_NAME.put(key(country.getDisplayCountry(Locale.GERMAN)), code);
      BY_NAME.put(key(code), code);
    }
    BY_NAME.put(key("EL"), "GR"); // NUTS and the EU write Greece as EL
    BY_NAME.put(key("UK"), "GB");
    BY_NAME.put(key("Czech Republic"), "CZ");
    BY_NAME.put(key("The Netherlands"), "NL");
  }

  private Countries() {}

  /** Returns the ISO code of a country name or code, or the text as given when it is unknown. */
  static String code(String text) {
    return BY_NAME.getOrDefault(key(text), text.strip());
  }

  private static String key(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .strip();
  }
}
