package eu.clusterdata.model.validation.internal;

import eu.clusterdata.model.validation.Finding;
import eu.clusterdata.model.validation.Rule;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Collects findings while the rules run. Message arguments are the offending value first, then
 * whatever the message names besides; messages are rendered only when asked for, in the reader's
 * language. Not thread-safe: one sink per validation.
 */
public final class FindingSink {

  private final List<Finding> findings = new ArrayList<>();

  /** Reports {@code rule} at {@code path}, with the rule's own message. */
  public void add(Rule rule, String path, @Nullable Object value, @Nullable Object... args) {
    findings.add(Finding.of(rule, path, value, args));
  }

  /** Reports {@code rule} at {@code path}, with the message of one of its variants. */
  public void addVariant(
      Rule rule, String variant, String path, @Nullable Object value, @Nullable Object... args) {
    findings.add(Finding.withKey(rule, rule.code() + "." + variant, path, value, args));
  }

  /** Reports {@code rule} at {@code path}, with the message under {@code key}. */
  void addWithKey(
      Rule rule, String key, String path, @Nullable Object value, @Nullable Object... args) {
    findings.add(Finding.withKey(rule, key, path, value, args));
  }

  /** Returns the findings in the order of a report ({@link FindingOrder#FINDINGS}). */
  public List<Finding> sorted() {
    List<Finding> copy = new ArrayList<>(findings);
    copy.sort(FindingOrder.FINDINGS);
    return copy;
  }
}
