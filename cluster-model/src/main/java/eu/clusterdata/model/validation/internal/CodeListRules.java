package eu.clusterdata.model.validation.internal;

import eu.clusterdata.model.Actor;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.Event;
import eu.clusterdata.model.PartnershipInterest;
import eu.clusterdata.model.codes.NaceActivity;
import eu.clusterdata.model.codes.NaceClassification;
import eu.clusterdata.model.codes.NutsClassification;
import eu.clusterdata.model.internal.Syntax;
import eu.clusterdata.model.validation.Rule;
import eu.clusterdata.model.value.NaceCode;
import eu.clusterdata.model.value.NutsCode;
import eu.clusterdata.model.value.NutsVersion;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Codes that must exist in their official list: NUTS regions in the version the profile is read
 * against, NACE codes in their revision. A code of the wrong shape is the shape rule's finding, not
 * these.
 */
public final class CodeListRules {

  private CodeListRules() {}

  /** Checks {@code profile} against the NUTS {@code version} and reports to {@code sink}. */
  public static void check(ClusterProfile profile, NutsVersion version, FindingSink sink) {
    // Paths are written only for a code to report: nearly all codes are in their lists.
    NutsCode region = profile.organisation().location().region();
    if (region != null && !isKnown(region, version)) {
      region(region, "organisation.location.region", version, sink);
    }
    List<NaceCode> sectors = profile.organisation().focus().sectors();
    if (!allKnown(sectors)) {
      sectors(sectors, "organisation.focus.sectors", sink);
    }
    List<Actor> actors = profile.actors();
    for (int i = 0; i < actors.size(); i++) {
      Actor actor = actors.get(i);
      NutsCode actorRegion = actor.location().region();
      if (actorRegion != null && !isKnown(actorRegion, version)) {
        region(actorRegion, "actors[" + i + "].location.region", version, sink);
      }
      if (!allKnown(actor.sectors())) {
        sectors(actor.sectors(), "actors[" + i + "].sectors", sink);
      }
    }
    List<PartnershipInterest> interests = profile.interests();
    for (int i = 0; i < interests.size(); i++) {
      regions(interests.get(i).regions(), "interests", i, "regions", version, sink);
    }
    List<Event> events = profile.events();
    for (int i = 0; i < events.size(); i++) {
      Event event = events.get(i);
      NutsCode eventRegion = event.region();
      if (eventRegion != null && !isKnown(eventRegion, version)) {
        region(eventRegion, "events[" + i + "].region", version, sink);
      }
      regions(event.regions(), "events", i, "regions", version, sink);
    }
  }

  /**
   * Whether {@code region} is in the list or malformed (the shape rule's finding). The list is
   * asked first: nearly every code is in it, and then its shape needs no second look.
   */
  private static boolean isKnown(NutsCode region, NutsVersion version) {
    return NutsClassification.of(version).contains(region) || !Syntax.isNutsShape(region.code());
  }

  /** Whether every sector is in its revision's list or malformed (the shape rule's finding). */
  private static boolean allKnown(List<NaceCode> sectors) {
    for (int i = 0; i < sectors.size(); i++) {
      if (!isKnown(sectors.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code code} is in its revision's list or malformed (the shape rule's finding). */
  private static boolean isKnown(NaceCode code) {
    return NaceClassification.of(code.revision()).contains(code) || !Syntax.isNaceShape(code);
  }

  /** Checks {@code regions} at {@code list[index].component}. */
  private static void regions(
      List<NutsCode> regions,
      String list,
      int index,
      String component,
      NutsVersion version,
      FindingSink sink) {
    for (int j = 0; j < regions.size(); j++) {
      if (!isKnown(regions.get(j), version)) {
        String path = list + "[" + index + "]." + component + "[" + j + "]";
        region(regions.get(j), path, version, sink);
      }
    }
  }

  /** Reports {@code region}, which is not in the list of {@code version}, at {@code path}. */
  private static void region(NutsCode region, String path, NutsVersion version, FindingSink sink) {
    NutsClassification nuts = NutsClassification.of(version);
    for (NutsVersion other : NutsVersion.values()) {
      if (other != version && NutsClassification.of(other).contains(region)) {
        List<NutsCode> successors = nuts.counterparts(region);
        if (successors.isEmpty()) {
          sink.addVariant(
              Rule.CORE_NUTS_VERSION, "none", path, region, version.label(), other.label());
        } else {
          sink.add(
              Rule.CORE_NUTS_VERSION,
              path,
              region,
              version.label(),
              other.label(),
              names(successors, nuts));
        }
        return;
      }
    }
    List<NutsCode> suggestions = nuts.suggestions(region);
    if (suggestions.isEmpty()) {
      sink.add(Rule.CORE_NUTS_UNKNOWN, path, region, version.label());
    } else {
      sink.addVariant(
          Rule.CORE_NUTS_UNKNOWN,
          "suggestions",
          path,
          region,
          version.label(),
          names(suggestions, nuts));
    }
  }

  private static void sectors(List<NaceCode> sectors, String at, FindingSink sink) {
    for (int i = 0; i < sectors.size(); i++) {
      NaceCode code = sectors.get(i);
      if (isKnown(code)) {
        continue;
      }
      NaceClassification nace = NaceClassification.of(code.revision());
      String path = at + "[" + i + "]";
      List<NaceCode> suggestions = nace.suggestions(code);
      if (suggestions.isEmpty()) {
        sink.add(Rule.CORE_NACE_UNKNOWN, path, code.code(), code.revision().label());
      } else {
        // {2} with the English titles, {3} with the German where the list has them; the
        // variant for a revision without German titles says so in German
        List<NaceActivity> near =
            suggestions.stream().map(s -> nace.activity(s).orElseThrow()).toList();
        boolean german = near.stream().allMatch(a -> a.titleDe() != null);
        sink.addVariant(
            Rule.CORE_NACE_UNKNOWN,
            german ? "suggestions" : "suggestions.english",
            path,
            code.code(),
            code.revision().label(),
            titled(near, Locale.ENGLISH),
            titled(near, Locale.GERMAN));
      }
    }
  }

  /** {@code 62.10 (Computer programming activities), 62.20 (...)}, in the titles' language. */
  private static String titled(List<NaceActivity> activities, Locale language) {
    return activities.stream()
        .map(a -> a.code().code() + " (" + a.title(language) + ")")
        .collect(Collectors.joining(", "));
  }

  /** {@code DEA1A (Wuppertal, Kreisfreie Stadt), DEA1B (Kreis Mettmann)}. */
  private static String names(List<NutsCode> codes, NutsClassification nuts) {
    return codes.stream()
        .map(c -> c + nuts.region(c).map(r -> " (" + r.name() + ")").orElse(""))
        .collect(Collectors.joining(", "));
  }
}
