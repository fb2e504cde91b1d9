package eu.clusterdata.model.validation.internal;

import eu.clusterdata.model.Actor;
import eu.clusterdata.model.Classification;
import eu.clusterdata.model.ClusterOrganisation;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.ContactPoint;
import eu.clusterdata.model.ImpulseUptake;
import eu.clusterdata.model.Label;
import eu.clusterdata.model.Location;
import eu.clusterdata.model.MemberCount;
import eu.clusterdata.model.PartnershipInterest;
import eu.clusterdata.model.PracticeExample;
import eu.clusterdata.model.ProjectFunding;
import eu.clusterdata.model.Service;
import eu.clusterdata.model.StatusChange;
import eu.clusterdata.model.TransformationEngagement;
import eu.clusterdata.model.codes.ActorType;
import eu.clusterdata.model.codes.ImpulseCatalogue;
import eu.clusterdata.model.codes.ImpulseStatus;
import eu.clusterdata.model.codes.OpenCode;
import eu.clusterdata.model.codes.Technology;
import eu.clusterdata.model.validation.Rule;
import eu.clusterdata.model.value.Iri;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The core rules that span a profile and that annotations cannot express: unique identifiers,
 * references that resolve to the right kind of record, consistent dates, and the open code lists.
 */
public final class CoreRules {

  private CoreRules() {}

  /**
   * Checks {@code profile}, whose identifiers are {@code declarations}, and reports to {@code
   * sink}.
   */
  public static void check(ClusterProfile profile, Declarations declarations, FindingSink sink) {
    for (Declarations.Duplicate duplicate : declarations.duplicates()) {
      sink.add(Rule.CORE_DUPLICATE_ID, duplicate.path(), duplicate.id(), duplicate.firstPath());
    }
    checkReferences(profile, declarations, sink);
    checkOrganisation(profile.organisation(), sink);
    checkActors(profile.actors(), sink);
    checkOpenCodes(profile, sink);
    checkUptakes(profile, sink);
    checkClassifications(profile, sink);
    checkMemberCounts(profile, sink);
    var metadata = profile.metadata();
    if (metadata.lastModified().isBefore(metadata.created())) {
      sink.addVariant(
          Rule.CORE_PERIOD,
          "metadata",
          "metadata.lastModified",
          metadata.lastModified(),
          metadata.created());
    }
    if (metadata.sources().isEmpty()) {
      sink.add(Rule.CORE_PROVENANCE_SOURCES, "metadata.sources", null);
    }
  }

  private static void checkReferences(
      ClusterProfile profile, Declarations declared, FindingSink sink) {
    var memberships = profile.memberships();
    for (int i = 0; i < memberships.size(); i++) {
      int entry = declared.memberEntry(i);
      if (entry < 0 || !declared.isKind(entry, Declarations.ACTOR)) {
        Iri actor = memberships.get(i).actor();
        sink.addVariant(Rule.CORE_REFERENCE, "actor", "memberships[" + i + "].actor", actor);
      }
    }
    for (int i = 0; i < profile.projects().size(); i++) {
      List<Iri> partners = profile.projects().get(i).partners();
      resolveAll(declared, Declarations.ACTOR, partners, "projects", i, "partners", sink);
    }
    for (int i = 0; i < profile.events().size(); i++) {
      List<Iri> outcomes = profile.events().get(i).outcomes();
      int kinds = Declarations.PROJECT | Declarations.PARTNERSHIP;
      resolveAll(declared, kinds, outcomes, "events", i, "outcomes", sink);
    }
    for (int i = 0; i < profile.practiceExamples().size(); i++) {
      PracticeExample example = profile.practiceExamples().get(i);
      List<Iri> actors = example.actors();
      List<Iri> services = example.services();
      resolveAll(declared, Declarations.ACTOR, actors, "practiceExamples", i, "actors", sink);
      resolveAll(declared, Declarations.SERVICE, services, "practiceExamples", i, "services", sink);
    }
    for (int i = 0; i < profile.engagements().size(); i++) {
      TransformationEngagement engagement = profile.engagements().get(i);
      List<Iri> services = engagement.services();
      List<Iri> projects = engagement.projects();
      List<Iri> examples = engagement.practiceExamples();
      resolveAll(declared, Declarations.SERVICE, services, "engagements", i, "services", sink);
      resolveAll(declared, Declarations.PROJECT, projects, "engagements", i, "projects", sink);
      int kinds = Declarations.PRACTICE_EXAMPLE;
      resolveAll(declared, kinds, examples, "engagements", i, "practiceExamples", sink);
    }
  }

  /** The variant of {@link Rule#CORE_REFERENCE} that names the kind a reference must resolve to. */
  private static String kindName(int kind) {
    return switch (kind) {
      case Declarations.ACTOR -> "actor";
      case Declarations.SERVICE -> "service";
      case Declarations.PROJECT -> "project";
      case Declarations.PRACTICE_EXAMPLE -> "practice-example";
      default -> "outcome";
    };
  }

  /** Resolves the references {@code refs} at {@code list[index].component}. */
  private static void resolveAll(
      Declarations declared,
      int kinds,
      List<Iri> refs,
      String list,
      int index,
      String component,
      FindingSink sink) {
    for (int j = 0; j < refs.size(); j++) {
      if (!declared.declares(refs.get(j), kinds)) {
        String path = at(list, index, component) + "[" + j + "]";
        sink.addVariant(Rule.CORE_REFERENCE, kindName(kinds), path, refs.get(j));
      }
    }
  }

  private static void checkOrganisation(ClusterOrganisation organisation, FindingSink sink) {
    checkRegion(organisation.location(), "organisation.location", sink);
    List<Label> labels = organisation.labels();
    for (int i = 0; i < labels.size(); i++) {
      Label label = labels.get(i);
      if (label.awarded() == null && label.validUntil() == null) {
        sink.add(Rule.CORE_LABEL_DATES, "organisation.labels[" + i + "]", null);
      } else if (label.awarded() != null
          && label.validUntil() != null
          && label.validUntil().isBefore(label.awarded())) {
        String at = "organisation.labels[" + i + "].validUntil";
        sink.addVariant(Rule.CORE_PERIOD, "label", at, label.validUntil(), label.awarded());
      }
    }
    List<ContactPoint> contacts = organisation.contacts();
    for (int i = 0; i < contacts.size(); i++) {
      ContactPoint contact = contacts.get(i);
      if (contact.email() == null && contact.telephone() == null && contact.url() == null) {
        sink.add(Rule.CORE_CONTACT_EMPTY, "organisation.contacts[" + i + "]", null);
      }
    }
  }

  private static void checkActors(List<Actor> actors, FindingSink sink) {
    for (int i = 0; i < actors.size(); i++) {
      Actor actor = actors.get(i);
      if (actor.companySize() != null && actor.type() != ActorType.COMPANY) {
        sink.add(
            Rule.CORE_COMPANY_SIZE,
            "actors[" + i + "].companySize",
            actor.companySize().code(),
            actor.type().code());
      }
      if (!regionMatchesCountry(actor.location())) {
        checkRegion(actor.location(), "actors[" + i + "].location", sink);
      }
    }
  }

  /** Whether the region and the country agree, or one of them is not given. */
  private static boolean regionMatchesCountry(Location location) {
    if (location.country() == null || location.region() == null) {
      return true;
    }
    String region = location.region().code();
    String country = location.country().code();
    if (region.length() < 2 || country.length() != 2) { // malformed: the shape rules report it
      String nutsCountry = location.region().countryPart();
      return (nutsCountry.equals("EL") ? "GR" : nutsCountry).equals(country);
    }
    char first = region.charAt(0);
    char second = region.charAt(1);
    if (first == 'E' && second == 'L') { // NUTS writes Greece as EL where ISO writes GR
      first = 'G';
      second = 'R';
    }
    return first == country.charAt(0) && second == country.charAt(1);
  }

  /** NUTS writes Greece as EL where ISO writes GR; everything else matches. */
  private static void checkRegion(Location location, String at, FindingSink sink) {
    if (!regionMatchesCountry(location)) {
      sink.add(Rule.CORE_REGION_COUNTRY, at + ".region", location.region(), location.country());
    }
  }

  private static void checkOpenCodes(ClusterProfile profile, FindingSink sink) {
    List<Technology> technologies = profile.organisation().focus().technologies();
    for (int j = 0; j < technologies.size(); j++) {
      if (!technologies.get(j).isListed()) {
        String path = "organisation.focus.technologies[" + j + "]";
        reportUnlisted(technologies.get(j), path, "technology", sink);
      }
    }
    for (int i = 0; i < profile.services().size(); i++) {
      Service service = profile.services().get(i);
      unlisted(service.targetGroups(), "services", i, "targetGroups", "target-group", sink);
      unlisted(service.format(), "services", i, "format", "service-format", sink);
    }
    for (int i = 0; i < profile.memberCounts().size(); i++) {
      OpenCode type = profile.memberCounts().get(i).type();
      // "company" is the actor type; member counts count companies by size
      boolean company = type.code().equals(ActorType.COMPANY.code());
      unlisted(
          type, "memberCounts", i, "type", company ? "member-type.company" : "member-type", sink);
    }
    List<Label> labels = profile.organisation().labels();
    for (int i = 0; i < labels.size(); i++) {
      unlisted(labels.get(i).scheme(), "organisation.labels", i, "scheme", "label-scheme", sink);
    }
    for (int i = 0; i < profile.projects().size(); i++) {
      List<ProjectFunding> funding = profile.projects().get(i).funding();
      for (int j = 0; j < funding.size(); j++) {
        OpenCode programme = funding.get(j).programme();
        if (programme != null && !programme.isListed()) {
          String path = "projects[" + i + "].funding[" + j + "].programme";
          reportUnlisted(programme, path, "funding-programme", sink);
        }
      }
    }
    for (int i = 0; i < profile.interests().size(); i++) {
      PartnershipInterest interest = profile.interests().get(i);
      unlisted(interest.kind(), "interests", i, "kind", "interest-kind", sink);
      unlisted(interest.technologies(), "interests", i, "technologies", "technology", sink);
    }
    for (int i = 0; i < profile.events().size(); i++) {
      OpenCode format = profile.events().get(i).format();
      unlisted(format, "events", i, "format", "service-format", sink);
    }
  }

  /** Reports the unlisted codes of {@code codes}, the list at {@code list[index].component}. */
  private static void unlisted(
      List<? extends OpenCode> codes,
      String list,
      int index,
      String component,
      String kind,
      FindingSink sink) {
    for (int j = 0; j < codes.size(); j++) {
      if (!codes.get(j).isListed()) {
        reportUnlisted(codes.get(j), at(list, index, component) + "[" + j + "]", kind, sink);
      }
    }
  }

  /** Reports {@code code}, the value at {@code list[index].component}, if it is unlisted. */
  private static void unlisted(
      @Nullable OpenCode code,
      String list,
      int index,
      String component,
      String kind,
      FindingSink sink) {
    if (code != null && !code.isListed()) {
      reportUnlisted(code, at(list, index, component), kind, sink);
    }
  }

  private static void reportUnlisted(OpenCode code, String path, String kind, FindingSink sink) {
    sink.addVariant(Rule.CORE_CODE_UNLISTED, kind, path, code.code());
  }

  /**
   * The path {@code list[index].component}: written only for a finding, as nearly every element of
   * a profile has none.
   */
  private static String at(String list, int index, String component) {
    return list + "[" + index + "]." + component;
  }

  private static void checkUptakes(ClusterProfile profile, FindingSink sink) {
    var uptakes = profile.impulseUptakes();
    for (int i = 0; i < uptakes.size(); i++) {
      ImpulseUptake uptake = uptakes.get(i);
      if (ImpulseCatalogue.find(uptake.impulse()).isEmpty()) {
        sink.add(Rule.CORE_IMPULSE, "impulseUptakes[" + i + "].impulse", uptake.impulse());
      }
      List<StatusChange> history = uptake.history();
      for (int j = 1; j < history.size(); j++) {
        LocalDate date = history.get(j).date();
        LocalDate before = history.get(j - 1).date();
        if (date.isBefore(before)) {
          String path = "impulseUptakes[" + i + "].history[" + j + "].date";
          sink.addVariant(Rule.CORE_UPTAKE_HISTORY, "order", path, date, before);
        }
      }
      if (!history.isEmpty()) {
        int last = history.size() - 1;
        ImpulseStatus status = history.get(last).status();
        if (status != uptake.status()) {
          String path = "impulseUptakes[" + i + "].history[" + last + "].status";
          sink.add(Rule.CORE_UPTAKE_HISTORY, path, status.code(), uptake.status().code());
        }
      }
    }
  }

  private static void checkClassifications(ClusterProfile profile, FindingSink sink) {
    List<Classification> classifications = profile.organisation().focus().classifications();
    for (int i = 0; i < classifications.size(); i++) {
      Classification c = classifications.get(i);
      if (c.code() == null && c.name() == null) {
        sink.add(
            Rule.CORE_CLASSIFICATION_EMPTY,
            "organisation.focus.classifications[" + i + "]",
            c.scheme());
      }
    }
  }

  private static void checkMemberCounts(ClusterProfile profile, FindingSink sink) {
    Map<List<Object>, Integer> first = new HashMap<>();
    List<MemberCount> counts = profile.memberCounts();
    for (int i = 0; i < counts.size(); i++) {
      MemberCount count = counts.get(i);
      Integer earlier = first.putIfAbsent(Arrays.asList(count.type(), count.asOf()), i);
      if (earlier != null) {
        sink.add(
            Rule.CORE_MEMBER_COUNT_DUPLICATE,
            "memberCounts[" + i + "].type",
            count.type().code(),
            "memberCounts[" + earlier + "]");
      }
    }
  }
}
