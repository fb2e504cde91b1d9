package eu.clusterdata.examples.data;

import eu.clusterdata.model.ClusterOrganisation;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.CountryCode;
import eu.clusterdata.model.Extensions;
import eu.clusterdata.model.ImpulseStatus;
import eu.clusterdata.model.ImpulseUptake;
import eu.clusterdata.model.IndustrialEcosystem;
import eu.clusterdata.model.InnovationField;
import eu.clusterdata.model.Iri;
import eu.clusterdata.model.Location;
import eu.clusterdata.model.MultilingualText;
import eu.clusterdata.model.NutsCode;
import eu.clusterdata.model.PracticeExample;
import eu.clusterdata.model.ProfileMetadata;
import eu.clusterdata.model.Project;
import eu.clusterdata.model.Service;
import eu.clusterdata.model.ServiceArea;
import eu.clusterdata.model.ServiceFormat;
import eu.clusterdata.model.Source;
import eu.clusterdata.model.TargetGroup;
import eu.clusterdata.model.ThematicFocus;
import eu.clusterdata.model.Transformation;
import eu.clusterdata.model.TransformationEngagement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The NRW reference data set: the single source of truth for {@code examples/data}.
 *
 * <p>Every value comes from the two source documents (ClusterAllianz.NRW's paper
 * "Cluster.Zukunft.NRW", 2025, and NRW.innovativ's "Cluster-Panorama NRW", 2022) or from public
 * fact; what they do not say stays empty (no websites, no regions finer than NRW, no years the
 * documents do not print). Descriptions are the documents' own words, shortened. Innovation fields
 * are those the Cluster-Panorama assigns; industrial ecosystems are given only where a cluster's
 * stated theme names one (AI is digital, aerospace is aerospace). Impulse uptakes are recorded only
 * where the paper ties a cluster's activity to an impulse, with the sentence as evidence. See
 * {@code examples/README.md} for what the validator finds missing.
 */
public final class NrwClusters {

  /** Where the data set's identifiers live. */
  public static final String NS = "https://clusterdata.eu/data/nrw/";

  static final Source PAPER =
      Source.document("ClusterAllianz.NRW: Cluster.Zukunft.NRW. Zukunftspapier", null);
  static final Source PANORAMA =
      Source.document(
          "NRW.innovativ (2022): Cluster-Panorama NRW, Kurzversion, Stand 14.06.2022", null);

  /** When the data set was compiled: fixed, so that generating it again gives the same files. */
  static final Instant COMPILED = Instant.parse("2026-11-23T00:00:00Z");

  private NrwClusters() {}

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
            .build());
    all.add(
        new Cluster("qt-nrw", "Koordinierungsstelle QT.NRW", "QT.NRW", null, "DEA", PANORAMA)
            .fields(InnovationField.KEY_TECHNOLOGIES_AND_ICT)
            .build());
    all.add(
        new Cluster("spin-nrw", "SPIN NRW", null, null, "DEA", PANORAMA)
            .fields(InnovationField.MATERIALS_AND_PRODUCTION)
            .build());
    all.add(
        new Cluster("energy4climate", "NRW.Energy4Climate", null, null, "DEA", PANORAMA)
            .fields(InnovationField.ENERGY_AND_CONSTRUCTION)
            .build());
    all.sort(java.util.Comparator.comparing(p -> p.organisation().id()));
    return List.copyOf(all);
  }

  private static ClusterProfile bioNrw() {
    Cluster c =
        new Cluster("bio-nrw", "BIO.NRW", "BIO.NRW", null, "DEA", PAPER, PANORAMA)
            .fields(InnovationField.MEDICINE_HEALTH_LIFE_SCIENCES)
            .ecosystems(IndustrialEcosystem.HEALTH);
    c.service(
        "dachmarke",
        "Strategische Dachmarke für 6 lokale und regionale Life Science Netzwerke",
        ServiceArea.NETWORKING_AND_TRANSFER,
        null,
        "Bündelt die Stärken der Regionen und unterstützt die Akteure bei der vertikalen und"
            + " horizontalen Vernetzung auf nationaler und internationaler Ebene.");
    c.service(
        "foerdermittelbroschuere",
        "Fördermittelbroschüre",
        ServiceArea.FUNDING_AND_FINANCE,
        "publication",
        "In Kooperation mit der Zenit GmbH: Fördermöglichkeiten in den Lebenswissenschaften, für"
            + " Start-ups und KMU beim Fördermittelscouting und der Finanzierung.",
        TargetGroup.of("startups"),
        TargetGroup.of("smes"));
    c.service(
        "business-angel-zirkel",
        "BIO.NRW Business Angel Zirkel",
        ServiceArea.STARTUP_SUPPORT,
        "event",
        "Stellt in mehreren Meetings pro Jahr 35-40 Start-ups aus ganz Europa privaten und"
            + " institutionellen Investorinnen und Investoren sowie Risikokapitalgebern vor.",
        TargetGroup.of("startups"),
        TargetGroup.of("investors"));
    c.service(
        "leitmessen",
        "Teilnahme an globalen Leitmessen und Delegationsreisen",
        ServiceArea.INTERNATIONALISATION,
        "trade-fair",
        "Regelmäßige Teilnahme an der BIO International Convention und der BIO-Europe;"
            + " Delegationsreisen und Messeauftritte in Europa, den USA, Asien und der ASEAN-Region.");
    c.engagement(
        Transformation.DECARBONISATION,
        "Arbeitet für die Etablierung einer Bioökonomie in NRW auf nachwachsender Rohstoffbasis in"
            + " Kreislaufprozessen: organisiert die Geschäftsstelle des Bioökonomie-Rates NRW, ist"
            + " Gastgeber der \"Greener Manufacturing Show\" in Köln und unterstützt Unternehmen im"
            + " Themen-Schwerpunkt BIO.NRW.eco.");
    c.impulse(
        "I16",
        ImpulseStatus.IMPLEMENTED,
        "Ein Beispiel hierfür ist das Cluster BIO.NRW mit seiner Rolle als Partner in der"
            + " Bioökonomie-Strategieentwicklung [...]");
    c.impulse(
        "I10",
        ImpulseStatus.PLANNED,
        "Zukünftige Beispiele sind die Kooperation von BIO.NRW mit der Kölner GATEWAY FACTORY [...]");
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
            .fields(InnovationField.MEDICINE_HEALTH_LIFE_SCIENCES);
    c.service(
        "netzwerkprozess",
        "Strukturierter Netzwerkprozess",
        ServiceArea.NETWORKING_AND_TRANSFER,
        "project",
        "Hat in den letzten 10 Jahren mehr als 50 FuE-Projekte auf Landes-, Bundes- und EU-Ebene"
            + " initiiert.");
    c.service(
        "conference",
        "CLIB International Conference",
        ServiceArea.INFORMATION_AND_ANALYSIS,
        "event",
        "Seit über 10 Jahren jährlich: Trends, innovative Technologien und Methoden der"
            + " Biotechnologie und Bioökonomie.");
    fundingInformation(c);
    Iri startups =
        c.service(
            "startup-unterstuetzung",
            "Unterstützung von Start-ups in der Bioökonomie",
            ServiceArea.STARTUP_SUPPORT,
            "consulting",
            "Hilft bei der Identifikation geistigen Eigentums, der Entwicklung tragfähiger"
                + " Geschäftsmodelle, der Suche nach Investorinnen und Investoren und der"
                + " Überwindung von Finanzierungslücken bis zum Markteintritt.",
            TargetGroup.of("startups"));
    Iri futurEnzyme = c.project("futurenzyme", "FuturEnzyme", null, null, "EU-Projekt.");
    Iri countless = c.project("countless", "COUNTLESS", null, null, "EU-Projekt.");
    c.engagement(
        Transformation.DECARBONISATION,
        "Fördert biotechnologische Innovationen zur nachhaltigen Transformation der Industrie und"
            + " die Implementierung biobasierter Prozesse; beteiligt am geplanten Aufbau einer"
            + " Netzwerkplattform für chemisches Recycling durch das Exzellenzzentrum Zirkuläre"
            + " Kunststoffwirtschaft.",
        List.of(startups),
        List.of(futurEnzyme, countless));
    c.impulse(
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
            .ecosystems(IndustrialEcosystem.DIGITAL);
    c.service(
        "ki-landkarte",
        "KI.Landkarte",
        ServiceArea.NETWORKING_AND_TRANSFER,
        "ecosystem-mapping",
        "Schafft Transparenz über die KI-Landschaft aus Wirtschaft, Wissenschaft und Intermediären"
            + " für gezieltes Matchmaking.");
    Iri flagships =
        c.service(
            "flagships",
            "KI.NRW-Flagship-Initiative",
            ServiceArea.NETWORKING_AND_TRANSFER,
            "programme",
            "Unterstützt gesellschaftsrelevante KI-Projekte: acht Flagship-Projekte mit 47"
                + " Projektpartnern und einem Fördervolumen von 65 Millionen Euro.",
            Transformation.DIGITALISATION);
    c.service(
        "marktueberblick",
        "Marktüberblick über das KI-Ökosystem NRW",
        ServiceArea.INFORMATION_AND_ANALYSIS,
        "platform",
        "Der umfangreichste Marktüberblick über das KI-Ökosystem NRWs sowie KI-Einsatzgebiete.");
    Iri sprints =
        c.service(
            "ai-design-sprints",
            "AI Design Sprints",
            ServiceArea.NETWORKING_AND_TRANSFER,
            "consulting",
            "Unterstützt mit agilen Methoden bei der Konzeption und Implementierung von"
                + " KI-Anwendungen in Organisationen.",
            Transformation.DIGITALISATION);
    Iri kickOff =
        c.service(
            "ki-kick-off",
            "KI.Kick-off",
            ServiceArea.INFORMATION_AND_ANALYSIS,
            "training",
            "Informiert Belegschaften über Künstliche Intelligenz und entmystifiziert den"
                + " KI-Begriff.");
    Iri example =
        c.practice(
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
        Transformation.DIGITALISATION,
        "Flagship-Initiative, AI Design Sprints und Beratung zur Konzeption und Implementierung"
            + " von KI-Anwendungen.",
        List.of(flagships, sprints),
        List.of(),
        List.of(example));
    c.engagement(
        Transformation.DECARBONISATION,
        "Unterstützt mit einem besonderen Fokus auf \"AI for Good\" und \"KI und Nachhaltigkeit\""
            + " den Transfer entsprechender Anwendungen in die Wirtschaft.");
    c.engagement(
        Transformation.DEMOGRAPHIC_CHANGE,
        "Unterstützt Bildungsanbieter, Berufsschulen und Ausbildungsbetriebe bei der strategischen"
            + " Ausrichtung ihrer Ausbildungs- und Lehrprogramme auf aktuelle Trends rund um KI.");
    c.impulse(
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
            .fields(InnovationField.MATERIALS_AND_PRODUCTION);
    return c.build();
  }

  private static ClusterProfile kunststoffland() {
    Cluster c =
        new Cluster("kunststoffland-nrw", "kunststoffland NRW", null, null, "DEA", PAPER, PANORAMA)
            .fields(InnovationField.MATERIALS_AND_PRODUCTION);
    c.service(
        "wertschoepfungskette",
        "Netzwerk der Wertschöpfungskette Kunststoff",
        ServiceArea.INFORMATION_AND_ANALYSIS,
        "event",
        "Bringt durch individuelle Unterstützung, Austauschplattformen und Veranstaltungen die"
            + " Akteure aus allen Teilen der Wertschöpfungskette zusammen.");
    fundingInformation(c);
    Iri example =
        c.practice(
            "regranulate",
            "Initiierung der Vernetzung zwischen Akteuren zur Förderung nachhaltiger"
                + " Herstellungsprozesse",
            "kunststoffland NRW vernetzte einen großen Hersteller von Haushaltsgeräten mit einem"
                + " mittelständischen Regranulat-Hersteller aus dem Clusternetzwerk; so kam ein"
                + " neues Produkt mit einem Anteil an Regranulaten auf den Markt.",
            List.of(),
            Transformation.DECARBONISATION);
    c.engagement(
        Transformation.DECARBONISATION,
        "Vernetzung zwischen Akteuren zur Förderung nachhaltiger Herstellungsprozesse; beteiligt am"
            + " geplanten Aufbau einer Netzwerkplattform für chemisches Recycling durch das"
            + " Exzellenzzentrum Zirkuläre Kunststoffwirtschaft.",
        List.of(),
        List.of(),
        List.of(example));
    c.engagement(
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
            .ecosystems(IndustrialEcosystem.HEALTH);
    c.service(
        "akteursdatenbank",
        "Akteursdatenbank",
        ServiceArea.NETWORKING_AND_TRANSFER,
        "ecosystem-mapping",
        "Schafft Transparenz über die Branchenlandschaft für gezieltes Matchmaking.");
    Iri lighthouse =
        c.service(
            "digitale-medizin",
            "Leuchtturm Digitale.Medizin.NRW",
            ServiceArea.NETWORKING_AND_TRANSFER,
            "platform",
            "Fördert den interdisziplinären Austausch zwischen Forschung, Technologieentwicklung und"
                + " medizinischer Anwendung; 2022 erschien das Whitepaper \"Digitale Medizin in NRW –"
                + " Best Practice für Translation\".",
            Transformation.DIGITALISATION);
    fundingInformation(c);
    c.engagement(
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
            .ecosystems(IndustrialEcosystem.AEROSPACE_AND_DEFENCE);
    c.service(
        "akteursdatenbank",
        "Akteursdatenbank",
        ServiceArea.NETWORKING_AND_TRANSFER,
        "ecosystem-mapping",
        "Schafft Transparenz über die Branchenlandschaft für gezieltes Matchmaking.");
    // The paper lists the whitepaper among information services, under no transformation, and
    // gives it no title.
    c.service(
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
        .ecosystems(IndustrialEcosystem.MOBILITY_TRANSPORT_AUTOMOTIVE)
        .withService(
            "innovationsradar",
            "Innovationsradar",
            ServiceArea.INFORMATION_AND_ANALYSIS,
            "publication",
            "Halbjährlich: übergeordnete Technologietrends der Logistikbranche unter unterschiedlichen"
                + " Leitthemen.")
        .build();
  }

  private static ClusterProfile fiveGNrw() {
    Cluster c =
        new Cluster("5g-nrw", "Kompetenzzentrum 5G.NRW", "5G.NRW", null, "DEA", PAPER, PANORAMA)
            .fields(InnovationField.KEY_TECHNOLOGIES_AND_ICT)
            .ecosystems(IndustrialEcosystem.DIGITAL);
    c.service(
        "whitepaper-6g",
        "Whitepaper NRW-Perspektive 6G",
        ServiceArea.INFORMATION_AND_ANALYSIS,
        "publication",
        "Zeigt, wie NRW und Deutschland frühzeitig und nachhaltig die Wertschöpfung durch die"
            + " 6G-Technologie steigern können.");
    Iri centres =
        c.service(
            "testzentren",
            "5G Test- und Demozentren",
            ServiceArea.NETWORKING_AND_TRANSFER,
            "test-centre",
            "Beschleunigen die Testung, Kommerzialisierung und Implementierung innovativer"
                + " digitaler Lösungen.",
            Transformation.DIGITALISATION);
    c.engagement(
        Transformation.DIGITALISATION, "5G Test- und Demozentren.", List.of(centres), List.of());
    c.impulse(
        "I18",
        ImpulseStatus.IMPLEMENTED,
        "Ein Beispiel hierfür sind die Initiative Digi-Sandbox.NRW oder die Test- und Demozentren"
            + " von 5G.NRW.");
    return c.build();
  }

  private static ClusterProfile blockchainNrw() {
    Cluster c =
        new Cluster("blockchain-nrw", "Blockchain.NRW", null, null, "DEA", PAPER)
            .ecosystems(IndustrialEcosystem.DIGITAL);
    c.service(
        "blockchain-landkarte",
        "Blockchain-Landkarte",
        ServiceArea.NETWORKING_AND_TRANSFER,
        "ecosystem-mapping",
        "Schafft Transparenz über die Blockchain-Landschaft für gezieltes Matchmaking.");
    Iri lab =
        c.service(
            "reallabor",
            "Blockchain Reallabor",
            ServiceArea.NETWORKING_AND_TRANSFER,
            "real-world-lab",
            "Hat mehr als 25 industrielle Prototypen entwickelt; sensibilisiert mit"
                + " Schulungsangeboten und Veranstaltungen für die Potenziale der Technologie.",
            Transformation.DIGITALISATION);
    c.engagement(
        Transformation.DECARBONISATION,
        "Macht CO2-Emissionen entlang der Wertschöpfungskette mit Blockchain transparent, mit"
            + " digitalen Produktpässen und manipulationssicheren Zertifikaten für Recycling;"
            + " Pilotprojekt OpenSustainabilityApp (OSA).");
    c.engagement(
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
            .ecosystems(IndustrialEcosystem.CULTURAL_AND_CREATIVE_INDUSTRIES);
    c.service(
        "creative-challenges",
        "creative.challenges",
        ServiceArea.NETWORKING_AND_TRANSFER,
        "programme",
        "Missionsorientiert: erarbeitet entlang von Problemstellungen von Unternehmen"
            + " branchenübergreifende Lösungsansätze zwischen Industrie und Kreativwirtschaft.");
    fundingInformation(c);
    c.service(
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
            .fields(InnovationField.MATERIALS_AND_PRODUCTION);
    c.service(
        "regulatorik",
        "Veranstaltungen und Berichte zu regulatorischen Themen",
        ServiceArea.INFORMATION_AND_ANALYSIS,
        "event",
        "Informiert und sensibilisiert KMU regelmäßig gezielt zu regulatorischen Themen.",
        TargetGroup.of("smes"));
    fundingInformation(c);
    c.service(
        "hannover-messe",
        "NRW-Gemeinschaftsstand auf der Hannover Messe",
        ServiceArea.INTERNATIONALISATION,
        "trade-fair",
        "Präsentiert den Maschinen- und Anlagenbau NRWs als nachhaltigen Innovationsstandort.");
    Iri circo =
        c.service(
            "circo",
            "CIRCO-Workshopreihe",
            ServiceArea.NETWORKING_AND_TRANSFER,
            "training",
            "Gemeinsam mit der Effizienz Agentur-NRW, zugeschnitten auf Maschinenbau und"
                + " Produktionstechnik: zirkuläre Geschäftsmodelle entwickeln und umsetzen.",
            Transformation.DECARBONISATION);
    Iri enabler =
        c.service(
            "enabler-und-vorreiter",
            "Veranstaltungsreihe \"Enabler und Vorreiter: Maschinenbau gestaltet die"
                + " Transformation\"",
            ServiceArea.INFORMATION_AND_ANALYSIS,
            "event",
            "Ermutigt Unternehmen im Maschinenbau, sich proaktiv mit den Transformationsprozessen"
                + " zu beschäftigen und zukunftsfähige Geschäftsmodelle zu identifizieren.",
            Transformation.DEGLOBALISATION);
    c.engagement(
        Transformation.DECARBONISATION,
        "Schwerpunkt Kreislaufwirtschaft: CIRCO-Workshopreihe.",
        List.of(circo),
        List.of());
    c.engagement(
        Transformation.DIGITALISATION,
        "Setzt durch die Vernetzung von Maschinenbauunternehmen, Startups und Forschungsinstituten"
            + " Anreize für Projektideen zu neuen digitalen Lösungen.");
    c.engagement(
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
            .fields(InnovationField.ENVIRONMENT_AND_CIRCULAR_ECONOMY);
    c.service(
        "green-economy-paper",
        "Green Economy Paper",
        ServiceArea.INFORMATION_AND_ANALYSIS,
        "publication",
        "Beleuchten regelmäßig Technologiethemen und das Innovationsgeschehen in NRWs"
            + " Umweltwirtschaft und identifizieren Handlungsfelder.");
    Iri dialogues =
        c.service(
            "dialoge-summit",
            "Regional- und Unternehmensdialoge, Umweltwirtschaft.NRW SUMMIT",
            ServiceArea.NETWORKING_AND_TRANSFER,
            "event",
            "Regelmäßige Dialoge und das jährliche Jahrestreffen für branchenübergreifend wichtige"
                + " Akteure der Umweltwirtschaft.",
            Transformation.DECARBONISATION);
    c.service(
        "hannover-messe",
        "NRW-Gemeinschaftsstand auf der Hannover Messe",
        ServiceArea.INTERNATIONALISATION,
        "trade-fair",
        "Präsentiert die Umweltwirtschaft NRWs als nachhaltigen Innovationsstandort.");
    c.engagement(
        Transformation.DECARBONISATION,
        "Zentraler Austauschpunkt zur Kommunikation über das Gelingen einer grünen Transformation.",
        List.of(dialogues),
        List.of());
    return c.build();
  }

  private static ClusterProfile innocamNrw() {
    return new Cluster("innocam-nrw", "innocam.NRW", null, null, "DEA", PAPER, PANORAMA)
        .fields(InnovationField.MOBILITY_AND_LOGISTICS)
        .ecosystems(IndustrialEcosystem.MOBILITY_TRANSPORT_AUTOMOTIVE)
        .withService(
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
            .fields(InnovationField.MATERIALS_AND_PRODUCTION);
    c.project(
        "rocket",
        "RegiOnal Collaboration on Key Enabling Technologies",
        null,
        "ROCKET",
        "Mitinitiiert und als Projektpartner begleitet: förderte die Zusammenarbeit zwischen"
            + " Wirtschaft und Wissenschaft im deutsch-niederländischen Grenzgebiet und unterstützte"
            + " rund 180 Unternehmen.");
    Iri twin =
        c.project(
            "digital-twin-academy",
            "Digital Twin Academy",
            null,
            null,
            "Projekt- und Vernetzungspartner bei der Erprobung eines Digitalen Zwillings in der"
                + " Praxis.");
    c.engagement(
        Transformation.DIGITALISATION,
        "Projekt- und Vernetzungspartner der Digital Twin Academy.",
        List.of(),
        List.of(twin));
    c.engagement(
        Transformation.DEMOGRAPHIC_CHANGE,
        "Entwickelt Cross-Innovation-Weiterbildungen, die Fachkräfte für zukunftsweisende"
            + " Technologien qualifizieren.");
    return c.build();
  }

  private static ClusterProfile chemieNrw() {
    Cluster c =
        new Cluster("chemie-nrw", "Chemie.NRW", null, null, "DEA", PAPER, PANORAMA)
            .fields(InnovationField.MATERIALS_AND_PRODUCTION);
    c.engagement(
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
            .ecosystems(IndustrialEcosystem.MOBILITY_TRANSPORT_AUTOMOTIVE);
    Iri matchmaking =
        c.service(
            "b2b-matchmaking",
            "B2B-Matchmakings und Brancheninformationen",
            ServiceArea.NETWORKING_AND_TRANSFER,
            "matchmaking",
            "Stärkt lokale und internationale Liefer- und Wertschöpfungsketten.",
            Transformation.DEGLOBALISATION);
    // Both passages stand in the paper's section on (de-)globalisation.
    c.engagement(
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
            .ecosystems(IndustrialEcosystem.AGRI_FOOD);
    c.service(
        "informationsangebot",
        "Tagesaktuelles Informationsangebot",
        ServiceArea.INFORMATION_AND_ANALYSIS,
        "platform",
        "Entwicklungen entlang der gesamten AgriFood-Wertschöpfungskette.");
    c.service(
        "investoren-zirkel",
        "Investoren-Zirkel",
        ServiceArea.STARTUP_SUPPORT,
        "matchmaking",
        "Informiert Business Angel und VC-Fonds regelmäßig über Fundraising-Aktivitäten der"
            + " Start-ups; Matchmaking zu Mentoren, Partnern, Kunden und Investoren.",
        TargetGroup.of("startups"),
        TargetGroup.of("investors"));
    c.engagement(
        Transformation.DECARBONISATION,
        "Fokus auf Innovationen für die Nachhaltigkeit der Ernährungswirtschaft und die Circular"
            + " Economy; Zusammenarbeit mit BIO.NRW und CLIB zu neuen Nutzungsformen von"
            + " Agrarrohstoffen und Restströmen.");
    return c.build();
  }

  private static ClusterProfile foodProcessingInitiative() {
    Cluster c =
        new Cluster("fpi", "Food-Processing Initiative", "FPI", null, "DEA", PAPER)
            .ecosystems(IndustrialEcosystem.AGRI_FOOD);
    // The paper names both among innovative funding models; the programme of INNOSUP-1 is not
    // in it.
    c.project(
        "innosup-1",
        "INNOSUP-1",
        null,
        null,
        "Innovatives Förder- und Finanzierungsmodell im Rahmen eines EU-Projekts.");
    c.project(
        "i3",
        "I3-Projekt",
        null,
        "I3",
        "Clusterkoordiniertes Kaskadenfinanzierungsmodell, über das KMU aus NRW in"
            + " Innovationsprojekte eingebunden und gefördert werden.");
    c.service(
        "s3-partnerschaft",
        "Mitglied der S3-Partnerschaft Smart Solutions 4 Agri-Food",
        ServiceArea.INTERNATIONALISATION,
        null,
        "Macht NRW-Innovationen international sichtbar und holt digitale Lösungen aus dem Ausland"
            + " nach NRW.");
    c.engagement(
        Transformation.DIGITALISATION,
        "Vernetzungsplattform für die Unternehmen bei der digitalen Transformation in ihren"
            + " Themenfeldern.");
    return c.build();
  }

  private static ClusterProfile circularValley() {
    Cluster c =
        new Cluster("circular-valley", "Circular Valley Stiftung", null, null, "DEA", PAPER);
    Iri accelerator =
        c.service(
            "accelerator",
            "Circular Economy Accelerator",
            ServiceArea.STARTUP_SUPPORT,
            "programme",
            "Zweimal jährlich maßgeschneiderte Betreuung von 15 Start-ups in Geschäftsentwicklung,"
                + " Markteintritt und Finanzierung; Vernetzung mit über 140 Partnern.",
            Transformation.DECARBONISATION);
    c.engagement(
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
        .withService(
            "ausgruendung",
            "Begleitung von Ausgründungen",
            ServiceArea.STARTUP_SUPPORT,
            "consulting",
            "Begleitete ein Start-up für Quantencomputer auf Basis von Ionenfallen schon während der"
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

    Cluster withService(String slug, String name, ServiceArea area, String format, String text) {
      service(slug, name, area, format, text);
      return this;
    }

    Iri service(
        String slug,
        String name,
        ServiceArea area,
        String format,
        String text,
        Object... groupsAndTransformations) {
      Iri id = Iri.of(base + "/service/" + slug);
      Service.Builder service =
          Service.builder(id, MultilingualText.de(name), area)
              .description(MultilingualText.de(text));
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

    Iri project(String slug, String name, String programme, String acronym, String text) {
      Iri id = Iri.of(base + "/project/" + slug);
      Project.Builder project = Project.builder(id, MultilingualText.de(name));
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

    Iri practice(String slug, String title, String text, List<Iri> services, Transformation t) {
      Iri id = Iri.of(base + "/example/" + slug);
      examples.add(
          new PracticeExample(
              id,
              MultilingualText.de(title),
              MultilingualText.de(text),
              List.of(),
              services,
              Set.of(t),
              Extensions.NONE));
      return id;
    }

    void engagement(Transformation transformation, String text) {
      engagement(transformation, text, List.of(), List.of(), List.of());
    }

    void engagement(
        Transformation transformation, String text, List<Iri> services, List<Iri> projects) {
      engagement(transformation, text, services, projects, List.of());
    }

    void engagement(
        Transformation transformation,
        String text,
        List<Iri> services,
        List<Iri> projects,
        List<Iri> examples) {
      engagements.add(
          new TransformationEngagement(
              transformation, MultilingualText.de(text), services, projects, examples));
    }

    void impulse(String code, ImpulseStatus status, String evidence) {
      uptakes.add(new ImpulseUptake(code, status, MultilingualText.de(evidence), null));
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
