package eu.clusterdata.model.validation.internal;

import eu.clusterdata.model.Actor;
import eu.clusterdata.model.ClusterOrganisation;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.MemberCount;
import eu.clusterdata.model.Membership;
import eu.clusterdata.model.ProgrammeRecognition;
import eu.clusterdata.model.codes.HelixSector;
import eu.clusterdata.model.codes.ProgrammeLevel;
import eu.clusterdata.model.validation.Rule;
import eu.clusterdata.model.value.Iri;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The ECCP's listing criteria, judged on the reference date: a management team of at least 0.5 FTE,
 * an English website, at least 15 committed members of at least two triple-helix types. A cluster
 * recognised by a regional or national cluster programme is exempt.
 *
 * <p>Members are counted as the ECCP counts them: from the profile's member counts by type (the
 * latest ones not after the reference date) where it gives any, as most clusters publish their
 * composition rather than every member's name, and otherwise from its named committed members. A
 * profile may name a few key members beside its counts; a warning says so only when it names more
 * committed members than its counts give.
 */
public final class EccpRules {

  static final BigDecimal MINIMUM_TEAM_FTE = new BigDecimal("0.5");
  static final int MINIMUM_MEMBERS = 15;
  static final int MINIMUM_HELIX_TYPES = 2;

  private EccpRules() {}

  /**
   * Checks {@code profile}, whose identifiers are {@code declarations}, as of {@code today} and
   * reports to {@code sink}.
   */
  public static void check(
      ClusterProfile profile, Declarations declarations, LocalDate today, FindingSink sink) {
    ClusterOrganisation organisation = profile.organisation();
    Optional<ProgrammeRecognition> waiver = waiver(organisation, today);
    if (waiver.isPresent()) {
      String programme = waiver.get().programme().best(List.of("en", "de")).orElse("");
      sink.add(Rule.ECCP_WAIVED, "organisation.recognitions", programme);
      return;
    }
    BigDecimal team = organisation.management().teamSizeFte();
    if (team == null) {
      sink.addVariant(Rule.ECCP_TEAM_SIZE, "unknown", "organisation.management.teamSizeFte", null);
    } else if (team.compareTo(MINIMUM_TEAM_FTE) < 0) {
      sink.add(Rule.ECCP_TEAM_SIZE, "organisation.management.teamSizeFte", team);
    }
    if (organisation.website() == null) {
      sink.addVariant(Rule.ECCP_ENGLISH_WEBSITE, "missing", "organisation.website", null);
    } else if (organisation.websiteLanguages().stream().noneMatch(EccpRules::isEnglish)) {
      sink.add(Rule.ECCP_ENGLISH_WEBSITE, "organisation.websiteLanguages", organisation.website());
    }
    checkMembers(profile, declarations, today, sink);
  }

  private static Optional<ProgrammeRecognition> waiver(
      ClusterOrganisation organisation, LocalDate today) {
    return organisation.recognitions().stream()
        .filter(r -> r.level() == ProgrammeLevel.REGIONAL || r.level() == ProgrammeLevel.NATIONAL)
        .filter(r -> r.period().contains(today))
        .findFirst();
  }

  private static boolean isEnglish(String tag) {
    return tag.equals("en") || tag.startsWith("en-");
  }

  private static void checkMembers(
      ClusterProfile profile, Declarations declarations, LocalDate today, FindingSink sink) {
    List<MemberCount> counts = MemberCount.current(profile.memberCounts(), today);
    if (counts.isEmpty()) {
      checkList(profile, declarations, today, sink);
      return;
    }
    checkCounts(counts, sink);
    int named = committedMembers(profile, declarations, today, null);
    int counted = total(counts);
    if (named > counted) {
      sink.add(Rule.ECCP_MEMBER_COUNTS, "memberCounts", named, counted);
    }
  }

  private static int total(List<MemberCount> counts) {
    return counts.stream().mapToInt(MemberCount::count).sum();
  }

  private static void checkCounts(List<MemberCount> counts, FindingSink sink) {
    int members = total(counts);
    if (members < MINIMUM_MEMBERS) {
      sink.addVariant(Rule.ECCP_MEMBERS, "counts", "memberCounts", members);
    }
    Set<HelixSector> sectors = EnumSet.noneOf(HelixSector.class);
    for (MemberCount count : counts) {
      if (count.count() > 0) {
        count.type().helixSector().ifPresent(sectors::add);
      }
    }
    helixTypes(sectors, "memberCounts", sink);
  }

  /** Checks the named committed members, where the profile gives no member counts. */
  private static void checkList(
      ClusterProfile profile, Declarations declarations, LocalDate today, FindingSink sink) {
    Set<HelixSector> sectors = EnumSet.noneOf(HelixSector.class);
    int members = committedMembers(profile, declarations, today, sectors);
    if (members < MINIMUM_MEMBERS) {
      sink.add(Rule.ECCP_MEMBERS, "memberships", members);
    }
    helixTypes(sectors, "memberships", sink);
  }

  /**
   * Returns how many distinct actors are committed members on {@code today}, and adds their
   * triple-helix types to {@code sectors} unless it is null. A member is told apart by its
   * declaration's entry number, or by its identifier where no record declares it (the reference
   * rule's finding).
   */
  private static int committedMembers(
      ClusterProfile profile,
      Declarations declarations,
      LocalDate today,
      @Nullable Set<HelixSector> sectors) {
    boolean[] counted = new boolean[declarations.size()];
    Set<Iri> undeclared = Set.of();
    int members = 0;
    List<Membership> memberships = profile.memberships();
    for (int i = 0; i < memberships.size(); i++) {
      Membership membership = memberships.get(i);
      if (!membership.isCommittedOn(today)) {
        continue;
      }
      int entry = declarations.memberEntry(i);
      if (entry < 0) {
        if (undeclared.isEmpty()) {
          undeclared = new HashSet<>();
        }
        members += undeclared.add(membership.actor()) ? 1 : 0;
      } else if (!counted[entry]) {
        counted[entry] = true;
        members++;
        Actor actor = declarations.actor(entry);
        if (actor != null && sectors != null) {
          actor.type().helixSector().ifPresent(sectors::add);
        }
      }
    }
    return members;
  }

  private static void helixTypes(Set<HelixSector> sectors, String path, FindingSink sink) {
    if (sectors.isEmpty()) {
      sink.addVariant(Rule.ECCP_MEMBER_TYPES, "none", path, 0);
    } else if (sectors.size() < MINIMUM_HELIX_TYPES) {
      String names = sectors.stream().map(HelixSector::code).collect(Collectors.joining(", "));
      sink.add(Rule.ECCP_MEMBER_TYPES, path, sectors.size(), names);
    }
  }
}
