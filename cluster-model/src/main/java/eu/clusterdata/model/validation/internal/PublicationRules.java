package eu.clusterdata.model.validation.internal;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.ContactPoint;
import eu.clusterdata.model.Source;
import eu.clusterdata.model.codes.SourceType;
import eu.clusterdata.model.validation.Rule;
import java.util.List;

/**
 * What a profile meant for publication must not carry: contact details of natural persons, which
 * are personal data under the GDPR, and data made up for examples (a fictitious source).
 */
public final class PublicationRules {

  private PublicationRules() {}

  /** Checks {@code profile} and reports to {@code sink}. */
  public static void check(ClusterProfile profile, FindingSink sink) {
    List<ContactPoint> contacts = profile.organisation().contacts();
    for (int i = 0; i < contacts.size(); i++) {
      ContactPoint contact = contacts.get(i);
      if (contact.personalData()) {
        String who = contact.name() != null ? contact.name() : "#" + i;
        sink.add(Rule.PUBLICATION_PERSONAL_DATA, "organisation.contacts[" + i + "]", who);
      }
    }
    List<Source> sources = profile.metadata().sources();
    for (int i = 0; i < sources.size(); i++) {
      if (sources.get(i).type() == SourceType.FICTITIOUS) {
        sink.add(
            Rule.PUBLICATION_FICTITIOUS, "metadata.sources[" + i + "]", sources.get(i).title());
      }
    }
  }
}
