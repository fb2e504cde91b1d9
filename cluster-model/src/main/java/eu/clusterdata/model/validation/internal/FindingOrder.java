package eu.clusterdata.model.validation.internal;

import eu.clusterdata.model.validation.Finding;
import java.util.Comparator;

/**
 * The order of findings in a report: errors first, then warnings, then notes; within one severity
 * by rule set (core, ECCP, EUCLES, publication), then by path as a reader meets it in a document
 * (list indices compare as numbers, so that {@code actors[2]} comes before {@code actors[10]}),
 * then by rule code.
 */
public final class FindingOrder {

  /** Severity, rule set, path, rule code. */
  public static final Comparator<Finding> FINDINGS =
      Comparator.comparing(Finding::severity)
          .thenComparing(f -> f.rule().ruleSet())
          .thenComparing(Finding::path, FindingOrder::compare)
          .thenComparing(f -> f.rule().code());

  private FindingOrder() {}

  /** Compares two paths as a reader meets them in a document. */
  static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (Character.isDigit(ca) && Character.isDigit(cb)) {
        int endA = digitsEnd(a, i);
        int endB = digitsEnd(b, j);
        int byLength = Integer.compare(endA - i, endB - j);
        if (byLength != 0) {
          return byLength;
        }
        int byDigits = a.substring(i, endA).compareTo(b.substring(j, endB));
        if (byDigits != 0) {
          return byDigits;
        }
        i = endA;
        j = endB;
      } else {
        if (ca != cb) {
          return Character.compare(ca, cb);
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static int digitsEnd(String s, int from) {
    int end = from;
    while (end < s.length() && Character.isDigit(s.charAt(end))) {
      end++;
    }
    return end;
  }
}
