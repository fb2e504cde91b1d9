package eu.clusterdata.model.validation;

import eu.clusterdata.model.ClusterProfile;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * A targeted way to break a valid profile, the rule that must report it, and any other rules that
 * may legitimately fire along with it.
 *
 * @param name what is broken
 * @param rule the rule that must report it
 * @param allowed every rule that may report something on the broken profile
 * @param breaker breaks a profile and says where the finding must be
 */
record Corruption(
    String name,
    Rule rule,
    Set<Rule> allowed,
    BiFunction<ClusterProfile, SplittableRandom, Result> breaker) {

  /** A broken profile and the path where the intended rule must report it. */
  record Result(ClusterProfile profile, String path) {}

  /**
   * A corruption that only {@code rule} may report, besides the waiver note of a recognised
   * cluster.
   */
  static Corruption of(
      String name, Rule rule, BiFunction<ClusterProfile, SplittableRandom, Result> breaker) {
    return new Corruption(name, rule, EnumSet.of(rule, Rule.ECCP_WAIVED), breaker);
  }

  Corruption alsoAllowing(Rule... others) {
    EnumSet<Rule> all = EnumSet.copyOf(allowed);
    all.addAll(List.of(others));
    return new Corruption(name, rule, all, breaker);
  }

  Result apply(ClusterProfile profile, SplittableRandom random) {
    return breaker.apply(profile, random);
  }

  @Override
  public String toString() {
    return name;
  }
}
