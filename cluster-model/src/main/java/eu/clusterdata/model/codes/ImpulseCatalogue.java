package eu.clusterdata.model.codes;

import eu.clusterdata.model.value.MultilingualText;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The reference catalogue of the 25 impulses of "Cluster.Zukunft.NRW", in the order of the paper's
 * closing table, with their German titles exactly as there and an English translation. Immutable
 * and thread-safe.
 *
 * <pre>{@code
 * for (Impulse impulse : ImpulseCatalogue.byHeading(Transformation.DECARBONISATION)) {
 *   System.out.println(impulse.code() + " " + impulse.title().get("de").orElseThrow());
 * }
 * }</pre>
 */
public final class ImpulseCatalogue {

  private static final List<Impulse> IMPULSES =
      List.of(
          impulse(
              1,
              ServiceArea.NETWORKING_AND_TRANSFER,
              "Erweiterung der Cluster- und Matchmaking-Plattformen sowie des systematischen Ökosystem-Mappings",
              "Expanding cluster and matchmaking platforms and systematic ecosystem mapping"),
          impulse(
              2,
              ServiceArea.NETWORKING_AND_TRANSFER,
              "Förderung interdisziplinärer Cross-Innovation",
              "Promoting interdisciplinary cross-innovation"),
          impulse(
              3,
              ServiceArea.NETWORKING_AND_TRANSFER,
              "Stärkung der strategischen Begleitung entlang des gesamten Innovationsprozesses",
              "Strengthening strategic support along the whole innovation process"),
          impulse(
              4,
              ServiceArea.INFORMATION_AND_ANALYSIS,
              "Clusterorganisationen als Frühwarn- und Leitsysteme für Unternehmen stärken",
              "Strengthening cluster organisations as early-warning and guidance systems for companies"),
          impulse(
              5,
              ServiceArea.INFORMATION_AND_ANALYSIS,
              "Ausbau interdisziplinärer Sensibilisierungs- und Explorationsansätze für übergreifende Markt- und Technologieentwicklungen",
              "Expanding interdisciplinary awareness and exploration approaches for cross-cutting market and technology developments"),
          impulse(
              6,
              ServiceArea.FUNDING_AND_FINANCE,
              "Ausbau bewährter Unterstützungsangebote zu Förder- und Finanzierungsinstrumenten",
              "Expanding proven support on funding and financing instruments"),
          impulse(
              7,
              ServiceArea.FUNDING_AND_FINANCE,
              "Förderung von öffentlich-privaten Partnerschaften für kooperative Finanzierungslösungen",
              "Promoting public-private partnerships for cooperative financing solutions"),
          impulse(
              8,
              ServiceArea.FUNDING_AND_FINANCE,
              "Stärkung unbürokratischer Fördermodelle in Clustern",
              "Strengthening unbureaucratic funding models in clusters"),
          impulse(
              9,
              ServiceArea.STARTUP_SUPPORT,
              "Ausbau von Zugängen und Beratungsangeboten für Startups in Clustern",
              "Expanding access and advisory services for start-ups in clusters"),
          impulse(
              10,
              ServiceArea.STARTUP_SUPPORT,
              "Engere Kooperationen mit Accelerator-Programmen und Inkubatoren",
              "Closer cooperation with accelerator programmes and incubators"),
          impulse(
              11,
              ServiceArea.INTERNATIONALISATION,
              "Stärkung der Präsenz auf globalen Leitmessen und internationalen Plattformen",
              "Strengthening presence at leading global trade fairs and international platforms"),
          impulse(
              12,
              ServiceArea.INTERNATIONALISATION,
              "Förderung der Einbindung in europäische Lieferketten und Innovationsprojekte in kritischen Bereichen",
              "Promoting integration into European supply chains and innovation projects in critical areas"),
          impulse(
              13,
              ServiceArea.INTERNATIONALISATION,
              "Stärkung internationaler Partnerschaften in globalen Ziel- und Beschaffungsmärkten",
              "Strengthening international partnerships in global target and sourcing markets"),
          impulse(
              14,
              Transformation.DECARBONISATION,
              "Branchenübergreifende Vernetzung entlang neuer Wertschöpfungsketten durch Cluster stärken",
              "Strengthening cross-sector networking along new value chains through clusters"),
          impulse(
              15,
              Transformation.DECARBONISATION,
              "Green-Tech-Unterstützungsprogramme für junge Unternehmen & Startups in Clustern ausbauen",
              "Expanding green-tech support programmes for young companies and start-ups in clusters"),
          impulse(
              16,
              Transformation.DECARBONISATION,
              "Strategiekompetenz der Cluster für die Innovationspolitik und grüne Transformation nutzen",
              "Using the clusters' strategic expertise for innovation policy and the green transformation"),
          impulse(
              17,
              Transformation.DIGITALISATION,
              "Cluster als funktionales Dach in Fördermodelle für die Digitalisierung integrieren",
              "Integrating clusters as a functional umbrella into funding models for digitalisation"),
          impulse(
              18,
              Transformation.DIGITALISATION,
              "Entwicklung von Reallaboren und Demonstratoren für disruptive digitale Technologien in Clustern intensivieren",
              "Intensifying the development of real-world labs and demonstrators for disruptive digital technologies in clusters"),
          impulse(
              19,
              Transformation.DIGITALISATION,
              "Europäische Netzwerke bei digitalen Technologien durch interregionale Zusammenarbeit der Cluster aus NRW stärken",
              "Strengthening European networks in digital technologies through interregional cooperation of NRW clusters"),
          impulse(
              20,
              Transformation.DEGLOBALISATION,
              "Stärkung der Resilienz durch regionale Vernetzung in kritischen Wertschöpfungsketten",
              "Strengthening resilience through regional networking in critical value chains"),
          impulse(
              21,
              Transformation.DEGLOBALISATION,
              "Marktbeobachtung und strategische Vorausschau",
              "Market monitoring and strategic foresight"),
          impulse(
              22,
              Transformation.DEGLOBALISATION,
              "Förderung von Cluster-Partnerschaften in europäischen und globalen Ziel- und Beschaffungsmärkten",
              "Promoting cluster partnerships in European and global target and sourcing markets"),
          impulse(
              23,
              Transformation.DEMOGRAPHIC_CHANGE,
              "Entwicklung zukunftsweisender Bildungskooperationen in Clustern",
              "Developing forward-looking education partnerships in clusters"),
          impulse(
              24,
              Transformation.DEMOGRAPHIC_CHANGE,
              "Internationale Talente durch Clusternetzwerke gewinnen",
              "Attracting international talent through cluster networks"),
          impulse(
              25,
              Transformation.DEMOGRAPHIC_CHANGE,
              "Gemeinsame Weiterbildungsformate innerhalb der Cluster entwickeln",
              "Developing joint further-training formats within clusters"));

  private static final Map<String, Impulse> BY_CODE =
      IMPULSES.stream().collect(Collectors.toUnmodifiableMap(Impulse::code, i -> i));

  private ImpulseCatalogue() {}

  /** Returns all 25 impulses in the order of the paper's table. */
  public static List<Impulse> impulses() {
    return IMPULSES;
  }

  /** Returns the impulse with this code ({@code I01} to {@code I25}), if there is one. */
  public static Optional<Impulse> find(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code));
  }

  /** Returns the impulses under one heading, in the table's order. */
  public static List<Impulse> byHeading(ImpulseHeading heading) {
    return IMPULSES.stream().filter(i -> i.heading() == heading).toList();
  }

  private static Impulse impulse(
      int number, ImpulseHeading heading, String german, String english) {
    return new Impulse(
        String.format("I%02d", number), heading, MultilingualText.de(german).with("en", english));
  }
}
