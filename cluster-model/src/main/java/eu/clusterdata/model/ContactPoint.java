package eu.clusterdata.model;

import eu.clusterdata.model.constraints.NoBlank;
import eu.clusterdata.model.value.Iri;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

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
    @NoBlank @Nullable String name,
    @Email @Nullable String email,
    @Pattern(regexp = "\\+?[0-9][0-9 ()./-]{2,30}", message = "core.format.telephone")
        @Nullable String telephone,
    @Valid @Nullable Iri url,
    boolean personalData) {

  /** Returns the contact of an office (not personal data) by e-mail. */
  public static ContactPoint office(@Nullable String name, @Nullable String email) {
    return new ContactPoint(name, email, null, null, false);
  }

  /** Returns a builder of a {@code ContactPoint}; every other component starts empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this {@code ContactPoint}. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.name = name;
    builder.email = email;
    builder.telephone = telephone;
    builder.url = url;
    builder.personalData = personalData;
    return builder;
  }

  /** Builds {@code ContactPoint} values one component at a time. Not thread-safe. */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String email;
    private @Nullable String telephone;
    private @Nullable Iri url;
    private boolean personalData;

    private Builder() {}

    /** The office or person, or {@code null}. */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /** An e-mail address, or {@code null}. */
    public Builder email(@Nullable String email) {
      this.email = email;
      return this;
    }

    /** A telephone number in international form, or {@code null}. */
    public Builder telephone(@Nullable String telephone) {
      this.telephone = telephone;
      return this;
    }

    /** A contact page, or {@code null}. */
    public Builder url(@Nullable Iri url) {
      this.url = url;
      return this;
    }

    /** Whether this contact identifies a natural person. */
    public Builder personalData(boolean personalData) {
      this.personalData = personalData;
      return this;
    }

    /**
     * Returns the {@code ContactPoint}.
     *
     * @throws NullPointerException if a required component is missing
     * @throws eu.clusterdata.model.problem.InvalidValueException if a value can never be valid
     */
    public ContactPoint build() {
      return new ContactPoint(name, email, telephone, url, personalData);
    }
  }
}
