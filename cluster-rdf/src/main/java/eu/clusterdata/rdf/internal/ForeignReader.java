package eu.clusterdata.rdf.internal;

import static eu.clusterdata.rdf.ClusterVocabulary.ADMS;
import static eu.clusterdata.rdf.ClusterVocabulary.DCT;
import static eu.clusterdata.rdf.ClusterVocabulary.FOAF;
import static eu.clusterdata.rdf.ClusterVocabulary.LOCN;
import static eu.clusterdata.rdf.ClusterVocabulary.NS;
import static eu.clusterdata.rdf.ClusterVocabulary.ORG;
import static eu.clusterdata.rdf.ClusterVocabulary.SCHEMA;
import static eu.clusterdata.rdf.ClusterVocabulary.SKOS;
import static eu.clusterdata.rdf.ClusterVocabulary.TIME;

import eu.clusterdata.model.Actor;
import eu.clusterdata.model.Address;
import eu.clusterdata.model.ClusterOrganisation;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.ContactPoint;
import eu.clusterdata.model.Extensions;
import eu.clusterdata.model.Location;
import eu.clusterdata.model.Management;
import eu.clusterdata.model.Membership;
import eu.clusterdata.model.ProfileMetadata;
import eu.clusterdata.model.Service;
import eu.clusterdata.model.Source;
import eu.clusterdata.model.ThematicFocus;
import eu.clusterdata.model.codes.ActorType;
import eu.clusterdata.model.codes.MembershipRole;
import eu.clusterdata.model.codes.ServiceArea;
import eu.clusterdata.model.problem.Message;
import eu.clusterdata.model.value.CountryCode;
import eu.clusterdata.model.value.DateRange;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import eu.clusterdata.model.value.NaceCode;
import eu.clusterdata.model.value.NutsCode;
import eu.clusterdata.rdf.ClusterVocabulary;
import eu.clusterdata.rdf.RdfImport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.jspecify.annotations.Nullable;

/**
 * Reads cluster profiles from linked data in public vocabularies only (W3C ORG, schema.org, Dublin
 * Core, SKOS, FOAF, locn, OWL-Time; NUTS, NACE and country IRIs of the EU), without the project's
 * {@code cd:ClusterProfile} wrapper. Every triple it reads into a profile is marked used; the rest
 * are returned as unmapped, and every record it could not make is noted with the reason. Not
 * thread-safe: one per read. What it maps is listed in {@code docs/rdf-mapping.md}.
 */
public final class ForeignReader {

  private static final Node CLUSTER_CLASS = uri(NS + "ClusterOrganisation");
  private static final Node HAS_MEMBER = uri(ORG + "hasMember");

  /** What links an organisation to its members, as {@code org:hasMember} does. */
  private static final List<Node> MEMBER_LINKS =
      uris(ORG + "hasMember", SCHEMA + "member", FOAF + "member");

  /** What links a member to its organisation: {@code schema:memberOf}. */
  private static final Node MEMBER_OF = uri(SCHEMA + "memberOf");

  private static final Node FOUNDING_DATE = uri(SCHEMA + "foundingDate");
  private static final Node HAS_MEMBERSHIP = uri(ORG + "hasMembership");
  private static final Node MEMBER = uri(ORG + "member");
  private static final Node ORGANIZATION = uri(ORG + "organization");
  private static final Node ROLE = uri(ORG + "role");
  private static final Node MEMBER_DURING = uri(ORG + "memberDuring");
  private static final Node MEMBERSHIP_CLASS = uri(ORG + "Membership");
  private static final Node PROVIDER = uri(SCHEMA + "provider");
  private static final Node CONTACT_POINT = uri(SCHEMA + "contactPoint");

  /** A service's area: schema.org's service type, as this library writes it, or our older term. */
  private static final Node SERVICE_AREA = uri(SCHEMA + "serviceType");

  private static final Node LEGACY_SERVICE_AREA = uri(NS + "serviceArea");

  /** A member's type: Dublin Core's, as this library writes it, or the project's older term. */
  private static final Node ACTOR_TYPE = uri(DCT + "type");

  private static final Node LEGACY_ACTOR_TYPE = uri(NS + "actorType");
  private static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
  private static final Node HAS_BEGINNING = uri(TIME + "hasBeginning");
  private static final Node HAS_END = uri(TIME + "hasEnd");
  private static final Node IN_XSD_DATE = uri(TIME + "inXSDDate");

  /** Names, in the order they are preferred where two say different things in one language. */
  private static final List<Node> NAMES =
      uris(
          SKOS + "prefLabel",
          SCHEMA + "name",
          SCHEMA + "legalName",
          FOAF + "name",
          DCT + "title",
          RDFS.getURI() + "label");

  private static final List<Node> ACRONYMS = uris(SKOS + "altLabel", SCHEMA + "alternateName");
  private static final List<Node> DESCRIPTIONS = uris(DCT + "description", SCHEMA + "description");
  private static final List<Node> WEBSITES = uris(FOAF + "homepage", SCHEMA + "url");
  private static final List<Node> PLACES =
      uris(DCT + "spatial", SCHEMA + "areaServed", SCHEMA + "location");
  private static final List<Node> ADDRESSES = uris(LOCN + "address", SCHEMA + "address");

  /** An organisation's sites (W3C ORG): the primary and the registered one before any other. */
  private static final List<Node> SITES =
      uris(ORG + "hasPrimarySite", ORG + "hasRegisteredSite", ORG + "hasSite");

  /** A site's address: W3C ORG's (a vCard), or one as an organisation has it. */
  private static final List<Node> SITE_ADDRESSES =
      uris(ORG + "siteAddress", LOCN + "address", SCHEMA + "address");

  private static final List<Node> SECTORS = uris(DCT + "subject", ORG + "classification");
  private static final List<Node> STREETS =
      uris(LOCN + "thoroughfare", SCHEMA + "streetAddress", VCARD + "street-address");
  private static final List<Node> POSTCODES =
      uris(LOCN + "postCode", SCHEMA + "postalCode", VCARD + "postal-code");
  private static final List<Node> LOCALITIES =
      uris(LOCN + "postName", SCHEMA + "addressLocality", VCARD + "locality");

  /** An address's country, where it is given as an ISO code ({@code DE}). */
  private static final List<Node> ADDRESS_COUNTRIES =
      uris(SCHEMA + "addressCountry", VCARD + "country-name");

  /**
   * What the model has no field for but keeps, as extensions of the organisation or member it
   * describes: identifiers (a register number, an ECCP or a VAT number) and purposes, as IRIs or
   * literals.
   */
  private static final List<Node> KEPT =
      uris(
          ORG + "identifier",
          DCT + "identifier",
          SCHEMA + "identifier",
          ADMS + "identifier",
          ORG + "purpose");

  /** The classes that say a node is what the reader took it for: used when it is read. */
  private static final Set<Node> KNOWN_CLASSES =
      Set.copyOf(
          uris(
              NS + "ClusterOrganisation",
              ORG + "Organization",
              ORG + "FormalOrganization",
              SCHEMA + "Organization",
              FOAF + "Organization",
              ORG + "Membership",
              SCHEMA + "Service",
              NS + "Service",
              TIME + "Interval",
              TIME + "Instant",
              LOCN + "Address",
              SCHEMA + "PostalAddress",
              ORG + "Site",
              VCARD + "Address",
              VCARD + "Work",
              SCHEMA + "ContactPoint"));

  private static final Set<Node> PERSON_CLASSES =
      Set.of(uri(SCHEMA + "Person"), uri(FOAF + "Person"));

  /** schema.org's kinds of organisation that say what type of actor a member is. */
  private static final Map<Node, ActorType> ACTOR_CLASSES =
      Map.of(
          uri(SCHEMA + "CollegeOrUniversity"), ActorType.UNIVERSITY,
          uri(SCHEMA + "ResearchOrganization"), ActorType.RESEARCH_ORGANISATION,
          uri(SCHEMA + "GovernmentOrganization"), ActorType.PUBLIC_BODY,
          uri(SCHEMA + "Corporation"), ActorType.COMPANY,
          uri(SCHEMA + "LocalBusiness"), ActorType.COMPANY,
          uri(SCHEMA + "NGO"), ActorType.CIVIL_SOCIETY);

  private final Graph graph;
  private final @Nullable ActorType assumedActorType;
  private final @Nullable ServiceArea assumedServiceArea;
  private final Instant now;
  private final Source source;

  /**
   * The triples read into a record, in the order read; a record left out takes back what it added
   * since its start ({@link #leaveOut}).
   */
  private final List<Triple> used = new ArrayList<>();

  private final List<RdfImport.Note> notes = new ArrayList<>();

  private ForeignReader(
      Graph graph,
      @Nullable ActorType assumedActorType,
      @Nullable ServiceArea assumedServiceArea,
      Instant now,
      Source source) {
    this.graph = graph;
    this.assumedActorType = assumedActorType;
    this.assumedServiceArea = assumedServiceArea;
    this.now = now;
    this.source = source;
  }

  /**
   * Reads the clusters of {@code graph}: the nodes typed {@code cd:ClusterOrganisation} and the
   * organisations that have members ({@code org:hasMember}, {@code schema:member}, {@code
   * foaf:member}, a member's {@code schema:memberOf}, or an {@code org:Membership} whose {@code
   * org:organization} they are). schema.org's terms are read under {@code http://} IRIs too, which
   * schema.org's own context gives: the graph is read with them as {@code https://}.
   *
   * @param assumedActorType the type of members the data gives none for, or null to leave them out
   * @param assumedServiceArea the area of services the data gives none for, or null to leave them
   *     out
   * @param now when the profiles were made and last changed, where the data does not say
   * @param source the provenance every profile records
   */
  public static RdfImport read(
      Graph graph,
      @Nullable ActorType assumedActorType,
      @Nullable ServiceArea assumedServiceArea,
      Instant now,
      Source source) {
    graph = SchemaOrgIris.https(graph);
    ForeignReader reader =
        new ForeignReader(graph, assumedActorType, assumedServiceArea, now, source);
    List<ClusterProfile> profiles = new ArrayList<>();
    for (Node cluster : reader.clusters()) {
      reader.profile(cluster).ifPresent(profiles::add);
    }
    Set<Triple> used = new HashSet<>(reader.used);
    List<Triple> unmapped =
        graph.find().filterDrop(used::contains).toList().stream()
            .sorted(Comparator.comparing(Triple::toString))
            .toList();
    return new RdfImport(profiles, unmapped, reader.notes);
  }

  // ---- which nodes are clusters ----

  private Set<Node> clusters() {
    Set<Node> clusters = new TreeSet<>(Comparator.comparing(Node::toString));
    graph.find(Node.ANY, RDF.Nodes.type, CLUSTER_CLASS).forEach(t -> clusters.add(t.getSubject()));
    for (Node link : MEMBER_LINKS) {
      graph.find(Node.ANY, link, Node.ANY).forEach(t -> clusters.add(t.getSubject()));
    }
    graph.find(Node.ANY, MEMBER_OF, Node.ANY).forEach(t -> clusters.add(t.getObject()));
    graph
        .find(Node.ANY, ORGANIZATION, Node.ANY)
        .filterKeep(t -> graph.contains(t.getSubject(), MEMBER, Node.ANY))
        .forEach(t -> clusters.add(t.getObject()));
    clusters.removeIf(
        node -> {
          if (!node.isURI()) {
            note(node, "rdf.import.no-iri");
            return true;
          }
          return false;
        });
    return clusters;
  }

  // ---- a profile ----

  private Optional<ClusterProfile> profile(Node cluster) {
    int start = used.size();
    Optional<MultilingualText> name = texts(cluster, NAMES);
    if (name.isEmpty()) {
      return leaveOut(start, cluster, "rdf.import.no-name");
    }
    types(cluster);
    ClusterOrganisation.Builder organisation =
        ClusterOrganisation.builder(Iri.of(cluster.getURI()), name.get())
            .location(location(cluster))
            .focus(focus(cluster));
    foundingYear(cluster)
        .ifPresent(year -> organisation.management(Management.UNKNOWN.withFoundingYear(year)));
    firstLiteral(cluster, ACRONYMS).ifPresent(organisation::acronym);
    texts(cluster, DESCRIPTIONS).ifPresent(organisation::description);
    website(cluster).ifPresent(organisation::website);
    organisation.extensions(kept(cluster));
    for (Triple triple : sorted(graph.find(cluster, CONTACT_POINT, Node.ANY).toList())) {
      Optional<ContactPoint> contact = contactPoint(triple.getObject());
      if (contact.isPresent()) {
        used.add(triple);
        organisation.addContact(contact.get());
      }
    }
    ClusterProfile.Builder profile =
        ClusterProfile.builder(organisation.build(), metadata(cluster, name.get()));
    for (Map.Entry<Node, List<Node>> member : members(cluster).entrySet()) {
      Node node = member.getKey();
      Optional<Actor> actor = actor(node);
      if (actor.isEmpty()) {
        continue;
      }
      profile.addActor(actor.get());
      for (Node link : MEMBER_LINKS) {
        graph.find(cluster, link, node).forEach(used::add);
      }
      graph.find(node, MEMBER_OF, cluster).forEach(used::add);
      if (member.getValue().isEmpty()) {
        profile.addMembership(Membership.of(actor.get().id()));
      }
      member.getValue().stream()
          .flatMap(membership -> membership(membership, node, cluster, actor.get().id()).stream())
          .sorted(Comparator.comparing(m -> m.period() + " " + m.role()))
          .forEach(profile::addMembership);
    }
    for (Node service : providedBy(cluster)) {
      service(service, cluster).ifPresent(profile::addService);
    }
    return Optional.of(profile.build());
  }

  private ProfileMetadata metadata(Node cluster, MultilingualText name) {
    Instant created = instant(cluster, uri(DCT + "created")).orElse(now);
    Instant modified = instant(cluster, uri(DCT + "modified")).orElse(created);
    List<String> languages =
        name.values().keySet().stream().filter(tag -> !tag.equals("und")).toList();
    return new ProfileMetadata(
        created, modified.isBefore(created) ? created : modified, null, List.of(source), languages);
  }

  /**
   * The members of {@code cluster} ({@code org:hasMember}, and the {@code org:member} of an {@code
   * org:Membership} whose {@code org:organization} it is), each with its membership nodes, in the
   * order of their terms.
   */
  private Map<Node, List<Node>> members(Node cluster) {
    Map<Node, List<Node>> members = new TreeMap<>(Comparator.comparing(Node::toString));
    for (Node link : MEMBER_LINKS) {
      graph
          .find(cluster, link, Node.ANY)
          .forEach(t -> members.computeIfAbsent(t.getObject(), m -> new ArrayList<>()));
    }
    graph
        .find(Node.ANY, MEMBER_OF, cluster)
        .forEach(t -> members.computeIfAbsent(t.getSubject(), m -> new ArrayList<>()));
    for (Triple link : graph.find(Node.ANY, ORGANIZATION, cluster).toList()) {
      Node membership = link.getSubject();
      for (Triple member : graph.find(membership, MEMBER, Node.ANY).toList()) {
        members.computeIfAbsent(member.getObject(), m -> new ArrayList<>()).add(membership);
      }
    }
    return members;
  }

  /** One membership of {@code member}: its role (ours) and period, if the data gives them. */
  private Optional<Membership> membership(Node node, Node member, Node cluster, Iri actor) {
    Optional<MembershipRole> known = concept(node, ROLE, MembershipRole.class);
    if (known.isEmpty() && graph.contains(node, ROLE, Node.ANY)) {
      // a founding member is not a plain member: the membership waits for a mapping of its role
      note(
          node,
          "rdf.import.unknown-role",
          sorted(graph.find(node, ROLE, Node.ANY).toList()).get(0).getObject());
      return Optional.empty();
    }
    used.add(Triple.create(node, ORGANIZATION, cluster));
    used.add(Triple.create(node, MEMBER, member));
    graph.find(member, HAS_MEMBERSHIP, node).forEach(used::add);
    graph.find(node, RDF.Nodes.type, MEMBERSHIP_CLASS).forEach(used::add);
    MembershipRole role = known.orElse(MembershipRole.MEMBER);
    DateRange period = DateRange.ALWAYS;
    for (Triple triple : sorted(graph.find(node, MEMBER_DURING, Node.ANY).toList())) {
      Optional<DateRange> during = period(triple.getObject());
      if (during.isPresent()) {
        period = during.get();
        used.add(triple);
        break;
      }
    }
    // a membership published under an IRI keeps it, so that it stays the same resource
    Iri id = node.isURI() ? Iri.of(node.getURI()) : null;
    return Optional.of(new Membership(actor, role, period, id, List.of()));
  }

  private Optional<DateRange> period(Node interval) {
    Optional<LocalDate> start = instantDate(interval, HAS_BEGINNING);
    Optional<LocalDate> end = instantDate(interval, HAS_END);
    if (start.isEmpty() && end.isEmpty()) {
      return Optional.empty();
    }
    types(interval);
    return Optional.of(DateRange.of(start.orElse(null), end.orElse(null)));
  }

  private Optional<LocalDate> instantDate(Node interval, Node edge) {
    for (Triple triple : graph.find(interval, edge, Node.ANY).toList()) {
      Node instant = triple.getObject();
      for (Triple date : graph.find(instant, IN_XSD_DATE, Node.ANY).toList()) {
        Optional<LocalDate> day = term(date.getObject(), LocalDate.class);
        if (day.isPresent()) {
          used.add(triple);
          used.add(date);
          types(instant);
          return day;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Actor> actor(Node node) {
    int start = used.size();
    if (!node.isURI()) {
      return leaveOut(start, node, "rdf.import.member-no-iri");
    }
    if (isPerson(node)) {
      return leaveOut(start, node, "rdf.import.member-person"); // never a company by assumption
    }
    Optional<MultilingualText> name = texts(node, NAMES);
    if (name.isEmpty()) {
      return leaveOut(start, node, "rdf.import.member-no-name");
    }
    ActorType type =
        concept(node, ACTOR_TYPE, ActorType.class)
            .or(() -> concept(node, LEGACY_ACTOR_TYPE, ActorType.class))
            .orElse(null);
    for (Triple triple : graph.find(node, RDF.Nodes.type, Node.ANY).toList()) {
      ActorType known = ACTOR_CLASSES.get(triple.getObject());
      if (known != null && (type == null || type == known)) {
        type = known;
        used.add(triple);
      }
    }
    if (type == null) {
      if (assumedActorType == null) {
        return leaveOut(start, node, "rdf.import.member-no-type");
      }
      type = assumedActorType;
      note(node, "rdf.import.member-type-assumed", type.code());
    }
    types(node);
    List<NaceCode> sectors = sectors(node);
    Actor actor =
        new Actor(
            Iri.of(node.getURI()),
            name.get(),
            type,
            null,
            website(node).orElse(null),
            location(node),
            sectors,
            kept(node));
    return Optional.of(actor);
  }

  private List<Node> providedBy(Node cluster) {
    return graph.find(Node.ANY, PROVIDER, cluster).mapWith(Triple::getSubject).toList().stream()
        .sorted(Comparator.comparing(Node::toString))
        .toList();
  }

  private Optional<Service> service(Node node, Node cluster) {
    int start = used.size();
    if (!node.isURI()) {
      return leaveOut(start, node, "rdf.import.service-no-iri");
    }
    Optional<MultilingualText> name = texts(node, NAMES);
    if (name.isEmpty()) {
      return leaveOut(start, node, "rdf.import.service-no-name");
    }
    ServiceArea area =
        concept(node, SERVICE_AREA, ServiceArea.class)
            .or(() -> concept(node, LEGACY_SERVICE_AREA, ServiceArea.class))
            .orElse(null);
    if (area == null) {
      if (assumedServiceArea == null) {
        return leaveOut(start, node, "rdf.import.service-no-area");
      }
      area = assumedServiceArea;
      note(node, "rdf.import.service-area-assumed", area.code());
    }
    used.add(Triple.create(node, PROVIDER, cluster));
    types(node);
    Service.Builder service = Service.builder(Iri.of(node.getURI()), name.get(), area);
    texts(node, DESCRIPTIONS).ifPresent(service::description);
    website(node).ifPresent(service::url);
    return Optional.of(service.build());
  }

  // ---- values ----

  /** The texts of {@code predicates}, the first one's where two differ in one language. */
  private Optional<MultilingualText> texts(Node subject, List<Node> predicates) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Node predicate : predicates) {
      for (Triple triple : graph.find(subject, predicate, Node.ANY).toList()) {
        Node object = triple.getObject();
        if (!object.isLiteral() || object.getLiteralLexicalForm().isBlank()) {
          continue;
        }
        String language = object.getLiteralLanguage();
        String tag = language.isEmpty() ? "und" : language;
        String text = object.getLiteralLexicalForm().strip();
        String before = values.putIfAbsent(tag, text);
        if (before == null || before.equals(text)) {
          used.add(triple);
        }
      }
    }
    return values.isEmpty() ? Optional.empty() : Optional.of(MultilingualText.of(values));
  }

  private Optional<String> firstLiteral(Node subject, List<Node> predicates) {
    for (Node predicate : predicates) {
      for (Triple triple : sorted(graph.find(subject, predicate, Node.ANY).toList())) {
        if (triple.getObject().isLiteral()
            && !triple.getObject().getLiteralLexicalForm().isBlank()) {
          used.add(triple);
          return Optional.of(triple.getObject().getLiteralLexicalForm().strip());
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Iri> website(Node subject) {
    for (Node predicate : WEBSITES) {
      for (Triple triple : sorted(graph.find(subject, predicate, Node.ANY).toList())) {
        Node object = triple.getObject();
        String text =
            object.isURI()
                ? object.getURI()
                : object.isLiteral() ? object.getLiteralLexicalForm() : "";
        if (text.startsWith("http://") || text.startsWith("https://")) {
          used.add(triple);
          return Optional.of(Iri.of(text.strip()));
        }
      }
    }
    return Optional.empty();
  }

  private Location location(Node subject) {
    CountryCode country = null;
    NutsCode region = null;
    for (Node predicate : PLACES) {
      for (Triple triple : sorted(graph.find(subject, predicate, Node.ANY).toList())) {
        Node place = triple.getObject();
        if (!place.isURI()) {
          continue;
        }
        if (region == null && place.getURI().startsWith(ClusterVocabulary.NUTS)) {
          region = term(place, NutsCode.class).orElse(null);
          used.add(triple);
        } else if (country == null && place.getURI().startsWith(ClusterVocabulary.COUNTRY)) {
          country = term(place, CountryCode.class).orElse(null);
          used.add(triple);
        }
      }
    }
    Address address = null;
    Optional<Found> found = addressOf(subject);
    if (found.isPresent()) {
      address = found.get().address();
      if (country == null) {
        country = addressCountry(found.get().node()).orElse(null);
      }
    }
    if (country == null && region != null) {
      country = countryOf(region); // the region names it
    }
    return country == null && region == null && address == null
        ? Location.UNKNOWN
        : new Location(country, region, address);
  }

  /** An address read, with the node it was read from. */
  private record Found(Node node, Address address) {}

  /**
   * {@code subject}'s address: its own ({@code locn:address}, {@code schema:address}), else that of
   * the first of its sites that has one, the primary or registered site first (W3C ORG). The links
   * to it are read; any other address or site is left to the unmapped triples.
   */
  private Optional<Found> addressOf(Node subject) {
    Optional<Found> own = firstAddress(subject, ADDRESSES);
    if (own.isPresent()) {
      return own;
    }
    for (Node predicate : SITES) {
      for (Triple link : sorted(graph.find(subject, predicate, Node.ANY).toList())) {
        Node site = link.getObject();
        Optional<Found> found = firstAddress(site, SITE_ADDRESSES);
        if (found.isPresent()) {
          for (Node any : SITES) {
            graph.find(subject, any, site).forEach(used::add);
          }
          types(site);
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /** The first address {@code holder} has by one of {@code predicates}; its link is read. */
  private Optional<Found> firstAddress(Node holder, List<Node> predicates) {
    for (Node predicate : predicates) {
      for (Triple triple : sorted(graph.find(holder, predicate, Node.ANY).toList())) {
        Optional<Address> address = address(triple.getObject());
        if (address.isPresent()) {
          used.add(triple);
          return Optional.of(new Found(triple.getObject(), address.get()));
        }
      }
    }
    return Optional.empty();
  }

  /** The country of an address, where it is an ISO code ({@code DE}). */
  private Optional<CountryCode> addressCountry(Node address) {
    for (Triple triple :
        sorted(
            ADDRESS_COUNTRIES.stream()
                .flatMap(p -> graph.find(address, p, Node.ANY).toList().stream())
                .toList())) {
      Node value = triple.getObject();
      if (value.isLiteral() && value.getLiteralLexicalForm().strip().matches("[A-Z]{2}")) {
        try {
          CountryCode country = CountryCode.of(value.getLiteralLexicalForm().strip());
          used.add(triple);
          return Optional.of(country);
        } catch (RuntimeException notACountry) {
          // left unmapped
        }
      }
    }
    return Optional.empty();
  }

  /** The country of a NUTS region: NUTS writes Greece {@code EL}, ISO {@code GR}. */
  private static @Nullable CountryCode countryOf(NutsCode region) {
    String part = region.countryPart();
    try {
      return CountryCode.of(part.equals("EL") ? "GR" : part);
    } catch (RuntimeException notACountry) {
      return null;
    }
  }

  /**
   * The year of {@code schema:foundingDate} (a year, a date or a date-time, as the web writes it);
   * a value that is none of these is left to the unmapped triples.
   */
  private Optional<Year> foundingYear(Node cluster) {
    for (Triple triple : sorted(graph.find(cluster, FOUNDING_DATE, Node.ANY).toList())) {
      if (triple.getObject().isLiteral()) {
        String text = triple.getObject().getLiteralLexicalForm().strip();
        if (text.matches("\\d{4}(-\\d{2}(-\\d{2}([T ].*)?)?)?")) {
          try {
            Year year = Year.of(Integer.parseInt(text.substring(0, 4)));
            used.add(triple);
            return Optional.of(year);
          } catch (java.time.DateTimeException notAYear) {
            // left unmapped
          }
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Address> address(Node node) {
    Optional<String> street = firstLiteral(node, STREETS);
    Optional<String> postcode = firstLiteral(node, POSTCODES);
    Optional<String> locality = firstLiteral(node, LOCALITIES);
    if (street.isEmpty() && postcode.isEmpty() && locality.isEmpty()) {
      return Optional.empty();
    }
    types(node);
    return Optional.of(
        new Address(street.orElse(null), postcode.orElse(null), locality.orElse(null)));
  }

  /** A contact point; one with nothing to reach it by is left to the unmapped triples. */
  private Optional<ContactPoint> contactPoint(Node node) {
    Node email = uri(SCHEMA + "email");
    Node telephone = uri(SCHEMA + "telephone");
    if (!graph.contains(node, email, Node.ANY)
        && !graph.contains(node, telephone, Node.ANY)
        && website(node).isEmpty()) {
      return Optional.empty();
    }
    boolean person = isPerson(node);
    graph
        .find(node, RDF.Nodes.type, Node.ANY)
        .filterKeep(t -> PERSON_CLASSES.contains(t.getObject()))
        .forEach(used::add);
    types(node);
    return Optional.of(
        new ContactPoint(
            firstLiteral(node, List.of(uri(SCHEMA + "name"))).orElse(null),
            firstLiteral(node, List.of(email))
                .map(e -> e.replaceFirst("^mailto:", ""))
                .orElse(null),
            firstLiteral(node, List.of(telephone)).orElse(null),
            website(node).orElse(null),
            person));
  }

  /**
   * Whether {@code node} is typed as a natural person ({@code schema:Person}, {@code foaf:Person}).
   */
  private boolean isPerson(Node node) {
    return graph
        .find(node, RDF.Nodes.type, Node.ANY)
        .filterKeep(t -> PERSON_CLASSES.contains(t.getObject()))
        .hasNext();
  }

  /** The identifiers and purposes of {@code subject} as extensions, by predicate (see KEPT). */
  private Extensions kept(Node subject) {
    Map<String, Object> values = new TreeMap<>();
    for (Node predicate : KEPT) {
      List<Object> terms = new ArrayList<>();
      for (Triple triple : sorted(graph.find(subject, predicate, Node.ANY).toList())) {
        if (!triple.getObject().isBlank()) { // a structured identifier is left to be reported
          terms.add(ExtensionTerms.fromNode(triple.getObject()));
          used.add(triple);
        }
      }
      if (!terms.isEmpty()) {
        values.put(predicate.getURI(), ExtensionTerms.value(terms));
      }
    }
    return values.isEmpty() ? Extensions.NONE : Extensions.of(values);
  }

  private ThematicFocus focus(Node cluster) {
    List<NaceCode> sectors = sectors(cluster);
    return sectors.isEmpty()
        ? ThematicFocus.NONE
        : new ThematicFocus(sectors, Set.of(), Set.of(), List.of(), List.of());
  }

  private List<NaceCode> sectors(Node subject) {
    List<NaceCode> sectors = new ArrayList<>();
    for (Node predicate : SECTORS) {
      for (Triple triple : graph.find(subject, predicate, Node.ANY).toList()) {
        Node object = triple.getObject();
        if (object.isURI()
            && (object.getURI().startsWith(ClusterVocabulary.NACE_2)
                || object.getURI().startsWith(ClusterVocabulary.NACE_2_1))) {
          Optional<NaceCode> code = term(object, NaceCode.class);
          if (code.isPresent()) {
            sectors.add(code.get());
            used.add(triple);
          }
        }
      }
    }
    return sectors;
  }

  private Optional<Instant> instant(Node subject, Node predicate) {
    for (Triple triple : graph.find(subject, predicate, Node.ANY).toList()) {
      Node object = triple.getObject();
      if (!object.isLiteral()) {
        continue;
      }
      String text = object.getLiteralLexicalForm();
      try {
        Instant instant =
            text.length() == 10
                ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                : OffsetDateTime.parse(text).toInstant();
        used.add(triple);
        return Optional.of(instant);
      } catch (DateTimeParseException e) {
        // not a date the reader knows: left unmapped
      }
    }
    return Optional.empty();
  }

  /** Marks the {@code rdf:type} triples of {@code node} that say what it was read as. */
  private void types(Node node) {
    graph
        .find(node, RDF.Nodes.type, Node.ANY)
        .filterKeep(t -> KNOWN_CLASSES.contains(t.getObject()))
        .forEach(used::add);
  }

  /**
   * The first value of {@code predicate} on {@code subject}, in the order of their terms, that is a
   * concept of {@code type}'s scheme; marked read.
   */
  private <T> Optional<T> concept(Node subject, Node predicate, Class<T> type) {
    for (Triple triple : sorted(graph.find(subject, predicate, Node.ANY).toList())) {
      Optional<T> known = term(triple.getObject(), type);
      if (known.isPresent()) {
        used.add(triple);
        return known;
      }
    }
    return Optional.empty();
  }

  private <T> Optional<T> term(Node node, Class<T> type) {
    try {
      return Optional.of(type.cast(Terms.fromNode(node, type)));
    } catch (Terms.BadTerm | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The triples in the order of their objects, so that reading does not depend on the store. */
  private static List<Triple> sorted(List<Triple> triples) {
    List<Triple> copy = new ArrayList<>(triples);
    copy.sort(Comparator.comparing(t -> t.getObject().toString()));
    return copy;
  }

  /** Leaves a record out: takes back the triples read since {@code start} and notes why. */
  private <T> Optional<T> leaveOut(int start, Node subject, String key) {
    used.subList(start, used.size()).clear();
    note(subject, key);
    return Optional.empty();
  }

  private void note(Node subject, String key, Object... arguments) {
    notes.add(new RdfImport.Note(GraphReader.describe(subject), Message.of(key, arguments)));
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }

  private static List<Node> uris(String... iris) {
    return Arrays.stream(iris).map(ForeignReader::uri).toList();
  }
}
