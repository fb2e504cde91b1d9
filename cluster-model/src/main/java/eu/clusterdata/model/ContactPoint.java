package eu.clusterdata.model;

import eu.clusterdata.model.constraints.NoBlank;
import eu.clusterdata.model.value.Iri;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;

/**
 * A way to contact the cluster organisation. A contact that names a natural person is personal data
 * under the GDPR and says so with {@code personalData}, so that public exports can leave it out.
 * Immutable and thread-safe.
 *
 * @param name the office or person, or {@code null}
 * @param email an e-mail address, or {@code null}
 * @param telephone a telephone number in international form, or {@code null}
 * @param url a contact page, or {@code null}
 * @param personalData whether this contact identifies a natural person
 */
public record ContactPoint(
    @NoBlank String name,
    @Email String email,
    @Pattern(regexp = "\\+?[0-9][0-9 ()./-]{2,30}", message = "core.format.telephone")
        String telephone,
    @Valid Iri url,
    boolean personalData) {

  /** Returns the contact of an office (not personal data) by e-mail. */
  public static ContactPoint office(String name, String email) {
    return new ContactPoint(name, email, null, null, false);
  }
}
