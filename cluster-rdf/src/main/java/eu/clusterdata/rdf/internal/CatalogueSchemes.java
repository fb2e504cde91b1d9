package eu.clusterdata.rdf.internal;

import static eu.clusterdata.rdf.ClusterVocabulary.ID;
import static eu.clusterdata.rdf.ClusterVocabulary.SKOS;

import eu.clusterdata.model.FundingProgramme;
import eu.clusterdata.model.codes.ActorType;
import eu.clusterdata.model.codes.Coded;
import eu.clusterdata.model.codes.CompanySize;
import eu.clusterdata.model.codes.Impulse;
import eu.clusterdata.model.codes.ImpulseCatalogue;
import eu.clusterdata.model.codes.ImpulseStatus;
import eu.clusterdata.model.codes.IndustrialEcosystem;
import eu.clusterdata.model.codes.InnovationField;
import eu.clusterdata.model.codes.InterestDirection;
import eu.clusterdata.model.codes.InterestKind;
import eu.clusterdata.model.codes.LabelLevel;
import eu.clusterdata.model.codes.LabelScheme;
import eu.clusterdata.model.codes.MemberType;
import eu.clusterdata.model.codes.MembershipRole;
import eu.clusterdata.model.codes.PartnershipType;
import eu.clusterdata.model.codes.ProgrammeLevel;
import eu.clusterdata.model.codes.ProjectRole;
import eu.clusterdata.model.codes.ServiceArea;
import eu.clusterdata.model.codes.ServiceFormat;
import eu.clusterdata.model.codes.SourceType;
import eu.clusterdata.model.codes.TargetGroup;
import eu.clusterdata.model.codes.Technology;
import eu.clusterdata.model.codes.Transformation;
import eu.clusterdata.model.value.MultilingualText;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.jspecify.annotations.Nullable;

/**
 * The reference catalogues as SKOS concept schemes: the impulses of Cluster.Zukunft.NRW, the
 * service areas, transformations, EU ecosystems, NRW innovation fields and the other code lists,
 * each concept at the IRI that profiles use. Generated from the model's code lists; the shipped
 * {@code catalogues.ttl} is this output, and a test fails when they drift.
 */
public final class CatalogueSchemes {

  /** German labels of the code lists whose titles the model does not carry. */
  private static final Map<String, String> GERMAN =
      Map.ofEntries(
          Map.entry("company", "Unternehmen"),
          Map.entry("university", "Hochschule"),
          Map.entry("research-organisation", "Forschungseinrichtung"),
          Map.entry("public-body", "öffentliche Einrichtung"),
          Map.entry("intermediary", "Intermediär"),
          Map.entry("investor", "Investor"),
          Map.entry("civil-society", "Zivilgesellschaft"),
          Map.entry("startup", "Startup"),
          Map.entry("sme", "KMU"),
          Map.entry("large", "Großunternehmen"),
          Map.entry("bronze", "Bronze"),
          Map.entry("silver", "Silber"),
          Map.entry("gold", "Gold"),
          Map.entry("member", "Mitglied"),
          Map.entry("founding-member", "Gründungsmitglied"),
          Map.entry("board-member", "Vorstandsmitglied"),
          Map.entry("associate-member", "assoziiertes Mitglied"),
          Map.entry("partner", "Partner"),
          Map.entry("planned", "geplant"),
          Map.entry("in-progress", "in Umsetzung"),
          Map.entry("implemented", "umgesetzt"),
          Map.entry("discontinued", "eingestellt"),
          Map.entry("regional-cluster-network", "regionales Clusternetzwerk"),
          Map.entry("eurocluster", "Eurocluster"),
          Map.entry(
              "european-strategic-cluster-partnership",
              "Europäische Strategische Clusterpartnerschaft"),
          Map.entry("s3-partnership", "S3-Partnerschaft"),
          Map.entry("interregional-partnership", "interregionale Partnerschaft"),
          Map.entry("regional", "regional"),
          Map.entry("national", "national"),
          Map.entry("european", "europäisch"),
          Map.entry("document", "Dokument"),
          Map.entry("web-page", "Webseite"),
          Map.entry("system", "System"),
          Map.entry("fictitious", "fiktiv"),
          Map.entry("coordinator", "Koordinator"),
          Map.entry("third-party", "Drittpartei"),
          Map.entry("offer", "Angebot"),
          Map.entry("request", "Gesuch"));

  private final Graph graph = GraphFactory.createDefaultGraph();

  private CatalogueSchemes() {
    graph.getPrefixMapping().setNsPrefixes(eu.clusterdata.rdf.ClusterVocabulary.PREFIXES);
  }

  /** Returns the concept schemes as Turtle. */
  public static String turtle() {
    CatalogueSchemes schemes = new CatalogueSchemes();
    schemes.impulses();
    schemes.closed(ServiceArea.class, ServiceArea::title, "Service areas", "Angebotsbereiche");
    schemes.closed(
        Transformation.class, Transformation::title, "Transformations", "Transformationen");
    schemes.closed(
        IndustrialEcosystem.class,
        IndustrialEcosystem::title,
        "EU industrial ecosystems",
        "Industrielle Ökosysteme der EU");
    schemes.closed(
        InnovationField.class,
        InnovationField::title,
        "NRW innovation fields 2021-2027",
        "Innovationsfelder NRW 2021-2027");
    schemes.closed(ActorType.class, null, "Actor types", "Akteurstypen");
    schemes.closed(CompanySize.class, null, "Company sizes", "Unternehmensgrößen");
    schemes.closed(LabelLevel.class, null, "EUCLES label levels", "EUCLES-Labelstufen");
    schemes.closed(MembershipRole.class, null, "Membership roles", "Mitgliedsrollen");
    schemes.closed(ImpulseStatus.class, null, "Impulse statuses", "Umsetzungsstände");
    schemes.closed(PartnershipType.class, null, "Partnership types", "Partnerschaftsarten");
    schemes.closed(ProgrammeLevel.class, null, "Programme levels", "Programmebenen");
    schemes.closed(SourceType.class, null, "Source types", "Quellenarten");
    schemes.closed(ProjectRole.class, null, "Project roles", "Projektrollen");
    schemes.closed(
        InterestDirection.class,
        null,
        "Interest directions",
        "Richtungen von Kooperationsinteressen");
    schemes.open(Technology.class, Technology.listedCodes(), "Technologies", "Technologien");
    schemes.open(MemberType.class, MemberType.listedCodes(), "Member types", "Mitgliedsarten");
    schemes.open(LabelScheme.class, LabelScheme.listedCodes(), "Label schemes", "Labelprogramme");
    schemes.open(
        FundingProgramme.class,
        FundingProgramme.listedCodes(),
        "Funding programmes",
        "Förderprogramme");
    schemes.open(
        InterestKind.class,
        InterestKind.listedCodes(),
        "Partnership interest kinds",
        "Arten von Kooperationsinteressen");
    schemes.open(TargetGroup.class, TargetGroup.listedCodes(), "Target groups", "Zielgruppen");
    schemes.open(
        ServiceFormat.class, ServiceFormat.listedCodes(), "Service formats", "Angebotsformate");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFWriter.source(schemes.graph).format(RDFFormat.TURTLE_PRETTY).output(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private void impulses() {
    Node scheme =
        scheme(
            "impulse",
            "Impulses of Cluster.Zukunft.NRW (ClusterAllianz.NRW, 2025)",
            "Impulse aus Cluster.Zukunft.NRW (ClusterAllianz.NRW, 2025)");
    for (Impulse impulse : ImpulseCatalogue.impulses()) {
      Node concept =
          concept(scheme, Terms.impulse(impulse.code()), impulse.code(), impulse.title());
      add(concept, uri(SKOS + "related"), Terms.toNode(impulse.heading()));
    }
  }

  private static String german(String code) {
    return Objects.requireNonNull(GERMAN.get(code), () -> "no German word for " + code);
  }

  private <E extends Enum<E> & Coded> void closed(
      Class<E> type, @Nullable Function<E, MultilingualText> title, String english, String german) {
    Node scheme = scheme(Terms.scheme(type), english, german);
    for (E constant : type.getEnumConstants()) {
      MultilingualText label =
          title != null
              ? title.apply(constant)
              : MultilingualText.en(words(constant.code())).with("de", german(constant.code()));
      concept(scheme, Terms.toNode(constant), constant.code(), label);
    }
  }

  /** Open code lists: the listed codes, with English labels (the sources give no German ones). */
  private void open(Class<?> type, Set<String> codes, String english, String german) {
    Node scheme = scheme(Terms.scheme(type), english, german);
    codes.stream()
        .sorted()
        .forEach(
            code ->
                concept(
                    scheme,
                    uri(ID + Terms.scheme(type) + "/" + code),
                    code,
                    MultilingualText.en(words(code))));
  }

  private Node scheme(String name, String english, String german) {
    Node scheme = uri(ID + name);
    add(scheme, RDF.Nodes.type, uri(SKOS + "ConceptScheme"));
    add(scheme, uri(SKOS + "prefLabel"), NodeFactory.createLiteralLang(english, "en"));
    add(scheme, uri(SKOS + "prefLabel"), NodeFactory.createLiteralLang(german, "de"));
    return scheme;
  }

  private Node concept(Node scheme, Node concept, String notation, MultilingualText label) {
    add(concept, RDF.Nodes.type, uri(SKOS + "Concept"));
    add(concept, uri(SKOS + "inScheme"), scheme);
    add(concept, uri(SKOS + "notation"), NodeFactory.createLiteralString(notation));
    label
        .values()
        .forEach(
            (tag, text) ->
                add(concept, uri(SKOS + "prefLabel"), NodeFactory.createLiteralLang(text, tag)));
    return concept;
  }

  private static String words(String code) {
    String text = code.replace('-', ' ');
    return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }

  private void add(Node s, Node p, Node o) {
    graph.add(Triple.create(s, p, o));
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }
}
