package eu.clusterdata.model.format;

import eu.clusterdata.model.Actor;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.Partnership;
import eu.clusterdata.model.PracticeExample;
import eu.clusterdata.model.Project;
import eu.clusterdata.model.Service;
import eu.clusterdata.model.problem.Message;
import eu.clusterdata.model.validation.Finding;
import eu.clusterdata.model.validation.Rule;
import eu.clusterdata.model.value.Iri;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks the profiles of one input together, one after another, for identifiers that would lose
 * data when the profiles are stored or converted to RDF: a second profile with the organisation
 * identifier of an earlier one ({@link Rule#COLLECTION_DUPLICATE_PROFILE}), and an actor, service,
 * project, practice example or partnership whose identifier an earlier record uses for something
 * with other content ({@link Rule#COLLECTION_ID_CONFLICT}). The same actor with the same content in
 * two profiles, such as a university that is a member of two clusters, is fine.
 *
 * <p>It keeps, per identifier, where it was first seen and a hash of its content, not the profiles,
 * so it checks inputs larger than memory. The readers of the {@code cluster-io} module run it on
 * every input. Not thread-safe: one per input.
 */
public final class CollectionCheck {

  private record Seen(long record, long line, String path, int content) {

    Message where() {
      return line > 0
          ? Message.of("read.record-line", record, line)
          : Message.of("read.record", record);
    }
  }

  private final Map<Iri, Seen> seen = new HashMap<>();

  /** Creates a check for one input; nothing has been seen yet. */
  public CollectionCheck() {}

  /**
   * Checks the next record of the input against the ones before it and returns it with what the
   * check found; a finding the record carries already (a reader checked it before) is not added
   * twice. A record that could not be read is returned as it is.
   */
  public ProfileRecord check(ProfileRecord record) {
    ClusterProfile profile = record.profile();
    if (profile == null) {
      return record;
    }
    List<Finding> found = check(profile, record.location().number(), record.location().line());
    if (found.isEmpty()) {
      return record;
    }
    List<Finding> fresh = new ArrayList<>(found);
    fresh.removeAll(record.findings());
    return record.withFindings(fresh);
  }

  /**
   * Checks the next profile of the input against the ones before it and returns the findings, each
   * at a path in this profile and naming the earlier record; empty if there are none.
   *
   * @param profile the profile
   * @param record the record's number in the input, counting from 1
   * @param line the line the record starts on, counting from 1, or 0 if the input has no lines
   */
  public List<Finding> check(ClusterProfile profile, long record, long line) {
    List<Finding> findings = new ArrayList<>();
    Iri organisation = profile.organisation().id();
    Seen first = seen.get(organisation);
    if (first != null && first.record() != record) {
      findings.add(
          Finding.of(
              Rule.COLLECTION_DUPLICATE_PROFILE,
              "organisation.id",
              organisation,
              first.where(),
              first.path()));
    } else if (first == null) {
      seen.put(organisation, new Seen(record, line, "organisation.id", 0));
    }
    claimAll(
        profile.organisation().partnerships(),
        Partnership::id,
        "organisation.partnerships",
        record,
        line,
        findings);
    claimAll(profile.actors(), Actor::id, "actors", record, line, findings);
    claimAll(profile.services(), Service::id, "services", record, line, findings);
    claimAll(profile.projects(), Project::id, "projects", record, line, findings);
    claimAll(
        profile.practiceExamples(),
        PracticeExample::id,
        "practiceExamples",
        record,
        line,
        findings);
    return findings;
  }

  /** Claims the identifier of each entity of {@code list} for record {@code record}. */
  private <T> void claimAll(
      List<T> entities,
      Function<T, Iri> id,
      String list,
      long record,
      long line,
      List<Finding> findings) {
    for (int i = 0; i < entities.size(); i++) {
      T entity = entities.get(i);
      String path = list + "[" + i + "].id";
      int content = entity.hashCode();
      Seen first = seen.putIfAbsent(id.apply(entity), new Seen(record, line, path, content));
      if (first != null && first.record() != record && first.content() != content) {
        findings.add(
            Finding.of(
                Rule.COLLECTION_ID_CONFLICT, path, id.apply(entity), first.where(), first.path()));
      }
    }
  }
}
