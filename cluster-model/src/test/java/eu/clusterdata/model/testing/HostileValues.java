package eu.clusterdata.model.testing;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.Extensions;
import eu.clusterdata.model.description.Component;
import eu.clusterdata.model.description.Constraint;
import eu.clusterdata.model.description.ModelDescription;
import eu.clusterdata.model.description.RecordType;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Puts hostile values into generated profiles, seeded like the generator: texts with quotes,
 * backslashes, line ends, markup, formula prefixes, characters outside the Basic Multilingual Plane
 * and control characters; language tags with regions, scripts, variants and capitals; web addresses
 * with ports, queries, fragments, percent escapes and non-ASCII letters; extensions of every JSON
 * shape. Identifiers and references are left alone, so that a profile stays one profile. Every
 * value is one the model accepts: what the model refuses can never reach a writer.
 *
 * <pre>{@code
 * HostileValues hostile = new HostileValues(seed);
 * ClusterProfile profile = hostile.apply(generator.next());
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class HostileValues {

  /** Texts that have broken writers and readers somewhere: quoting, escaping, markup, planes. */
  static final String[] TEXTS = {
    "Anführungszeichen \" und \\ Backslash",
    "Zeilen\nUmbruch\r\nund\tTab",
    "\"\"\" drei Anführungszeichen \"\"\"",
    "'''einfache''' und `Backticks`",
    "<b>Markup</b> & Entitäten &amp; ]]> <!-- -->",
    "=SUMME(A1:A9)",
    "+49 211 000000",
    "-minus am Anfang",
    "@mention am Anfang",
    "Komma, Semikolon; \"Zitat\"",
    "Emoji 😀 und 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 außerhalb der BMP",
    "عربي والعبرية עברית von rechts nach links",
    "Zusammengesetzt: e\u0301 und Null\u200Bbreite",
    "Löschzeichen \u007F und NEL \u0085 und LS \u2028 PS \u2029",
    "  Leerraum am Rand  ",
    "@de ^^xsd:string \"literal\"@en",
    "Prozent %20 und %zz und Plus +",
    "Ü",
  };

  /**
   * Texts that some format cannot carry, so that its writer must refuse the profile: an unpaired
   * surrogate (no format), controls that XML forbids (RDF/XML, workbooks), more than a cell holds
   * (workbooks). Drawn rarely, so that most profiles are written and read back.
   */
  static final String[] UNCARRIED = {
    "Steuerzeichen \u0007 Glocke und \u001B Escape",
    "einsames Surrogat \uD800 hier",
    "x".repeat(40_000)
  };

  /** Well-formed BCP 47 tags of every shape. */
  static final String[] LANGUAGES = {
    "de",
    "en",
    "de-CH-1996",
    "zh-Hant-TW",
    "es-419",
    "DE",
    "en-us",
    "x-klingon",
    "tlh",
    "de-DE-u-co-phonebk",
    "fr",
    "art-lojban",
    "az-latn-az"
  };

  /** Absolute IRIs the model accepts, of every shape. */
  static final String[] IRIS = {
    "https://example.org:8443/pfad?frage=1&b=zwei#teil",
    "https://example.org/%C3%A4%20x",
    "https://example.org/straße/ä",
    "http://127.0.0.1:8080/x",
    "https://example.org/a'b(c)*d!e$f",
    "https://example.org/~nutzer/",
    "urn:isbn:9783161484100",
    "urn:example:cluster:42",
    "HTTPS://EXAMPLE.ORG/GROSS",
    "https://example.org/a;b=c,d",
  };

  /** The components whose web addresses may change: none is an identifier or a reference. */
  private static final Set<String> FREE_IRIS =
      Set.of("website", "url", "source", "scheme", "listings");

  private final SplittableRandom random;

  /** Values drawn from {@code seed}: the same seed gives the same values. */
  public HostileValues(long seed) {
    this.random = new SplittableRandom(seed * 7_919L + 13);
  }

  /** Returns {@code profile} with hostile values in about a third of its values. */
  public ClusterProfile apply(ClusterProfile profile) {
    return (ClusterProfile) value(profile, null);
  }

  private Object value(Object value, Component component) {
    if (value instanceof List<?> list) {
      List<Object> changed = new ArrayList<>(list.size());
      list.forEach(element -> changed.add(value(element, component)));
      return changed;
    } else if (value instanceof MultilingualText text) {
      return chance(3) ? text(text) : text;
    } else if (value instanceof String string && component != null) {
      return chance(3) ? string(string, component) : string;
    } else if (value instanceof Iri iri && component != null) {
      return FREE_IRIS.contains(component.name()) && chance(3) ? Iri.of(oneOf(IRIS)) : iri;
    } else if (value instanceof Extensions extensions) {
      return chance(2) ? extensions(extensions) : extensions;
    } else if (value instanceof Record record && ModelDescription.describes(record.getClass())) {
      return record(record);
    }
    return value;
  }

  private Object record(Record record) {
    RecordType<?> type = ModelDescription.of(record.getClass());
    if (type.isSingleString()) {
      return record; // codes and identifiers keep their shape
    }
    Object[] values = new Object[type.components().size()];
    for (Component c : type.components()) {
      values[c.index()] = value(c.get(record), c);
    }
    try {
      return type.construct(values);
    } catch (IllegalArgumentException refused) {
      return record; // a value this record cannot take: keep the generated one
    }
  }

  private String string(String original, Component component) {
    for (Constraint constraint : component.constraints()) {
      if (constraint instanceof Constraint.LanguageTag) {
        return oneOf(LANGUAGES);
      } else if (!(constraint instanceof Constraint.NotBlank)) {
        return original; // a code or an address with a shape of its own
      }
    }
    return text();
  }

  /** A hostile text; now and then one that some format cannot carry. */
  private String text() {
    return chance(60) ? oneOf(UNCARRIED) : oneOf(TEXTS);
  }

  private MultilingualText text(MultilingualText original) {
    return original.with(oneOf(LANGUAGES), text());
  }

  private Extensions extensions(Extensions original) {
    Map<String, Object> values = new TreeMap<>(original.values());
    values.put("https://hostile.example.org/ns#text", text());
    values.put(
        "https://hostile.example.org/ns#number", new BigDecimal("12345678901234567890.0001"));
    values.put("https://hostile.example.org/ns#list", List.of(oneOf(TEXTS), true, BigDecimal.ONE));
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("schluessel", oneOf(TEXTS));
    nested.put("zahl", new BigDecimal("-0.5"));
    values.put("https://hostile.example.org/ns#object", nested);
    values.put("https://hostile.example.org/ns#link", Map.of("@id", oneOf(IRIS)));
    values.put(
        "https://hostile.example.org/ns#tagged",
        Map.of("@value", oneOf(TEXTS), "@language", oneOf(LANGUAGES)));
    return Extensions.of(values);
  }

  private boolean chance(int oneIn) {
    return random.nextInt(oneIn) == 0;
  }

  private <T> T oneOf(T[] values) {
    return values[random.nextInt(values.length)];
  }
}
