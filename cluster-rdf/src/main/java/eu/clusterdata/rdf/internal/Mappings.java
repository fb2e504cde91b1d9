package eu.clusterdata.rdf.internal;

import static eu.clusterdata.rdf.ClusterVocabulary.ADMS;
import static eu.clusterdata.rdf.ClusterVocabulary.BIBO;
import static eu.clusterdata.rdf.ClusterVocabulary.DCT;
import static eu.clusterdata.rdf.ClusterVocabulary.FOAF;
import static eu.clusterdata.rdf.ClusterVocabulary.LEGAL;
import static eu.clusterdata.rdf.ClusterVocabulary.LOCN;
import static eu.clusterdata.rdf.ClusterVocabulary.NS;
import static eu.clusterdata.rdf.ClusterVocabulary.ORG;
import static eu.clusterdata.rdf.ClusterVocabulary.PAV;
import static eu.clusterdata.rdf.ClusterVocabulary.PROV;
import static eu.clusterdata.rdf.ClusterVocabulary.SCHEMA;
import static eu.clusterdata.rdf.ClusterVocabulary.SKOS;
import static eu.clusterdata.rdf.ClusterVocabulary.TIME;

import eu.clusterdata.model.Actor;
import eu.clusterdata.model.Address;
import eu.clusterdata.model.Citation;
import eu.clusterdata.model.Classification;
import eu.clusterdata.model.ClusterOrganisation;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.ContactPoint;
import eu.clusterdata.model.Event;
import eu.clusterdata.model.Funding;
import eu.clusterdata.model.ImpulseUptake;
import eu.clusterdata.model.Label;
import eu.clusterdata.model.Location;
import eu.clusterdata.model.Management;
import eu.clusterdata.model.MemberCount;
import eu.clusterdata.model.Membership;
import eu.clusterdata.model.Partnership;
import eu.clusterdata.model.PartnershipInterest;
import eu.clusterdata.model.PracticeExample;
import eu.clusterdata.model.ProfileMetadata;
import eu.clusterdata.model.ProgrammeRecognition;
import eu.clusterdata.model.Project;
import eu.clusterdata.model.ProjectFunding;
import eu.clusterdata.model.Service;
import eu.clusterdata.model.Source;
import eu.clusterdata.model.StatusChange;
import eu.clusterdata.model.ThematicFocus;
import eu.clusterdata.model.TransformationEngagement;
import eu.clusterdata.model.description.Component;
import eu.clusterdata.model.description.ModelDescription;
import eu.clusterdata.model.description.RecordType;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.Money;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.jspecify.annotations.Nullable;

/**
 * Which class and which property every model element becomes: the single source of the RDF mapping,
 * read by the writer, the reader and the documentation test. Public vocabularies are used wherever
 * one fits; the rest is in the project's namespace ({@code cd:}).
 */
public final class Mappings {

  /** How a component is written. */
  public enum Kind {
    /** The record's identifier: the subject itself, not a triple. */
    ID,
    /** A nested record whose properties are written on the same subject. */
    INLINE,
    /** An ordinary value, written by its Java type. */
    VALUE,
    /** A BCP 47 language tag: the EU's language IRI where one exists. */
    LANGUAGE,
    /** An impulse code: the catalogue concept's IRI. */
    IMPULSE,
    /** A platform's extensions: their own predicates. */
    EXTENSIONS
  }

  /** One component: its predicate and how its value is written. */
  public record Property(String component, @Nullable Node predicate, Kind kind) {

    /**
     * The predicate of a component written as triples: every kind but {@link Kind#ID}, {@link
     * Kind#INLINE} and {@link Kind#EXTENSIONS}, which have none.
     */
    public Node triplePredicate() {
      if (predicate == null) {
        throw new IllegalStateException(component + " is not written with a predicate of its own");
      }
      return predicate;
    }
  }

  /**
   * One record type: its RDF classes, and its properties in component order, over the model
   * description that reads and builds its records.
   */
  public record Type(RecordType<?> record, List<Node> classes, List<Property> properties) {

    /** Returns the record class. */
    public Class<?> type() {
      return record.javaType();
    }

    /** Returns the components, in declaration order. */
    public List<Component> components() {
      return record.components();
    }

    /** Returns the value of component {@code index} of {@code value}. */
    public Object get(Object value, int index) {
      return record.components().get(index).get(value);
    }

    /** Builds a record; the constructor's exceptions propagate unchanged. */
    public Object construct(Object[] args) {
      return record.construct(args);
    }

    /**
     * Returns the identifier of {@code value}, the IRI of its node: {@code null} for a type without
     * one, and for a record whose identifier is optional (a membership) and not given.
     */
    public @Nullable Iri id(Object value) {
      for (int i = 0; i < properties.size(); i++) {
        if (properties.get(i).kind() == Kind.ID) {
          return (Iri) get(value, i);
        }
      }
      return null;
    }

    public Property property(String component) {
      return properties.stream()
          .filter(p -> p.component().equals(component))
          .findFirst()
          .orElseThrow();
    }
  }

  /** The place of a record in its ordered list, counting from 0. */
  public static final Node POSITION = uri(SCHEMA + "position");

  /**
   * The project's own predicates that standard ones replaced, by the standard one: no longer
   * written, still read where the standard one is absent, so that files written before read as they
   * did. The ontology marks them deprecated. (Where a standard predicate replaced two, each record
   * type had only one of them.)
   */
  private static final Map<Node, List<Node>> LEGACY =
      Map.ofEntries(
          Map.entry(POSITION, List.of(uri(NS + "position"))),
          Map.entry(uri(BIBO + "locator"), List.of(uri(NS + "locator"))),
          Map.entry(uri(DCT + "type"), List.of(uri(NS + "sourceType"), uri(NS + "actorType"))),
          Map.entry(uri(SCHEMA + "valueReference"), List.of(uri(NS + "memberType"))),
          Map.entry(uri(SCHEMA + "value"), List.of(uri(NS + "count"))),
          Map.entry(uri(SCHEMA + "additionalProperty"), List.of(uri(NS + "memberCount"))),
          Map.entry(uri(PAV + "retrievedOn"), List.of(uri(NS + "retrieved"))),
          Map.entry(uri(SCHEMA + "serviceType"), List.of(uri(NS + "serviceArea"))),
          Map.entry(uri(DCT + "subject"), List.of(uri(NS + "transformation"))),
          Map.entry(uri(PROV + "used"), List.of(uri(NS + "impulse"))),
          Map.entry(uri(ADMS + "status"), List.of(uri(NS + "impulseStatus"))),
          Map.entry(uri(SCHEMA + "credentialCategory"), List.of(uri(NS + "labelLevel"))),
          Map.entry(uri(SCHEMA + "recognizedBy"), List.of(uri(NS + "labelScheme"))));

  /** The predicates that {@code predicate} replaced, read where it is absent; empty if none. */
  public static List<Node> legacyOf(Node predicate) {
    return LEGACY.getOrDefault(predicate, List.of());
  }

  public static final Node EXTENSION = uri(NS + "extension");
  public static final Node EXTENSION_KEY = uri(NS + "extensionKey");
  public static final Node EXTENSION_VALUE = uri(NS + "extensionValue");
  public static final Node HAS_BEGINNING = uri(TIME + "hasBeginning");
  public static final Node HAS_END = uri(TIME + "hasEnd");
  public static final Node IN_XSD_DATE = uri(TIME + "inXSDDate");
  public static final Node INTERVAL = uri(TIME + "Interval");
  public static final Node INSTANT = uri(TIME + "Instant");

  private static final Map<Class<?>, Type> TYPES = new LinkedHashMap<>();

  static {
    type(
        ClusterProfile.class,
        List.of(NS + "ClusterProfile"),
        p("organisation", FOAF + "primaryTopic"),
        p("actors", NS + "actor"),
        p("memberships", NS + "membership"),
        p("memberCounts", SCHEMA + "additionalProperty"),
        p("services", NS + "service"),
        p("engagements", NS + "engagement"),
        p("impulseUptakes", NS + "impulseUptake"),
        p("projects", NS + "project"),
        p("practiceExamples", NS + "practiceExample"),
        p("interests", NS + "partnershipInterest"),
        p("events", NS + "event"),
        inline("metadata"),
        extensions());
    type(
        MemberCount.class,
        List.of(SCHEMA + "PropertyValue"),
        p("type", SCHEMA + "valueReference"),
        p("count", SCHEMA + "value"),
        p("asOf", DCT + "date"),
        p("source", DCT + "source"),
        p("citations", PROV + "wasDerivedFrom"));
    type(
        PartnershipInterest.class,
        List.of(NS + "PartnershipInterest"),
        p("direction", NS + "interestDirection"),
        p("kind", NS + "interestKind"),
        // Predicates of their own: what a cluster seeks or offers is not what it works in,
        // drives or serves, and a query for dct:subject must not find interests.
        p("ecosystems", NS + "interestEcosystem"),
        p("technologies", NS + "interestTechnology"),
        p("transformations", NS + "interestTransformation"),
        p("serviceAreas", NS + "interestServiceArea"),
        p("countries", NS + "targetCountry"),
        p("regions", NS + "targetRegion"),
        p("period", NS + "period"),
        p("description", DCT + "description"),
        p("citations", PROV + "wasDerivedFrom"));
    type(
        Event.class,
        List.of(SCHEMA + "Event", NS + "Event"),
        id(),
        p("name", SKOS + "prefLabel"),
        p("format", NS + "eventFormat"),
        p("period", NS + "period"),
        p("region", DCT + "spatial"),
        p("address", LOCN + "address"),
        p("online", NS + "online"),
        p("organisers", SCHEMA + "organizer"),
        p("participants", NS + "participant"),
        p("regions", NS + "participatingRegion"),
        p("outcomes", NS + "outcome"),
        p("description", DCT + "description"),
        p("website", FOAF + "homepage"),
        p("citations", PROV + "wasDerivedFrom"));
    type(
        ProfileMetadata.class,
        List.of(),
        p("created", DCT + "created"),
        p("lastModified", DCT + "modified"),
        p("sourceSystem", NS + "sourceSystem"),
        p("sources", DCT + "source"),
        new Property("languages", uri(DCT + "language"), Kind.LANGUAGE),
        p("nutsVersion", NS + "nutsVersion"));
    type(
        Citation.class,
        List.of(PROV + "Entity"),
        p("source", PROV + "wasQuotedFrom"),
        p("locator", BIBO + "locator"),
        p("quote", PROV + "value"));
    type(
        Source.class,
        List.of(DCT + "BibliographicResource"),
        p("type", DCT + "type"),
        p("title", DCT + "title"),
        p("url", FOAF + "page"),
        p("retrieved", PAV + "retrievedOn"));
    type(
        ClusterOrganisation.class,
        List.of(ORG + "FormalOrganization", NS + "ClusterOrganisation"),
        id(),
        p("name", SKOS + "prefLabel"),
        p("acronym", NS + "acronym"),
        p("description", DCT + "description"),
        p("website", FOAF + "homepage"),
        new Property("websiteLanguages", uri(NS + "websiteLanguage"), Kind.LANGUAGE),
        inline("location"),
        inline("focus"),
        inline("management"),
        p("labels", NS + "label"),
        p("partnerships", ORG + "memberOf"),
        p("recognitions", NS + "recognition"),
        p("contacts", SCHEMA + "contactPoint"),
        p("listings", FOAF + "page"),
        extensions(),
        p("citations", PROV + "wasDerivedFrom"));
    type(
        Location.class,
        List.of(),
        p("country", NS + "country"),
        p("region", DCT + "spatial"),
        p("address", LOCN + "address"));
    type(
        Address.class,
        List.of(LOCN + "Address"),
        p("street", LOCN + "thoroughfare"),
        p("postalCode", LOCN + "postCode"),
        p("locality", LOCN + "postName"));
    type(
        ThematicFocus.class,
        List.of(),
        p("sectors", LEGAL + "companyActivity"),
        p("ecosystems", NS + "industrialEcosystem"),
        p("innovationFields", NS + "innovationField"),
        p("technologies", NS + "technology"),
        p("classifications", NS + "classification"));
    type(
        Classification.class,
        List.of(NS + "Classification"),
        p("scheme", SKOS + "inScheme"),
        p("version", NS + "schemeVersion"),
        p("code", SKOS + "notation"),
        p("name", SKOS + "prefLabel"));
    type(
        Management.class,
        List.of(),
        p("teamSizeFte", NS + "managementTeamFte"),
        p("legalForm", NS + "legalForm"),
        p("foundingYear", SCHEMA + "foundingDate"),
        p("funding", NS + "funding"));
    type(
        Funding.class,
        List.of(NS + "Funding"),
        p("source", NS + "fundingSource"),
        p("annualAmount", NS + "annualAmount"));
    type(
        Money.class,
        List.of(SCHEMA + "MonetaryAmount"),
        p("amount", SCHEMA + "value"),
        p("currency", SCHEMA + "currency"));
    type(
        Label.class,
        List.of(NS + "ClusterLabel"),
        p("level", SCHEMA + "credentialCategory"),
        p("awarded", DCT + "issued"),
        p("validUntil", SCHEMA + "validThrough"),
        p("scorePercent", NS + "scorePercent"),
        p("scheme", SCHEMA + "recognizedBy"),
        p("assessor", NS + "assessor"),
        p("citations", PROV + "wasDerivedFrom"));
    type(
        Partnership.class,
        List.of(ORG + "Organization", NS + "Partnership"),
        id(),
        p("name", SKOS + "prefLabel"),
        p("type", NS + "partnershipType"),
        p("period", NS + "participationPeriod"),
        p("website", FOAF + "homepage"),
        p("citations", PROV + "wasDerivedFrom"));
    type(
        ProgrammeRecognition.class,
        List.of(NS + "ProgrammeRecognition"),
        p("programme", NS + "programme"),
        p("level", NS + "programmeLevel"),
        p("period", NS + "period"),
        p("url", FOAF + "page"),
        p("citations", PROV + "wasDerivedFrom"));
    type(
        ContactPoint.class,
        List.of(SCHEMA + "ContactPoint"),
        p("name", SCHEMA + "name"),
        p("email", SCHEMA + "email"),
        p("telephone", SCHEMA + "telephone"),
        p("url", SCHEMA + "url"),
        p("personalData", NS + "personalData"));
    type(
        Actor.class,
        List.of(ORG + "Organization"),
        id(),
        p("name", SKOS + "prefLabel"),
        p("type", DCT + "type"),
        p("companySize", NS + "companySize"),
        p("website", FOAF + "homepage"),
        inline("location"),
        p("sectors", LEGAL + "companyActivity"),
        extensions());
    type(
        Membership.class,
        List.of(ORG + "Membership"),
        p("actor", ORG + "member"),
        p("role", ORG + "role"),
        p("period", ORG + "memberDuring"),
        id(),
        p("citations", PROV + "wasDerivedFrom"));
    type(
        Service.class,
        List.of(SCHEMA + "Service", NS + "Service"),
        id(),
        p("name", SKOS + "prefLabel"),
        p("area", SCHEMA + "serviceType"),
        p("format", NS + "serviceFormat"),
        p("targetGroups", NS + "targetGroup"),
        p("transformations", DCT + "subject"),
        p("description", DCT + "description"),
        p("url", FOAF + "page"),
        extensions(),
        p("citations", PROV + "wasDerivedFrom"));
    type(
        TransformationEngagement.class,
        List.of(PROV + "Activity", NS + "TransformationEngagement"),
        p("transformation", DCT + "subject"),
        p("description", DCT + "description"),
        p("services", NS + "throughService"),
        p("projects", NS + "throughProject"),
        p("practiceExamples", NS + "shownBy"),
        p("citations", PROV + "wasDerivedFrom"));
    type(
        ImpulseUptake.class,
        List.of(PROV + "Activity", NS + "ImpulseUptake"),
        new Property("impulse", uri(PROV + "used"), Kind.IMPULSE),
        p("status", ADMS + "status"),
        p("evidence", NS + "evidence"),
        p("source", DCT + "source"),
        p("history", NS + "statusChange"),
        p("citations", PROV + "wasDerivedFrom"));
    type(
        StatusChange.class,
        List.of(NS + "StatusChange"),
        p("status", ADMS + "status"),
        p("date", DCT + "date"));
    type(
        Project.class,
        List.of(SCHEMA + "Project", NS + "Project"),
        id(),
        p("name", SKOS + "prefLabel"),
        p("acronym", NS + "acronym"),
        p("fundingProgramme", NS + "fundingProgramme"),
        p("partners", NS + "partner"),
        p("period", NS + "period"),
        p("budget", NS + "budget"),
        p("description", DCT + "description"),
        p("website", FOAF + "homepage"),
        extensions(),
        p("funding", NS + "grant"),
        p("citations", PROV + "wasDerivedFrom"));
    type(
        ProjectFunding.class,
        List.of(NS + "Grant"),
        p("programme", NS + "fundedBy"),
        p("grantNumber", NS + "grantNumber"),
        p("role", NS + "projectRole"),
        p("period", NS + "period"),
        p("amount", NS + "grantAmount"));
    type(
        PracticeExample.class,
        List.of(NS + "PracticeExample"),
        id(),
        p("title", DCT + "title"),
        p("description", DCT + "description"),
        p("actors", NS + "involves"),
        p("services", NS + "usesService"),
        p("transformations", DCT + "subject"),
        extensions(),
        p("citations", PROV + "wasDerivedFrom"));
  }

  private Mappings() {}

  /** Returns the mapping of a model record type. */
  public static Type of(Class<?> type) {
    Type mapping = TYPES.get(type);
    if (mapping == null) {
      throw new IllegalArgumentException("no RDF mapping for " + type.getName());
    }
    return mapping;
  }

  /** Returns whether {@code type} is mapped as a record of its own. */
  public static boolean isMapped(Class<?> type) {
    return TYPES.containsKey(type);
  }

  /** Returns every mapped type, in the order above. */
  public static List<Type> all() {
    return List.copyOf(TYPES.values());
  }

  /**
   * The profile record's IRI: the organisation's IRI with the fragment {@code #profile}, or where
   * that IRI has a fragment already, a name-based {@code urn:uuid:} made from it. The same in every
   * run, and one per organisation, as a named graph is.
   */
  public static Node profileNode(Node organisation) {
    String iri = organisation.getURI();
    return uri(
        iri.indexOf('#') < 0
            ? iri + "#profile"
            : "urn:uuid:"
                + java.util.UUID.nameUUIDFromBytes(
                    iri.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }

  private static Property p(String component, String predicate) {
    return new Property(component, uri(predicate), Kind.VALUE);
  }

  private static Property inline(String component) {
    return new Property(component, null, Kind.INLINE);
  }

  private static Property id() {
    return new Property("id", null, Kind.ID);
  }

  private static Property extensions() {
    return new Property("extensions", null, Kind.EXTENSIONS);
  }

  /**
   * Registers a type with the properties of its components, in any order; every component of the
   * model description must have one, so that none is dropped on the way to RDF.
   */
  private static void type(Class<?> type, List<String> classes, Property... properties) {
    RecordType<?> record = ModelDescription.of(type.asSubclass(Record.class));
    Map<String, Property> byComponent = new LinkedHashMap<>();
    for (Property property : properties) {
      if (record.component(property.component()).isEmpty()
          || byComponent.put(property.component(), property) != null) {
        throw new IllegalStateException(
            "the RDF mapping of "
                + type.getSimpleName()
                + " names "
                + property.component()
                + ", which is not one of its components or is named twice");
      }
    }
    List<Property> ordered = new ArrayList<>();
    for (Component component : record.components()) {
      Property property = byComponent.get(component.name());
      if (property == null) {
        throw new IllegalStateException(
            "the RDF mapping of "
                + type.getSimpleName()
                + " has no property for its component "
                + component.name()
                + "; add one line for it in Mappings");
      }
      ordered.add(property);
    }
    TYPES.put(
        type,
        new Type(
            record,
            classes.stream().map(Mappings::uri).collect(Collectors.toList()),
            List.copyOf(ordered)));
  }
}
