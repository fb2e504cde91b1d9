package eu.clusterdata.examples.data;

import eu.clusterdata.model.Citation;
import eu.clusterdata.model.ClusterOrganisation;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.Extensions;
import eu.clusterdata.model.ImpulseUptake;
import eu.clusterdata.model.Location;
import eu.clusterdata.model.Partnership;
import eu.clusterdata.model.PracticeExample;
import eu.clusterdata.model.ProfileMetadata;
import eu.clusterdata.model.Project;
import eu.clusterdata.model.Service;
import eu.clusterdata.model.Source;
import eu.clusterdata.model.ThematicFocus;
import eu.clusterdata.model.TransformationEngagement;
import eu.clusterdata.model.codes.ImpulseStatus;
import eu.clusterdata.model.codes.IndustrialEcosystem;
import eu.clusterdata.model.codes.InnovationField;
import eu.clusterdata.model.codes.PartnershipType;
import eu.clusterdata.model.codes.ServiceArea;
import eu.clusterdata.model.codes.ServiceFormat;
import eu.clusterdata.model.codes.SourceType;
import eu.clusterdata.model.codes.TargetGroup;
import eu.clusterdata.model.codes.Transformation;
import eu.clusterdata.model.value.CountryCode;
import eu.clusterdata.model.value.DateRange;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import eu.clusterdata.model.value.NutsCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The NRW reference data set: the single source of truth for {@code examples/data}.
 *
 * <p>Every value comes from the source documents (ClusterAllianz.NRW's paper "Cluster.Zukunft.NRW",
 * NRW.innovativ's "Cluster-Panorama NRW", 2022, and 5G.NRW's news item on the paper's hand-over);
 * what they do not say stays empty (no websites, no regions finer than NRW, no years the documents
 * do not print). Every statement cites its passage: the document, the section and the words, as
 * {@link Citation}s, which {@code tools/check-quotes} checks against the documents. Descriptions
 * are the documents' own words, shortened. Innovation fields are those the Cluster-Panorama
 * assigns; industrial ecosystems are given only where a cluster's stated theme names one (AI is
 * digital, aerospace is aerospace). Impulse uptakes are recorded only where the paper ties a
 * cluster's activity to an impulse, with the sentence as evidence. See {@code examples/README.md}
 * for what is left out and what the validator finds missing.
 */
public final class NrwClusters {

  /** Where the data set's identifiers live. */
  public static final String NS = "https://clusterdata.eu/data/nrw/";

  static final Source PAPER =
      Source.document("ClusterAllianz.NRW: Cluster.Zukunft.NRW. Zukunftspapier", null);
  static final Source PANORAMA =
      Source.document(
          "NRW.innovativ (2022): Cluster-Panorama NRW, Kurzversion, Stand 14.06.2022", null);
  static final Source NEWS_5G =
      new Source(
          SourceType.WEB_PAGE,
          "5G.NRW: ClusterAllianz.NRW übergibt Zukunftspapier an NRW-Wirtschaftsministerin Mona"
              + " Neubaur",
          null,
          null);

  // The paper's sections, as its headings name them: the locators of its citations.
  private static final String SERVICES = "Bewährte Cluster Services & Tools: ";
  static final String S_NETWORKING =
      SERVICES + "Vernetzung, Kooperation und Transfer im Innovationsökosystem";
  static final String S_INFORMATION =
      SERVICES
          + "Information, Analyse und Navigation bei Technologietrends, Märkten und"
          + " Rahmenbedingungen";
  static final String S_FUNDING =
      SERVICES + "Sensibilisierung und Zugang zu Förderung und Finanzierung";
  static final String S_STARTUPS =
      SERVICES
          + "Unterstützung von innovativen Startups und jungen Unternehmen im Clusterökosystem";
  static final String S_INTERNATIONAL =
      SERVICES
          + "Stärkung internationaler Sichtbarkeit und interregionaler Innovationspartnerschaften";
  private static final String TRANSFORMATION = "Clusterinstrumente für die Transformation: ";
  static final String T_DECARBONISATION =
      TRANSFORMATION + "Enabler der Dekarbonisierung in Nordrhein-Westfalen";
  static final String T_DIGITALISATION =
      TRANSFORMATION + "Treiber digitaler Schlüsseltechnologien in Nordrhein-Westfalen";
  static final String T_DEGLOBALISATION =
      TRANSFORMATION
          + "Gestalter resilienter und zukunftsfähiger Wertschöpfungsketten in einer"
          + " (de-)globalisierten Wirtschaft";
  static final String T_DEMOGRAPHIC_CHANGE =
      TRANSFORMATION
          + "Schlüsselakteure für die Fachkräftesicherung und strategische Qualifizierung im"
          + " demografischen Wandel";

  /** The Cluster-Panorama's overview of the cluster landscape, with its innovation fields. */
  static final String P_LANDSCAPE = "2 Hintergrund: Cluster-Landschaft in NRW – eine Übersicht";

  // The Cluster-Panorama's sentences that place clusters in the NRW innovation fields.
  private static final Citation FIELD_MATERIALS =
      panorama(
          "So werden die breiten Facetten des Innovationsfelds „Innovative Werkstoffe und"
              + " intelligente Produktion“ durch verschiedene Netzwerke wie Chemie.NRW, SPIN NRW,"
              + " it's OWL, NMWP.NRW, Kunststoffland.NRW und Produktion.NRW repräsentiert.");
  private static final Citation FIELD_ENVIRONMENT_MOBILITY_ENERGY =
      panorama(
          "Darüber hinaus ist die Cluster-Landschaft in den Bereichen Umweltwirtschaft und"
              + " Circular Economy, Vernetzte Mobilität/Logistik und Energie/innovatives Bauen mit"
              + " Clustern und Kompetenznetzwerken wie Umweltwirtschaft.NRW, dem Cluster"
              + " industrielle Biotechnologie, BIO.NRW, Logistik.NRW, automotiveland.NRW,"
              + " AeroSpace.NRW und innocam.NRW, Energieforschung.NRW und NRW.Energy4Climate gut"
              + " aufgestellt.");
  private static final Citation FIELD_MEDICINE =
      panorama(
          "Im Innovationsfeld „Innovative Medizin, Gesundheit und Life Science“ sind die Cluster"
              + " Medizin.NRW und das Cluster, BIO.NRW zuzuordnen");
  private static final Citation FIELD_CREATIVE =
      panorama(
          "Im Innovationsfeld „Kultur, Medien- und Kreativwirtschaft und innovative"
              + " Dienstleistungen“ sind insbesondere die Netzwerke CREATIVE.NRW und"
              + " Mediennetzwerk.NRW aktiv.");
  private static final Citation FIELD_KEY_TECHNOLOGIES =
      panorama(
          "fungiert das Feld „Schlüsseltechnologien der Zukunft, IKT“ als Querschnittsthema."
              + " Zentrale Cluster sind etwa die Kompetenzplattform KI.NRW, die Koordinierungsstelle"
              + " QT.NRW und das Competence Center 5G.NRW");
  private static final Citation ZUKUNFTSCLUSTER =
      panorama(
          "wie etwa die zwei Zukunftscluster Neurosys und Wasserstoff, gefördert durch das"
              + " Bundesministerium für Bildung und Forschung");

  /** When the data set was compiled: fixed, so that generating it again gives the same files. */
  static final Instant COMPILED = Instant.parse("2026-11-23T00:00:00Z");

  private NrwClusters() {}

  /** Returns a citation of the paper: a passage of the section {@code locator}, verbatim. */
  static Citation paper(String locator, String quote) {
    return Citation.of(PAPER, locator, MultilingualText.de(quote));
  }

  private static Citation panorama(String quote) {
    return Citation.of(PANORAMA, P_LANDSCAPE, MultilingualText.de(quote));
  }

  /** Returns the profiles, in identifier order. */
  public static List<ClusterProfile> profiles() {
    List<ClusterProfile> all = new ArrayList<>();
    all.add(bioNrw());
    all.add(clib());
    all.add(kiNrw());
    all.add(itsOwl());
    all.add(kunststoffland());
    all.add(medizinNrw());
    all.add(aerospaceNrw());
    all.add(logistikNrw());
    all.add(fiveGNrw());
    all.add(blockchainNrw());
    all.add(creativeNrw());
    all.add(produktionNrw());
    all.add(knuwNrw());
    all.add(innocamNrw());
    all.add(nmwpNrw());
    all.add(chemieNrw());
    all.add(automotiveland());
    all.add(foodhubNrw());
    all.add(foodProcessingInitiative());
    all.add(circularValley());
    all.add(einQuantumNrw());
    all.add(
        new Cluster("mediennetzwerk-nrw", "Mediennetzwerk.NRW", null, null, "DEA", PANORAMA)
            .fields(InnovationField.CULTURE_MEDIA_CREATIVE_SERVICES)
            .about(FIELD_CREATIVE)
            .build());
    all.add(
        new Cluster("qt-nrw", "Koordinierungsstelle QT.NRW", "QT.NRW", null, "DEA", PANORAMA)
            .fields(InnovationField.KEY_TECHNOLOGIES_AND_ICT)
            .about(FIELD_KEY_TECHNOLOGIES)
            .build());
    all.add(
        new Cluster("spin-nrw", "SPIN NRW", null, null, "DEA", PANORAMA)
            .fields(InnovationField.MATERIALS_AND_PRODUCTION)
            .about(FIELD_MATERIALS)
            .build());
    all.add(
        new Cluster("energy4climate", "NRW.Energy4Climate", null, null, "DEA", PANORAMA)
            .fields(InnovationField.ENERGY_AND_CONSTRUCTION)
            .about(FIELD_ENVIRONMENT_MOBILITY_ENERGY)
            .build());
    all.add(
        new Cluster("energieforschung-nrw", "Energieforschung.NRW", null, null, "DEA", PANORAMA)
            .fields(InnovationField.ENERGY_AND_CONSTRUCTION)
            .about(FIELD_ENVIRONMENT_MOBILITY_ENERGY)
            .build());
    // The Cluster-Panorama names the two Zukunftscluster and their funder, but neither their
    // innovation field nor the period of the funding: both stay empty.
    all.add(
        new Cluster("neurosys", "Neurosys", null, null, "DEA", PANORAMA)
            .about(ZUKUNFTSCLUSTER)
            .build());
    all.add(
        new Cluster("wasserstoff", "Wasserstoff", null, null, "DEA", PANORAMA)
            .about(ZUKUNFTSCLUSTER)
            .build());
    all.sort(java.util.Comparator.comparing(p -> p.organisation().id()));
    return List.copyOf(all);
  }

  private static ClusterProfile bioNrw() {
    Cluster c =
        new Cluster("bio-nrw", "BIO.NRW", "BIO.NRW", null, "DEA", PAPER, PANORAMA)
            .fields(InnovationField.MEDICINE_HEALTH_LIFE_SCIENCES)
            .about(FIELD_MEDICINE)
            .ecosystems(IndustrialEcosystem.HEALTH);
    c.service(
        paper(
            S_NETWORKING,
            "der systematische Ansatz des Clusters BIO.NRW, das zu einer strategischen"
                + " Dachmarke für 6 lokale und regionale Life Science Netzwerke in NRW erweitert wurde"),
        "dachmarke",
        "Strategische Dachmarke für 6 lokale und regionale Life Science Netzwerke",
        ServiceArea.NETWORKING_AND_TRANSFER,
        null,
        "Bündelt die Stärken der Regionen und unterstützt die Akteure bei der vertikalen und"
            + " horizontalen Vernetzung auf nationaler und internationaler Ebene.");
    c.service(
        paper(S_FUNDING, "die Fördermittelbroschüre von BIO.NRW in Kooperation mit der Zenit GmbH"),
        "foerdermittelbroschuere",
        "Fördermittelbroschüre",
        ServiceArea.FUNDING_AND_FINANCE,
        "publication",
        "In Kooperation mit der Zenit GmbH: Fördermöglichkeiten in den Lebenswissenschaften, für"
            + " Start-ups und KMU beim Fördermittelscouting und der Finanzierung.",
        TargetGroup.of("startups"),
        TargetGroup.of("smes"));
    c.service(
        paper(
            S_STARTUPS,
            "der BIO.NRW Business Angel Zirkel, der gezielt bei der Gründerfinanzierung"
                + " unterstützt"),
        "business-angel-zirkel",
        "BIO.NRW Business Angel Zirkel",
        ServiceArea.STARTUP_SUPPORT,
        "event",
        "Stellt in mehreren Meetings pro Jahr 35-40 Start-ups aus ganz Europa privaten und"
            + " institutionellen Investorinnen und Investoren sowie Risikokapitalgebern vor.",
        TargetGroup.of("startups"),
        TargetGroup.of("investors"));
    c.service(
        paper(
            S_INTERNATIONAL,
            "die regelmäßige Teilnahme von BIO.NRW an globalen Leitmessen wie der BIO"
                + " International Convention und der BIO-Europe"),
        "leitmessen",
        "Teilnahme an globalen Leitmessen und Delegationsreisen",
        ServiceArea.INTERNATIONALISATION,
        "trade-fair",
        "Regelmäßige Teilnahme an der BIO International Convention und der BIO-Europe;"
            + " Delegationsreisen und Messeauftritte in Europa, den USA, Asien und der ASEAN-Region.");
    c.engagement(
        paper(
            T_DECARBONISATION,
            "Das Cluster BIO.NRW arbeitet mit vielfältigen Aktivitäten für die Etablierung"
                + " einer Bioökonomie in NRW"),
        Transformation.DECARBONISATION,
        "Arbeitet für die Etablierung einer Bioökonomie in NRW auf nachwachsender Rohstoffbasis in"
            + " Kreislaufprozessen: organisiert die Geschäftsstelle des Bioökonomie-Rates NRW, ist"
            + " Gastgeber der \"Greener Manufacturing Show\" in Köln und unterstützt Unternehmen im"
            + " Themen-Schwerpunkt BIO.NRW.eco.");
    c.impulse(
        T_DECARBONISATION,
        "I16",
        ImpulseStatus.IMPLEMENTED,
        "Ein Beispiel hierfür ist das Cluster BIO.NRW mit seiner Rolle als Partner in der"
            + " Bioökonomie-Strategieentwicklung [...]");
    c.impulse(
        S_STARTUPS,
        "I10",
        ImpulseStatus.PLANNED,
        "Zukünftige Beispiele sind die Kooperation von BIO.NRW mit der Kölner GATEWAY FACTORY"
            + " [...]");
    return c.build();
  }

  private static ClusterProfile clib() {
    Cluster c =
        new Cluster(
                "clib",
                "CLIB – Cluster industrielle Biotechnologie",
                "CLIB",
                null,
                "DEA",
                PAPER,
                PANORAMA)
            .fields(InnovationField.MEDICINE_HEALTH_LIFE_SCIENCES)
            .about(
                panorama(
                    "An ähnlichen Themen arbeitet in NRW ebenfalls das Cluster industrielle"
                        + " Biotechnologie (CLIB)."));
    c.service(
        paper(
            S_NETWORKING,
            "der strukturierte Netzwerkprozess vieler Cluster wie z. B. des CLIB, das in den"
                + " letzten 10 Jahren mehr als 50 FuE-Projekte auf Landes-, Bundes- und EU-Ebene"
                + " initiieren konnte"),
        "netzwerkprozess",
        "Strukturierter Netzwerkprozess",
        ServiceArea.NETWORKING_AND_TRANSFER,
        "project",
        "Hat in den letzten 10 Jahren mehr als 50 FuE-Projekte auf Landes-, Bundes- und EU-Ebene"
            + " initiiert.");
    c.service(
        paper(
            S_INFORMATION,
            "die seit über 10 Jahren etablierte jährliche CLIB International Conference des"
                + " Cluster Industrielle Biotechnologie"),
        "conference",
        "CLIB International Conference",
        ServiceArea.INFORMATION_AND_ANALYSIS,
        "event",
        "Seit über 10 Jahren jährlich: Trends, innovative Technologien und Methoden der"
            + " Biotechnologie und Bioökonomie.");
    fundingInformation(c);
    Iri startups =
        c.service(
            paper(
                S_STARTUPS, "die breite Unterstützung von Start-ups in der Bioökonomie durch CLIB"),
            "startup-unterstuetzung",
            "Unterstützung von Start-ups in der Bioökonomie",
            ServiceArea.STARTUP_SUPPORT,
            "consulting",
            "Hilft bei der Identifikation geistigen Eigentums, der Entwicklung tragfähiger"
                + " Geschäftsmodelle, der Suche nach Investorinnen und Investoren und der"
                + " Überwindung von Finanzierungslücken bis zum Markteintritt.",
            TargetGroup.of("startups"));
    Iri futurEnzyme =
        c.project(
            paper(
                T_DECARBONISATION,
                "Durch Projekte und Konsortien, wie die EU-Projekte FuturEnzyme oder"
                    + " COUNTLESS, unterstützt CLIB den Wissens- und Technologietransfer"),
            "futurenzyme",
            "FuturEnzyme",
            null,
            null,
            "EU-Projekt.");
    Iri countless =
        c.project(
            paper(
                T_DECARBONISATION,
                "Durch Projekte und Konsortien, wie die EU-Projekte FuturEnzyme oder"
                    + " COUNTLESS, unterstützt CLIB den Wissens- und Technologietransfer"),
            "countless",
            "COUNTLESS",
            null,
            null,
            "EU-Projekt.");
    c.engagement(
        paper(
            T_DECARBONISATION,
            "Auch das Cluster Industrielle Biotechnologie (CLIB) spielt eine wichtige Rolle in"
                + " der Förderung von biotechnologischen Innovationen zur nachhaltigen Transformation"
                + " der Industrie in NRW [...] Exzellenzzentrum Zirkuläre Kunststoffwirtschaft, an"
                + " dem Chemie.NRW, kunststoffland NRW und CLIB beteiligt sind"),
        Transformation.DECARBONISATION,
        "Fördert biotechnologische Innovationen zur nachhaltigen Transformation der Industrie und"
            + " die Implementierung biobasierter Prozesse; beteiligt am geplanten Aufbau einer"
            + " Netzwerkplattform für chemisches Recycling durch das Exzellenzzentrum Zirkuläre"
            + " Kunststoffwirtschaft.",
        List.of(startups),
        List.of(futurEnzyme, countless));
    c.impulse(
        S_STARTUPS,
        "I10",
        ImpulseStatus.PLANNED,
        "Zukünftige Beispiele sind [...] The Materials Lab Incubator an der RWTH Aachen, welches"
            + " durch CLIB unterstützt wird.");
    return c.build();
  }

  private static ClusterProfile kiNrw() {
    Cluster c =
        new Cluster("ki-nrw", "Kompetenzplattform KI.NRW", "KI.NRW", null, "DEA", PAPER, PANORAMA)
            .fields(InnovationField.KEY_TECHNOLOGIES_AND_ICT)
            .about(FIELD_KEY_TECHNOLOGIES)
            .ecosystems(IndustrialEcosystem.DIGITAL);
    c.service(
        paper(S_NETWORKING, "die KI.Landkarte der Kompetenzplattform (KI.NRW)"),
        "ki-landkarte",
        "KI.Landkarte",
        ServiceArea.NETWORKING_AND_TRANSFER,
        "ecosystem-mapping",
        "Schafft Transparenz über die KI-Landschaft aus Wirtschaft, Wissenschaft und Intermediären"
            + " für gezieltes Matchmaking.");
    Iri flagships =
        c.service(
            paper(
                T_DIGITALISATION,
                "die Kompetenzplattform KI.NRW, die mit ihrer Flagship-Initiative"
                    + " gesellschaftsrelevante Projekte im Bereich Künstliche Intelligenz (KI)"
                    + " unterstützt"),
            "flagships",
            "KI.NRW-Flagship-Initiative",
            ServiceArea.NETWORKING_AND_TRANSFER,
            "programme",
            "Unterstützt gesellschaftsrelevante KI-Projekte: acht Flagship-Projekte mit 47"
                + " Projektpartnern und einem Fördervolumen von 65 Millionen Euro.",
            Transformation.DIGITALISATION);
    c.service(
        paper(
            S_INFORMATION,
            "die Kompetenzplattform KI.NRW, die den umfangreichsten Marktüberblick über das"
                + " KI-Ökosystem NRWs sowie KI-Einsatzgebiete bietet"),
        "marktueberblick",
        "Marktüberblick über das KI-Ökosystem NRW",
        ServiceArea.INFORMATION_AND_ANALYSIS,
        "platform",
        "Der umfangreichste Marktüberblick über das KI-Ökosystem NRWs sowie KI-Einsatzgebiete.");
    Iri sprints =
        c.service(
            paper(
                T_DIGITALISATION,
                "KI.NRW unterstützt z. B. mit agilen Methoden wie den AI Design Sprints ™ bei"
                    + " der Konzeption und Implementierung von KI-Anwendungen in der Organisation."),
            "ai-design-sprints",
            "AI Design Sprints",
            ServiceArea.NETWORKING_AND_TRANSFER,
            "consulting",
            "Unterstützt mit agilen Methoden bei der Konzeption und Implementierung von"
                + " KI-Anwendungen in Organisationen.",
            Transformation.DIGITALISATION);
    Iri kickOff =
        c.service(
            paper(
                T_DIGITALISATION,
                "Zu Beginn informierte KI.NRW durch sein KI.Kick-off-Format von KI.NRW die"
                    + " Belegschaft über Künstliche Intelligenz"),
            "ki-kick-off",
            "KI.Kick-off",
            ServiceArea.INFORMATION_AND_ANALYSIS,
            "training",
            "Informiert Belegschaften über Künstliche Intelligenz und entmystifiziert den"
                + " KI-Begriff.");
    Iri example =
        c.practice(
            paper(
                T_DIGITALISATION,
                "KI.NRW unterstützte eine Unternehmensgruppe, die im Bildungsverlagswesen"
                    + " aktiv ist, bei der Entwicklung und Umsetzung von KI-Anwendungen"),
            "bildungsverlag",
            "Hands-on-Unterstützung von Unternehmen bei der Konzeption von KI-Lösungen sowie"
                + " Vernetzung mit Umsetzungspartnern",
            "KI.NRW unterstützte eine Unternehmensgruppe im Bildungsverlagswesen bei der"
                + " Entwicklung von KI-Anwendungen für die Customer Journey und die"
                + " Digitalisierung von Prüfungsvorbereitungen: erst ein KI.Kick-off für die"
                + " Belegschaft, dann ein AI Design Sprint mit Geschäftsführung und IT; nun"
                + " entsteht mit Experten aus dem Netzwerk ein KI-Tool für das Produktportfolio.",
            List.of(kickOff, sprints),
            Transformation.DIGITALISATION);
    c.engagement(
        paper(
            T_DIGITALISATION,
            "die Kompetenzplattform KI.NRW, die mit ihrer Flagship-Initiative"
                + " gesellschaftsrelevante Projekte im Bereich Künstliche Intelligenz (KI)"
                + " unterstützt [...] KI.NRW unterstützt z. B. mit agilen Methoden wie den AI Design"
                + " Sprints ™"),
        Transformation.DIGITALISATION,
        "Flagship-Initiative, AI Design Sprints und Beratung zur Konzeption und Implementierung"
            + " von KI-Anwendungen.",
        List.of(flagships, sprints),
        List.of(),
        List.of(example));
    c.engagement(
        paper(
            T_DECARBONISATION,
            "Nicht zuletzt unterstützt auch die Kompetenzplattform KI.NRW mit einem besonderen"
                + " Fokus auf “AI for Good” oder “KI und Nachhaltigkeit” den Transfer entsprechender"
                + " Anwendungen in die Wirtschaft."),
        Transformation.DECARBONISATION,
        "Unterstützt mit einem besonderen Fokus auf \"AI for Good\" und \"KI und Nachhaltigkeit\""
            + " den Transfer entsprechender Anwendungen in die Wirtschaft.");
    c.engagement(
        paper(
            T_DEMOGRAPHIC_CHANGE,
            "Beispielsweise unterstützt KI.NRW Bildungsanbieter, Berufsschulen oder"
                + " Ausbildungsbetriebe bei der strategischen Ausrichtung ihrer Ausbildungs- und"
                + " Lehrprogramme bezogen auf aktuelle Trends rund um KI."),
        Transformation.DEMOGRAPHIC_CHANGE,
        "Unterstützt Bildungsanbieter, Berufsschulen und Ausbildungsbetriebe bei der strategischen"
            + " Ausrichtung ihrer Ausbildungs- und Lehrprogramme auf aktuelle Trends rund um KI.");
    c.impulse(
        T_DIGITALISATION,
        "I17",
        ImpulseStatus.IMPLEMENTED,
        "Erfolgreiche Modelle wie die KI.NRW-Flagships demonstrieren, wie Cluster als vernetzende"
            + " Dachmarken und Unterstützungshubs effektiv im Innovations- und Förderprozess agieren"
            + " können.");
    return c.build();
  }

  private static ClusterProfile itsOwl() {
    Cluster c =
        new Cluster("its-owl", "it's OWL", "it's OWL", null, "DEA", PANORAMA)
            .fields(InnovationField.MATERIALS_AND_PRODUCTION)
            .about(FIELD_MATERIALS);
    return c.build();
  }

  private static ClusterProfile kunststoffland() {
    Cluster c =
        new Cluster("kunststoffland-nrw", "kunststoffland NRW", null, null, "DEA", PAPER, PANORAMA)
            .fields(InnovationField.MATERIALS_AND_PRODUCTION)
            .about(FIELD_MATERIALS);
    c.service(
        paper(
            S_INFORMATION,
            "das kunststoffland NRW welches sich als Netzwerk für die Interessen und"
                + " Bedürfnisse der gesamten Wertschöpfungskette Kunststoff einsetzt"),
        "wertschoepfungskette",
        "Netzwerk der Wertschöpfungskette Kunststoff",
        ServiceArea.INFORMATION_AND_ANALYSIS,
        "event",
        "Bringt durch individuelle Unterstützung, Austauschplattformen und Veranstaltungen die"
            + " Akteure aus allen Teilen der Wertschöpfungskette zusammen.");
    fundingInformation(c);
    Iri example =
        c.practice(
            paper(
                T_DECARBONISATION,
                "Das Landeskompetenznetzwerk kunststoffland NRW unterstützte einen großen"
                    + " Hersteller von Haushaltsgeräten dabei, sich mit einem mittelständischen"
                    + " Unternehmen aus dem Clusternetzwerk zu vernetzen"),
            "regranulate",
            "Initiierung der Vernetzung zwischen Akteuren zur Förderung nachhaltiger"
                + " Herstellungsprozesse",
            "kunststoffland NRW vernetzte einen großen Hersteller von Haushaltsgeräten mit einem"
                + " mittelständischen Regranulat-Hersteller aus dem Clusternetzwerk; so kam ein"
                + " neues Produkt mit einem Anteil an Regranulaten auf den Markt.",
            List.of(),
            Transformation.DECARBONISATION);
    c.engagement(
        paper(
            T_DECARBONISATION,
            "Ein anschauliches Beispiel hierfür ist die Vernetzung zwischen Akteuren durch"
                + " kunststoffland NRW zur Förderung nachhaltiger Herstellungsprozesse. [...]"
                + " Exzellenzzentrum Zirkuläre Kunststoffwirtschaft, an dem Chemie.NRW,"
                + " kunststoffland NRW und CLIB beteiligt sind"),
        Transformation.DECARBONISATION,
        "Vernetzung zwischen Akteuren zur Förderung nachhaltiger Herstellungsprozesse; beteiligt am"
            + " geplanten Aufbau einer Netzwerkplattform für chemisches Recycling durch das"
            + " Exzellenzzentrum Zirkuläre Kunststoffwirtschaft.",
        List.of(),
        List.of(),
        List.of(example));
    c.engagement(
        paper(
            T_DEMOGRAPHIC_CHANGE,
            "Ein weiteres Beispiel bietet kunststoffland.NRW, das Unternehmen aus der Branche"
                + " mit einer Toolbox bei der Weiterbildung und Rekrutierung von Fachkräften"
                + " unterstützt"),
        Transformation.DEMOGRAPHIC_CHANGE,
        "Unterstützt Unternehmen mit einer Toolbox bei der Weiterbildung und Rekrutierung von"
            + " Fachkräften: Veranstaltungen, Imagefilm, Azubi-Broschüre, Schredder und"
            + " Spritzgussmaschine für Jobmessen und Schulen.");
    return c.build();
  }

  private static ClusterProfile medizinNrw() {
    Cluster c =
        new Cluster("medizin-nrw", "Medizin.NRW", null, null, "DEA", PAPER, PANORAMA)
            .fields(InnovationField.MEDICINE_HEALTH_LIFE_SCIENCES)
            .about(FIELD_MEDICINE)
            .ecosystems(IndustrialEcosystem.HEALTH);
    c.service(
        paper(
            S_NETWORKING,
            "die Akteursdatenbanken von Medizin.NRW oder AeroSpace.NRW, die Transparenz und"
                + " Übersicht in ihrer spezifischen Technologie und Branchenlandschaft aus"
                + " Wirtschaft, Wissenschaft und Intermediären schafft"),
        "akteursdatenbank",
        "Akteursdatenbank",
        ServiceArea.NETWORKING_AND_TRANSFER,
        "ecosystem-mapping",
        "Schafft Transparenz über die Branchenlandschaft für gezieltes Matchmaking.");
    Iri lighthouse =
        c.service(
            paper(
                T_DIGITALISATION,
                "Ein weiteres Beispiel ist der Leuchtturm Digitale.Medizin.NRW von Medizin.NRW."),
            "digitale-medizin",
            "Leuchtturm Digitale.Medizin.NRW",
            ServiceArea.NETWORKING_AND_TRANSFER,
            "platform",
            "Fördert den interdisziplinären Austausch zwischen Forschung,"
                + " Technologieentwicklung und"
                + " medizinischer Anwendung; 2022 erschien das Whitepaper \"Digitale Medizin in NRW –"
                + " Best Practice für Translation\".",
            Transformation.DIGITALISATION);
    fundingInformation(c);
    c.engagement(
        paper(
            T_DIGITALISATION,
            "Cluster wie z. B. die FPI, ProduktionNRW oder Medizin.NRW nehmen eine wichtige"
                + " Rolle als Vernetzungsplattform für die Unternehmen bei der digitalen"
                + " Transformation in ihren Themenfeldern ein."),
        Transformation.DIGITALISATION,
        "Vernetzungsplattform für Unternehmen bei der digitalen Transformation; Leuchtturm"
            + " Digitale.Medizin.NRW.",
        List.of(lighthouse),
        List.of());
    return c.build();
  }

  private static ClusterProfile aerospaceNrw() {
    Cluster c =
        new Cluster("aerospace-nrw", "AeroSpace.NRW", null, null, "DEA", PAPER, PANORAMA)
            .fields(InnovationField.MOBILITY_AND_LOGISTICS)
            .about(FIELD_ENVIRONMENT_MOBILITY_ENERGY)
            .ecosystems(IndustrialEcosystem.AEROSPACE_AND_DEFENCE);
    c.service(
        paper(
            S_NETWORKING,
            "die Akteursdatenbanken von Medizin.NRW oder AeroSpace.NRW, die Transparenz und"
                + " Übersicht in ihrer spezifischen Technologie und Branchenlandschaft aus"
                + " Wirtschaft, Wissenschaft und Intermediären schafft"),
        "akteursdatenbank",
        "Akteursdatenbank",
        ServiceArea.NETWORKING_AND_TRANSFER,
        "ecosystem-mapping",
        "Schafft Transparenz über die Branchenlandschaft für gezieltes Matchmaking.");
    // The paper lists the whitepaper among information services, under no transformation, and
    // gives it no title.
    c.service(
        paper(
            S_INFORMATION,
            "die Analyse neuer Lieferketten und Märkte sowie zukünftiger"
                + " Wertschöpfungspotenziale in einem Whitepaper von Aerospace.NRW mit Akteuren aus"
                + " Wirtschaft und Wissenschaft"),
        "whitepaper",
        "Whitepaper von Aerospace.NRW",
        ServiceArea.INFORMATION_AND_ANALYSIS,
        "publication",
        "Analyse neuer Lieferketten und Märkte sowie zukünftiger Wertschöpfungspotenziale mit"
            + " Akteuren aus Wirtschaft und Wissenschaft; hebt die Transformation der Luftfahrt und"
            + " ihre Chancen für den Hightech-Standort NRW hervor.");
    return c.build();
  }

  private static ClusterProfile logistikNrw() {
    return new Cluster(
            "logistik-nrw",
            "Kompetenznetz Logistik.NRW",
            "Logistik.NRW",
            null,
            "DEA",
            PAPER,
            PANORAMA)
        .fields(InnovationField.MOBILITY_AND_LOGISTICS)
        .about(FIELD_ENVIRONMENT_MOBILITY_ENERGY)
        .ecosystems(IndustrialEcosystem.MOBILITY_TRANSPORT_AUTOMOTIVE)
        .withService(
            paper(
                S_INFORMATION,
                "der halbjährliche Innovationsradar des Kompetenznetzes Logistik.NRW, der sich"
                    + " mit übergeordneten Technologietrends der Logistikbranche unter"
                    + " unterschiedlichen Leitthemen beschäftigt"),
            "innovationsradar",
            "Innovationsradar",
            ServiceArea.INFORMATION_AND_ANALYSIS,
            "publication",
            "Halbjährlich: übergeordnete Technologietrends der Logistikbranche unter"
                + " unterschiedlichen"
                + " Leitthemen.")
        .build();
  }

  private static ClusterProfile fiveGNrw() {
    Cluster c =
        new Cluster(
                "5g-nrw",
                "Kompetenzzentrum 5G.NRW",
                "5G.NRW",
                null,
                "DEA",
                PAPER,
                PANORAMA,
                NEWS_5G)
            .fields(InnovationField.KEY_TECHNOLOGIES_AND_ICT)
            .about(FIELD_KEY_TECHNOLOGIES)
            .ecosystems(IndustrialEcosystem.DIGITAL);
    c.service(
        paper(
            S_INFORMATION,
            "das Whitepaper NRW-Perspektive 6G des Kompetenzzentrums 5G.NRW, das aufzeigt, wie"
                + " NRW und Deutschland frühzeitig und nachhaltig die Wertschöpfung durch die"
                + " 6G-Technologie steigern können"),
        "whitepaper-6g",
        "Whitepaper NRW-Perspektive 6G",
        ServiceArea.INFORMATION_AND_ANALYSIS,
        "publication",
        "Zeigt, wie NRW und Deutschland frühzeitig und nachhaltig die Wertschöpfung durch die"
            + " 6G-Technologie steigern können.");
    Iri centres =
        c.service(
            paper(
                T_DIGITALISATION,
                "Ein Beispiel dafür sind die 5G Test- und Demozentren des Kompetenzzentrums"
                    + " 5G.NRW. Projekte wie diese beschleunigen die Testung, Kommerzialisierung und"
                    + " Implementierung innovativer digitaler Lösungen."),
            "testzentren",
            "5G Test- und Demozentren",
            ServiceArea.NETWORKING_AND_TRANSFER,
            "test-centre",
            "Beschleunigen die Testung, Kommerzialisierung und Implementierung innovativer"
                + " digitaler Lösungen.",
            Transformation.DIGITALISATION);
    c.partnership(
        Citation.of(
            NEWS_5G,
            null,
            MultilingualText.de("Das Competence Center 5G.NRW ist Teil der ClusterAllianz.NRW")),
        "clusterallianz-nrw",
        "ClusterAllianz.NRW",
        PartnershipType.REGIONAL_CLUSTER_NETWORK);
    c.engagement(
        paper(
            T_DIGITALISATION,
            "Ein Beispiel dafür sind die 5G Test- und Demozentren des Kompetenzzentrums 5G.NRW."),
        Transformation.DIGITALISATION,
        "5G Test- und Demozentren.",
        List.of(centres),
        List.of());
    c.impulse(
        T_DIGITALISATION,
        "I18",
        ImpulseStatus.IMPLEMENTED,
        "Ein Beispiel hierfür sind die Initiative Digi-Sandbox.NRW oder die Test- und Demozentren"
            + " von 5G.NRW.");
    return c.build();
  }

  private static ClusterProfile blockchainNrw() {
    Cluster c =
        new Cluster("blockchain-nrw", "Blockchain.NRW", null, null, "DEA", PAPER)
            .about(
                paper(
                    T_DECARBONISATION,
                    "Auch das Cluster Blockchain.NRW trägt mit innovativen Ansätzen zur"
                        + " Dekarbonisierung bei"))
            .ecosystems(IndustrialEcosystem.DIGITAL);
    c.service(
        paper(S_NETWORKING, "die Blockchain-Landkarte von Blockchain.NRW"),
        "blockchain-landkarte",
        "Blockchain-Landkarte",
        ServiceArea.NETWORKING_AND_TRANSFER,
        "ecosystem-mapping",
        "Schafft Transparenz über die Blockchain-Landschaft für gezieltes Matchmaking.");
    Iri lab =
        c.service(
            paper(
                T_DIGITALISATION,
                "Das Blockchain Reallabor ist ein solches Reallabor, dass bereits mehr als 25"
                    + " industrielle Prototypen entwickelt hat"),
            "reallabor",
            "Blockchain Reallabor",
            ServiceArea.NETWORKING_AND_TRANSFER,
            "real-world-lab",
            "Hat mehr als 25 industrielle Prototypen entwickelt; sensibilisiert mit"
                + " Schulungsangeboten und Veranstaltungen für die Potenziale der Technologie.",
            Transformation.DIGITALISATION);
    c.engagement(
        paper(
            T_DECARBONISATION,
            "Auch das Cluster Blockchain.NRW trägt mit innovativen Ansätzen zur"
                + " Dekarbonisierung bei"),
        Transformation.DECARBONISATION,
        "Macht CO2-Emissionen entlang der Wertschöpfungskette mit Blockchain transparent, mit"
            + " digitalen Produktpässen und manipulationssicheren Zertifikaten für Recycling;"
            + " Pilotprojekt OpenSustainabilityApp (OSA).");
    c.engagement(
        paper(
            T_DIGITALISATION,
            "Ein Beispiel hierfür ist Blockchain.NRW, das Unternehmen die Möglichkeit bietet,"
                + " Blockchain-Technologien in praxisorientierten Reallaboren zu erproben und"
                + " weiterzuentwickeln."),
        Transformation.DIGITALISATION,
        "Praxisorientierte Reallabore zur Erprobung von Blockchain-Technologien.",
        List.of(lab),
        List.of());
    return c.build();
  }

  private static ClusterProfile creativeNrw() {
    Cluster c =
        new Cluster("creative-nrw", "CREATIVE.NRW", null, null, "DEA", PAPER, PANORAMA)
            .fields(InnovationField.CULTURE_MEDIA_CREATIVE_SERVICES)
            .about(FIELD_CREATIVE)
            .ecosystems(IndustrialEcosystem.CULTURAL_AND_CREATIVE_INDUSTRIES);
    c.service(
        paper(S_NETWORKING, "die missionsorientierten creative.challenges von creative.nrw"),
        "creative-challenges",
        "creative.challenges",
        ServiceArea.NETWORKING_AND_TRANSFER,
        "programme",
        "Missionsorientiert: erarbeitet entlang von Problemstellungen von Unternehmen"
            + " branchenübergreifende Lösungsansätze zwischen Industrie und Kreativwirtschaft.");
    fundingInformation(c);
    c.service(
        paper(
            S_STARTUPS,
            "das Cluster Creative.NRW unterstützt mit seinem Format „Creative.Founders“"
                + " kreative Gründerinnen und Gründer"),
        "creative-founders",
        "Creative.Founders",
        ServiceArea.STARTUP_SUPPORT,
        "training",
        "Praxisnahe Informationen für kreative Gründerinnen und Gründer zu Finanzierung,"
            + " Geschäftsmodellentwicklung und rechtlichen Grundlagen, Workshops und"
            + " Netzwerkmöglichkeiten.",
        TargetGroup.of("startups"));
    return c.build();
  }

  private static ClusterProfile produktionNrw() {
    Cluster c =
        new Cluster("produktion-nrw", "ProduktionNRW", null, null, "DEA", PAPER, PANORAMA)
            .fields(InnovationField.MATERIALS_AND_PRODUCTION)
            .about(FIELD_MATERIALS);
    c.service(
        paper(
            S_INFORMATION,
            "das Cluster ProduktionNRW informiert und sensibilisiert z. B. mit seinen"
                + " Veranstaltungen und Berichten regelmäßig gezielt KMU zu regulatorischen Themen"),
        "regulatorik",
        "Veranstaltungen und Berichte zu regulatorischen Themen",
        ServiceArea.INFORMATION_AND_ANALYSIS,
        "event",
        "Informiert und sensibilisiert KMU regelmäßig gezielt zu regulatorischen Themen.",
        TargetGroup.of("smes"));
    fundingInformation(c);
    c.service(
        paper(
            S_INTERNATIONAL,
            "die regelmäßige Mitwirkung der Cluster bei NRW-Gemeinschaftsständen u.a. das"
                + " KNUW.NRW und ProduktionNRW auf der international bedeutenden Hannover Messe"),
        "hannover-messe",
        "NRW-Gemeinschaftsstand auf der Hannover Messe",
        ServiceArea.INTERNATIONALISATION,
        "trade-fair",
        "Präsentiert den Maschinen- und Anlagenbau NRWs als nachhaltigen Innovationsstandort.");
    Iri circo =
        c.service(
            paper(
                T_DECARBONISATION,
                "Gemeinsam mit der Effizienz Agentur-NRW wird eine speziell auf den"
                    + " Maschinenbau und die Produktionstechnik in NRW zugeschnittene"
                    + " CIRCO-Workshopreihe angeboten"),
            "circo",
            "CIRCO-Workshopreihe",
            ServiceArea.NETWORKING_AND_TRANSFER,
            "training",
            "Gemeinsam mit der Effizienz Agentur-NRW, zugeschnitten auf Maschinenbau und"
                + " Produktionstechnik: zirkuläre Geschäftsmodelle entwickeln und umsetzen.",
            Transformation.DECARBONISATION);
    Iri enabler =
        c.service(
            paper(
                T_DEGLOBALISATION,
                "die vom Cluster ProduktionNRW initiierte Veranstaltungsreihe \"Enabler und"
                    + " Vorreiter: Maschinenbau gestaltet die Transformation\""),
            "enabler-und-vorreiter",
            "Veranstaltungsreihe \"Enabler und Vorreiter: Maschinenbau gestaltet die"
                + " Transformation\"",
            ServiceArea.INFORMATION_AND_ANALYSIS,
            "event",
            "Ermutigt Unternehmen im Maschinenbau, sich proaktiv mit den Transformationsprozessen"
                + " zu beschäftigen und zukunftsfähige Geschäftsmodelle zu identifizieren.",
            Transformation.DEGLOBALISATION);
    c.engagement(
        paper(
            T_DECARBONISATION,
            "Das Cluster ProduktionNRW setzt ebenfalls einen Schwerpunkt auf das Thema"
                + " Kreislaufwirtschaft."),
        Transformation.DECARBONISATION,
        "Schwerpunkt Kreislaufwirtschaft: CIRCO-Workshopreihe.",
        List.of(circo),
        List.of());
    c.engagement(
        paper(
            T_DIGITALISATION,
            "Das Cluster ProduktionNRW setzt beispielsweise durch die Vernetzung von"
                + " Maschinenbauunternehmen, Startups und Forschungsinstituten Anreize für"
                + " Projektideen zur Entwicklung neuer digitaler Lösungsansätze für die"
                + " Transformation."),
        Transformation.DIGITALISATION,
        "Setzt durch die Vernetzung von Maschinenbauunternehmen, Startups und Forschungsinstituten"
            + " Anreize für Projektideen zu neuen digitalen Lösungen.");
    c.engagement(
        paper(
            T_DEGLOBALISATION,
            "die vom Cluster ProduktionNRW initiierte Veranstaltungsreihe \"Enabler und"
                + " Vorreiter: Maschinenbau gestaltet die Transformation\""),
        Transformation.DEGLOBALISATION,
        "Veranstaltungsreihe \"Enabler und Vorreiter\".",
        List.of(enabler),
        List.of());
    return c.build();
  }

  private static ClusterProfile knuwNrw() {
    Cluster c =
        new Cluster(
                "knuw-nrw",
                "Kompetenznetzwerk Umweltwirtschaft.NRW",
                "KNUW.NRW",
                null,
                "DEA",
                PAPER,
                PANORAMA)
            .fields(InnovationField.ENVIRONMENT_AND_CIRCULAR_ECONOMY)
            .about(FIELD_ENVIRONMENT_MOBILITY_ENERGY);
    c.service(
        paper(
            S_INFORMATION,
            "die Green Economy Paper des Kompetenznetzwerks Umweltwirtschaft.NRW (KNUW.NRW)"),
        "green-economy-paper",
        "Green Economy Paper",
        ServiceArea.INFORMATION_AND_ANALYSIS,
        "publication",
        "Beleuchten regelmäßig Technologiethemen und das Innovationsgeschehen in NRWs"
            + " Umweltwirtschaft und identifizieren Handlungsfelder.");
    Iri dialogues =
        c.service(
            paper(
                T_DECARBONISATION,
                "Das KNUW.NRW beispielsweise organisiert regelmäßige Regional- und"
                    + " Unternehmensdialoge sowie das jährliche Jahrestreffen Umweltwirtschaft.NRW"
                    + " SUMMIT"),
            "dialoge-summit",
            "Regional- und Unternehmensdialoge, Umweltwirtschaft.NRW SUMMIT",
            ServiceArea.NETWORKING_AND_TRANSFER,
            "event",
            "Regelmäßige Dialoge und das jährliche Jahrestreffen für branchenübergreifend wichtige"
                + " Akteure der Umweltwirtschaft.",
            Transformation.DECARBONISATION);
    c.service(
        paper(
            S_INTERNATIONAL,
            "die regelmäßige Mitwirkung der Cluster bei NRW-Gemeinschaftsständen u.a. das"
                + " KNUW.NRW und ProduktionNRW auf der international bedeutenden Hannover Messe"),
        "hannover-messe",
        "NRW-Gemeinschaftsstand auf der Hannover Messe",
        ServiceArea.INTERNATIONALISATION,
        "trade-fair",
        "Präsentiert die Umweltwirtschaft NRWs als nachhaltigen Innovationsstandort.");
    c.engagement(
        paper(
            T_DECARBONISATION,
            "das als zentraler Austauschpunkt zur Förderung von Innovation, strategischer"
                + " Vernetzung und der Kommunikation über das Gelingen einer grünen Transformation"
                + " dient"),
        Transformation.DECARBONISATION,
        "Zentraler Austauschpunkt zur Kommunikation über das Gelingen einer grünen Transformation.",
        List.of(dialogues),
        List.of());
    return c.build();
  }

  private static ClusterProfile innocamNrw() {
    return new Cluster("innocam-nrw", "innocam.NRW", null, null, "DEA", PAPER, PANORAMA)
        .fields(InnovationField.MOBILITY_AND_LOGISTICS)
        .about(FIELD_ENVIRONMENT_MOBILITY_ENERGY)
        .ecosystems(IndustrialEcosystem.MOBILITY_TRANSPORT_AUTOMOTIVE)
        .withService(
            paper(
                S_INFORMATION,
                "die mehrmals im Jahr erscheinenden Berichte zur Marktbeobachtung von innocam.NRW"),
            "marktbeobachtung",
            "Berichte zur Marktbeobachtung",
            ServiceArea.INFORMATION_AND_ANALYSIS,
            "publication",
            "Mehrmals im Jahr: Entwicklungen rund um die automatisierte und vernetzte Mobilität in"
                + " NRW.")
        .build();
  }

  private static ClusterProfile nmwpNrw() {
    Cluster c =
        new Cluster(
                "nmwp-nrw", "NanoMikroWerkstoffePhotonik", "NMWP.NRW", null, "DEA", PAPER, PANORAMA)
            .fields(InnovationField.MATERIALS_AND_PRODUCTION)
            .about(FIELD_MATERIALS);
    c.project(
        paper(
            S_INTERNATIONAL,
            "die vom Cluster NanoMikroWerkstoffePhotonik (NMWP.NRW) mitinitiierte und als"
                + " Projektpartner begleitete Teilnahme am ROCKET-Projekt"),
        "rocket",
        "RegiOnal Collaboration on Key Enabling Technologies",
        null,
        "ROCKET",
        "Mitinitiiert und als Projektpartner begleitet: förderte die Zusammenarbeit zwischen"
            + " Wirtschaft und Wissenschaft im deutsch-niederländischen Grenzgebiet und unterstützte"
            + " rund 180 Unternehmen.");
    Iri twin =
        c.project(
            paper(
                T_DIGITALISATION,
                "agiert das Cluster NMWP.NRW als Projekt- und Vernetzungspartner bei der"
                    + " Erstellung der Digital Twin Academy zur Erprobung eines Digitalen Zwillings"
                    + " in der Praxis"),
            "digital-twin-academy",
            "Digital Twin Academy",
            null,
            null,
            "Projekt- und Vernetzungspartner bei der Erprobung eines Digitalen Zwillings in der"
                + " Praxis.");
    c.engagement(
        paper(
            T_DIGITALISATION,
            "agiert das Cluster NMWP.NRW als Projekt- und Vernetzungspartner bei der"
                + " Erstellung der Digital Twin Academy zur Erprobung eines Digitalen Zwillings in"
                + " der Praxis"),
        Transformation.DIGITALISATION,
        "Projekt- und Vernetzungspartner der Digital Twin Academy.",
        List.of(),
        List.of(twin));
    c.engagement(
        paper(
            T_DEMOGRAPHIC_CHANGE,
            "Ebenso engagiert sich das Cluster NMWP.NRW in der Entwicklung von"
                + " Cross-Innovation-Weiterbildungen"),
        Transformation.DEMOGRAPHIC_CHANGE,
        "Entwickelt Cross-Innovation-Weiterbildungen, die Fachkräfte für zukunftsweisende"
            + " Technologien qualifizieren.");
    return c.build();
  }

  private static ClusterProfile chemieNrw() {
    Cluster c =
        new Cluster("chemie-nrw", "Chemie.NRW", null, null, "DEA", PAPER, PANORAMA)
            .fields(InnovationField.MATERIALS_AND_PRODUCTION)
            .about(FIELD_MATERIALS);
    c.engagement(
        paper(
            T_DECARBONISATION,
            "der geplante Aufbau einer Netzwerkplattform für chemisches Recycling durch das"
                + " Exzellenzzentrum Zirkuläre Kunststoffwirtschaft, an dem Chemie.NRW,"
                + " kunststoffland NRW und CLIB beteiligt sind"),
        Transformation.DECARBONISATION,
        "Beteiligt am geplanten Aufbau einer Netzwerkplattform für chemisches Recycling durch das"
            + " Exzellenzzentrum Zirkuläre Kunststoffwirtschaft; diese Plattform soll im Rheinischen"
            + " Revier eine funktionierende Circular Plastics Economy entwickeln.");
    return c.build();
  }

  private static ClusterProfile automotiveland() {
    Cluster c =
        new Cluster("automotiveland-nrw", "automotiveland.nrw", null, null, "DEA", PAPER, PANORAMA)
            .fields(InnovationField.MOBILITY_AND_LOGISTICS)
            .about(FIELD_ENVIRONMENT_MOBILITY_ENERGY)
            .ecosystems(IndustrialEcosystem.MOBILITY_TRANSPORT_AUTOMOTIVE);
    Iri matchmaking =
        c.service(
            paper(
                T_DEGLOBALISATION,
                "Das Cluster automotiveland.nrw bietet zur Stärkung lokaler und"
                    + " internationaler Liefer- und Wertschöpfungsketten beispielhaft"
                    + " B2B-Matchmakings und Brancheninformationen an."),
            "b2b-matchmaking",
            "B2B-Matchmakings und Brancheninformationen",
            ServiceArea.NETWORKING_AND_TRANSFER,
            "matchmaking",
            "Stärkt lokale und internationale Liefer- und Wertschöpfungsketten.",
            Transformation.DEGLOBALISATION);
    // Both passages stand in the paper's section on (de-)globalisation.
    c.engagement(
        paper(
            T_DEGLOBALISATION,
            "Das Cluster automotiveland.nrw informiert und vernetzt die Automobilwirtschaft"
                + " zum Beispiel zu neuen Trends und Märkten im Bereich der Antriebstechnologien"
                + " [...] B2B-Matchmakings und Brancheninformationen an."),
        Transformation.DEGLOBALISATION,
        "B2B-Matchmakings und Brancheninformationen zur Stärkung lokaler und internationaler"
            + " Liefer- und Wertschöpfungsketten; informiert und vernetzt die Automobilwirtschaft"
            + " zu neuen Trends und Märkten im Bereich der Antriebstechnologien und begleitet die"
            + " Wertschöpfungstransformation der Automobilwirtschaft hin zur Elektromobilität.",
        List.of(matchmaking),
        List.of());
    return c.build();
  }

  private static ClusterProfile foodhubNrw() {
    Cluster c =
        new Cluster("foodhub-nrw", "Foodhub NRW", null, null, "DEA", PAPER)
            .about(
                paper(
                    T_DECARBONISATION,
                    "Der Foodhub NRW fokussiert sich auf Innovationen, welche die"
                        + " Nachhaltigkeit der Ernährungswirtschaft vorantreiben."))
            .ecosystems(IndustrialEcosystem.AGRI_FOOD);
    c.service(
        paper(
            S_INFORMATION,
            "das Foodhub NRW mit einem tagesaktuellen Informationsangebot zu Entwicklungen"
                + " entlang der gesamten AgriFood Wertschöpfungskette"),
        "informationsangebot",
        "Tagesaktuelles Informationsangebot",
        ServiceArea.INFORMATION_AND_ANALYSIS,
        "platform",
        "Entwicklungen entlang der gesamten AgriFood-Wertschöpfungskette.");
    c.service(
        paper(
            S_STARTUPS,
            "der Investoren-Zirkel des Foodhub NRW, der Business Angel und VC-Fonds regelmäßig"
                + " über Fundraising-Aktivitäten der Start-ups informiert"),
        "investoren-zirkel",
        "Investoren-Zirkel",
        ServiceArea.STARTUP_SUPPORT,
        "matchmaking",
        "Informiert Business Angel und VC-Fonds regelmäßig über Fundraising-Aktivitäten der"
            + " Start-ups; Matchmaking zu Mentoren, Partnern, Kunden und Investoren.",
        TargetGroup.of("startups"),
        TargetGroup.of("investors"));
    c.engagement(
        paper(
            T_DECARBONISATION,
            "Der Foodhub NRW fokussiert sich auf Innovationen, welche die Nachhaltigkeit der"
                + " Ernährungswirtschaft vorantreiben."),
        Transformation.DECARBONISATION,
        "Fokus auf Innovationen für die Nachhaltigkeit der Ernährungswirtschaft und die Circular"
            + " Economy; Zusammenarbeit mit BIO.NRW und CLIB zu neuen Nutzungsformen von"
            + " Agrarrohstoffen und Restströmen.");
    return c.build();
  }

  private static ClusterProfile foodProcessingInitiative() {
    Cluster c =
        new Cluster("fpi", "Food-Processing Initiative", "FPI", null, "DEA", PAPER)
            .about(paper(S_FUNDING, "des Netzwerks Food-Processing Initiative (FPI)"))
            .ecosystems(IndustrialEcosystem.AGRI_FOOD);
    // The paper names both among innovative funding models; the programme of INNOSUP-1 is not
    // in it.
    c.project(
        paper(
            S_FUNDING,
            "das Engagement in innovativen Förder- und Finanzierungsmodellen, z. B. des"
                + " Netzwerks Food-Processing Initiative (FPI) im Rahmen von EU-Projekten wie der"
                + " INNOSUP-1 Initiative"),
        "innosup-1",
        "INNOSUP-1",
        null,
        null,
        "Innovatives Förder- und Finanzierungsmodell im Rahmen eines EU-Projekts.");
    c.project(
        paper(
            S_FUNDING,
            "oder des I3-Projektes, bei dem über ein clusterkoordiniertes"
                + " Kaskadenfinanzierungsmodell KMU aus NRW fachlich kompetent und unbürokratisch in"
                + " Innovationsprojekte eingebunden und finanziell gefördert werden können"),
        "i3",
        "I3-Projekt",
        null,
        "I3",
        "Clusterkoordiniertes Kaskadenfinanzierungsmodell, über das KMU aus NRW in"
            + " Innovationsprojekte eingebunden und gefördert werden.");
    c.service(
        paper(
            S_INTERNATIONAL,
            "die Partizipation der FPI als aktives Mitglied an der europäischen"
                + " S3-Partnerschaft Smart Solutions 4 Agri-Food"),
        "s3-partnerschaft",
        "Mitglied der S3-Partnerschaft Smart Solutions 4 Agri-Food",
        ServiceArea.INTERNATIONALISATION,
        null,
        "Macht NRW-Innovationen international sichtbar und holt digitale Lösungen aus dem Ausland"
            + " nach NRW.");
    c.partnership(
        paper(
            S_INTERNATIONAL,
            "die Partizipation der FPI als aktives Mitglied an der europäischen S3-Partnerschaft"
                + " Smart Solutions 4 Agri-Food"),
        "s3-smart-solutions-4-agri-food",
        "S3-Partnerschaft Smart Solutions 4 Agri-Food",
        PartnershipType.S3_PARTNERSHIP);
    c.engagement(
        paper(
            T_DIGITALISATION,
            "Cluster wie z. B. die FPI, ProduktionNRW oder Medizin.NRW nehmen eine wichtige"
                + " Rolle als Vernetzungsplattform für die Unternehmen bei der digitalen"
                + " Transformation in ihren Themenfeldern ein."),
        Transformation.DIGITALISATION,
        "Vernetzungsplattform für die Unternehmen bei der digitalen Transformation in ihren"
            + " Themenfeldern.");
    return c.build();
  }

  private static ClusterProfile circularValley() {
    Cluster c =
        new Cluster("circular-valley", "Circular Valley Stiftung", null, null, "DEA", PAPER)
            .about(
                paper(
                    T_DECARBONISATION,
                    "Die Circular Valley Stiftung fungiert zudem als zentrale Plattform für"
                        + " die Kreislaufwirtschaft in NRW"));
    Iri accelerator =
        c.service(
            paper(
                S_STARTUPS,
                "die zweimal jährlich maßgeschneiderte Betreuung von 15 Start-ups im Rahmen"
                    + " des Circular Economy Accelerator Programm der Circular Valley Stiftung"),
            "accelerator",
            "Circular Economy Accelerator",
            ServiceArea.STARTUP_SUPPORT,
            "programme",
            "Zweimal jährlich maßgeschneiderte Betreuung von 15 Start-ups in Geschäftsentwicklung,"
                + " Markteintritt und Finanzierung; Vernetzung mit über 140 Partnern.",
            Transformation.DECARBONISATION);
    c.engagement(
        paper(
            T_DECARBONISATION,
            "Die Circular Valley Stiftung fungiert zudem als zentrale Plattform für die"
                + " Kreislaufwirtschaft in NRW"),
        Transformation.DECARBONISATION,
        "Zentrale Plattform für die Kreislaufwirtschaft in NRW: entwickelt politische"
            + " Empfehlungen, sensibilisiert die Öffentlichkeit und fördert Start-ups und Projekte"
            + " über den Circular Valley Accelerator.",
        List.of(accelerator),
        List.of());
    return c.build();
  }

  private static ClusterProfile einQuantumNrw() {
    return new Cluster("ein-quantum-nrw", "Ein.Quantum.NRW", null, null, "DEA", PAPER)
        .about(paper(S_STARTUPS, "durch das Cluster Ein.Quantum.NRW"))
        .withService(
            paper(
                S_STARTUPS,
                "die Begleitung eines Start-ups mit Fokus auf die Entwicklung von"
                    + " Quantencomputern auf Basis von Ionenfallen durch das Cluster Ein.Quantum.NRW"),
            "ausgruendung",
            "Begleitung von Ausgründungen",
            ServiceArea.STARTUP_SUPPORT,
            "consulting",
            "Begleitete ein Start-up für Quantencomputer auf Basis von Ionenfallen schon"
                + " während der"
                + " Ausgründung; daraus entstand eine Entwicklungspartnerschaft mit dem Jülich"
                + " Supercomputing Centre.")
        .build();
  }

  /**
   * The paper names ProduktionNRW, Medizin.NRW, CLIB, kunststoffland NRW and Creative.NRW together
   * for this service, in one sentence.
   */
  private static void fundingInformation(Cluster c) {
    c.service(
        paper(
            S_FUNDING,
            "die Bereitstellung branchen- und technologiespezifischer Förder- und"
                + " Finanzierungsinformationen durch Cluster wie z. B. ProduktionNRW, Medizin.NRW,"
                + " CLIB, kunststoffland NRW und Creative.NRW"),
        "foerderinformation",
        "Förder- und Finanzierungsinformationen",
        ServiceArea.FUNDING_AND_FINANCE,
        "consulting",
        "Zielgruppengenaue Übersichten, Beratung bei der Antragstellung und Zugänge zu"
            + " Finanzierungsakteuren.");
  }

  /** One profile under construction, with identifiers under its own path. */
  private static final class Cluster {
    private final String base;
    private final ClusterOrganisation.Builder organisation;
    private final List<Source> sources;
    private final List<Service> services = new ArrayList<>();
    private final List<TransformationEngagement> engagements = new ArrayList<>();
    private final List<Project> projects = new ArrayList<>();
    private final List<PracticeExample> examples = new ArrayList<>();
    private final List<ImpulseUptake> uptakes = new ArrayList<>();
    private ThematicFocus focus = ThematicFocus.NONE;

    Cluster(
        String slug, String name, String acronym, String website, String nuts, Source... sources) {
      this.base = NS + slug;
      this.organisation =
          ClusterOrganisation.builder(Iri.of(base), MultilingualText.de(name))
              .location(Location.of(CountryCode.DE, NutsCode.of(nuts)));
      if (acronym != null) {
        organisation.acronym(acronym);
      }
      if (website != null) {
        organisation.website(Iri.of(website), "de");
      }
      this.sources = List.of(sources);
    }

    Cluster fields(InnovationField... fields) {
      focus = focus.withInnovationFields(fields);
      return this;
    }

    Cluster ecosystems(IndustrialEcosystem... ecosystems) {
      focus = focus.withEcosystems(ecosystems);
      return this;
    }

    /** Cites the source that names the cluster and places it in its innovation field. */
    Cluster about(Citation citation) {
      organisation.citations(citation);
      return this;
    }

    Cluster withService(
        Citation citation, String slug, String name, ServiceArea area, String format, String text) {
      service(citation, slug, name, area, format, text);
      return this;
    }

    void partnership(Citation citation, String slug, String name, PartnershipType type) {
      organisation.addPartnership(
          new Partnership(
              Iri.of(NS + "partnership/" + slug),
              MultilingualText.de(name),
              type,
              DateRange.ALWAYS,
              null,
              List.of(citation)));
    }

    Iri service(
        Citation citation,
        String slug,
        String name,
        ServiceArea area,
        String format,
        String text,
        Object... groupsAndTransformations) {
      Iri id = Iri.of(base + "/service/" + slug);
      Service.Builder service =
          Service.builder(id, MultilingualText.de(name), area)
              .description(MultilingualText.de(text))
              .citations(citation);
      if (format != null) {
        service.format(ServiceFormat.of(format));
      }
      List<TargetGroup> groups = new ArrayList<>();
      List<Transformation> served = new ArrayList<>();
      for (Object value : groupsAndTransformations) {
        if (value instanceof TargetGroup group) {
          groups.add(group);
        } else {
          served.add((Transformation) value);
        }
      }
      service.targetGroups(groups.toArray(TargetGroup[]::new));
      service.transformations(served.toArray(Transformation[]::new));
      services.add(service.build());
      return id;
    }

    Iri project(
        Citation citation,
        String slug,
        String name,
        String programme,
        String acronym,
        String text) {
      Iri id = Iri.of(base + "/project/" + slug);
      Project.Builder project = Project.builder(id, MultilingualText.de(name)).citations(citation);
      if (programme != null) {
        project.fundingProgramme(programme);
      }
      if (acronym != null) {
        project.acronym(acronym);
      }
      if (text != null) {
        project.description(MultilingualText.de(text));
      }
      projects.add(project.build());
      return id;
    }

    Iri practice(
        Citation citation,
        String slug,
        String title,
        String text,
        List<Iri> services,
        Transformation t) {
      Iri id = Iri.of(base + "/example/" + slug);
      examples.add(
          new PracticeExample(
              id,
              MultilingualText.de(title),
              MultilingualText.de(text),
              List.of(),
              services,
              Set.of(t),
              Extensions.NONE,
              List.of(citation)));
      return id;
    }

    void engagement(Citation citation, Transformation transformation, String text) {
      engagement(citation, transformation, text, List.of(), List.of(), List.of());
    }

    void engagement(
        Citation citation,
        Transformation transformation,
        String text,
        List<Iri> services,
        List<Iri> projects) {
      engagement(citation, transformation, text, services, projects, List.of());
    }

    void engagement(
        Citation citation,
        Transformation transformation,
        String text,
        List<Iri> services,
        List<Iri> projects,
        List<Iri> examples) {
      engagements.add(
          new TransformationEngagement(
              transformation,
              MultilingualText.de(text),
              services,
              projects,
              examples,
              List.of(citation)));
    }

    /** Records an uptake with the paper's sentence, in the section {@code locator}, as evidence. */
    void impulse(String locator, String code, ImpulseStatus status, String evidence) {
      MultilingualText quote = MultilingualText.de(evidence);
      uptakes.add(
          new ImpulseUptake(
              code, status, quote, null, List.of(), List.of(Citation.of(PAPER, locator, quote))));
    }

    ClusterProfile build() {
      ClusterProfile.Builder profile =
          ClusterProfile.builder(
              organisation.focus(focus).build(), ProfileMetadata.of(COMPILED, sources, "de"));
      services.forEach(profile::addService);
      engagements.forEach(profile::addEngagement);
      projects.forEach(profile::addProject);
      examples.forEach(profile::addPracticeExample);
      uptakes.forEach(profile::addImpulseUptake);
      return profile.build();
    }
  }
}
