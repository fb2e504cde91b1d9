package eu.clusterdata.model.validation;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.validation.internal.CodeListRules;
import eu.clusterdata.model.validation.internal.ConstraintFindings;
import eu.clusterdata.model.validation.internal.ConstraintWalk;
import eu.clusterdata.model.validation.internal.CoreRules;
import eu.clusterdata.model.validation.internal.Declarations;
import eu.clusterdata.model.validation.internal.EccpRules;
import eu.clusterdata.model.validation.internal.EuclesRules;
import eu.clusterdata.model.validation.internal.FindingSink;
import eu.clusterdata.model.validation.internal.PublicationRules;
import eu.clusterdata.model.value.NutsVersion;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.jspecify.annotations.Nullable;

/**
 * Validates cluster profiles against the core rules and the rule sets the caller chooses, and
 * returns a {@link ValidationReport}; bad data never makes it throw. Immutable and thread-safe:
 * build one and share it.
 *
 * <pre>{@code
 * ProfileValidator validator = ProfileValidator.builder().ruleSets(RuleSet.ECCP).build();
 * ValidationReport report = validator.validate(profile);
 * report.summary().forEach(s -> System.out.println(s.rule().code() + " x" + s.count()));
 * }</pre>
 */
public final class ProfileValidator {

  private final Set<RuleSet> ruleSets;
  private final Clock clock;
  private final ConstraintEngine engine;
  private final @Nullable Validator beanValidator;
  private final NutsVersion nutsVersion;

  private ProfileValidator(Builder builder) {
    this.ruleSets = Collections.unmodifiableSet(EnumSet.copyOf(builder.ruleSets));
    this.clock = builder.clock;
    this.nutsVersion = builder.nutsVersion;
    this.engine = builder.engine;
    this.beanValidator =
        engine == ConstraintEngine.BUILT_IN
            ? null
            : builder.beanValidator != null
                ? builder.beanValidator
                : beanValidation().usingContext().clockProvider(() -> clock).getValidator();
  }

  /** Returns a builder; by default only the core rules apply, as of today in UTC. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a validator of the core rules alone. */
  public static ProfileValidator core() {
    return builder().build();
  }

  /** Returns the NUTS version region codes are checked against. */
  public NutsVersion nutsVersion() {
    return nutsVersion;
  }

  /** Returns how this validator checks the model's declared constraints. */
  public ConstraintEngine constraintEngine() {
    return engine;
  }

  /**
   * Returns the rule sets this validator applies, always including {@link RuleSet#CORE}, in the
   * order {@link RuleSet} declares them.
   */
  public Set<RuleSet> ruleSets() {
    return ruleSets;
  }

  /** Validates {@code profile} and returns every finding. */
  public ValidationReport validate(ClusterProfile profile) {
    Objects.requireNonNull(profile, "profile");
    LocalDate today = LocalDate.now(clock);
    FindingSink sink = new FindingSink();
    if (beanValidator == null) {
      ConstraintWalk.check(profile, today, sink);
    } else {
      ConstraintFindings.report(beanValidator.validate(profile), sink);
    }
    Declarations declarations = Declarations.of(profile);
    CoreRules.check(profile, declarations, sink);
    NutsVersion version = profile.metadata().nutsVersion();
    CodeListRules.check(profile, version == null ? nutsVersion : version, sink);
    if (ruleSets.contains(RuleSet.ECCP)) {
      EccpRules.check(profile, declarations, today, sink);
    }
    if (ruleSets.contains(RuleSet.EUCLES)) {
      EuclesRules.check(profile.organisation(), today, sink);
    }
    if (ruleSets.contains(RuleSet.PUBLICATION)) {
      PublicationRules.check(profile, sink);
    }
    return new ValidationReport(sink.sorted());
  }

  /** Builds a {@link ProfileValidator}; not thread-safe. */
  public static final class Builder {
    private final Set<RuleSet> ruleSets = EnumSet.of(RuleSet.CORE);
    private Clock clock = Clock.systemUTC();
    private ConstraintEngine engine = ConstraintEngine.BUILT_IN;
    private @Nullable Validator beanValidator;
    private NutsVersion nutsVersion = NutsVersion.DEFAULT;

    private Builder() {}

    /**
     * Sets the NUTS version region codes must be regions of in profiles that name none in {@link
     * eu.clusterdata.model.ProfileMetadata#nutsVersion()}; {@link NutsVersion#DEFAULT} (NUTS 2024)
     * by default. A profile that names its version is checked against that version. A code of the
     * other version is a {@link Rule#CORE_NUTS_VERSION} warning that names its counterparts in this
     * one.
     */
    public Builder nutsVersion(NutsVersion nutsVersion) {
      this.nutsVersion = Objects.requireNonNull(nutsVersion, "nutsVersion");
      return this;
    }

    /**
     * Sets how the model's declared constraints are checked; {@link ConstraintEngine#BUILT_IN} by
     * default.
     */
    public Builder constraintEngine(ConstraintEngine engine) {
      this.engine = Objects.requireNonNull(engine, "engine");
      if (engine == ConstraintEngine.BUILT_IN) {
        beanValidator = null;
      }
      return this;
    }

    /**
     * Checks the constraints with {@code validator}, a Jakarta Validation validator of the caller's
     * (one that knows constraint annotations of its own, say), instead of the built-in pass; sets
     * the engine to {@link ConstraintEngine#BEAN_VALIDATION}. Every violation must carry a rule
     * code as its message template or be one of the standard constraints the model uses; give the
     * validator the same clock as this builder for date constraints.
     */
    public Builder beanValidator(Validator validator) {
      this.beanValidator = Objects.requireNonNull(validator, "validator");
      this.engine = ConstraintEngine.BEAN_VALIDATION;
      return this;
    }

    /** Adds rule sets to apply besides the core rules. */
    public Builder ruleSets(RuleSet... sets) {
      ruleSets.addAll(List.of(sets));
      return this;
    }

    /**
     * Sets the clock that gives the reference date: which memberships are current, which labels
     * have expired, which dates lie in the future.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public ProfileValidator build() {
      return new ProfileValidator(this);
    }
  }

  /**
   * Returns the Jakarta Validation factory, or explains what to add when Hibernate Validator, an
   * optional dependency, is not there.
   */
  private static ValidatorFactory beanValidation() {
    try {
      return BeanValidation.FACTORY;
    } catch (NoClassDefFoundError e) {
      throw new IllegalStateException(
          "ConstraintEngine.BEAN_VALIDATION needs Hibernate Validator and an Expression Language"
              + " implementation, which cluster-model declares optional: add"
              + " org.hibernate.validator:hibernate-validator (9.x) and"
              + " org.glassfish.expressly:expressly to the application, or keep the built-in"
              + " engine",
          e);
    }
  }

  /** One factory for the whole JVM: building one is slow, and it is immutable once built. */
  private static final class BeanValidation {
    static final ValidatorFactory FACTORY =
        Validation.byProvider(HibernateValidator.class)
            .providerResolver(() -> List.of(new HibernateValidator()))
            .configure()
            .buildValidatorFactory();
  }
}
