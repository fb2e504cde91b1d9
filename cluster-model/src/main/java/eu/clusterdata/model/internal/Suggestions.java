package eu.clusterdata.model.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * "Did you mean": the closest candidates by edit distance, for codes (several, closest first) and
 * for names (the one a misspelt field or constant name most likely meant).
 */
public final class Suggestions {

  /** Candidates further than this from the code are not suggested. */
  private static final int MAX_DISTANCE = 2;

  private Suggestions() {}

  /**
   * Returns up to {@code limit} candidates within two edits of {@code code}, closest first, then
   * those sharing the longest start with it, then in code order.
   */
  public static List<String> closest(String code, Stream<String> candidates, int limit) {
    record Scored(String candidate, int distance, int prefix) {}
    return candidates
        .map(c -> new Scored(c, distance(code, c), commonPrefix(code, c)))
        .filter(s -> s.distance() <= MAX_DISTANCE)
        .sorted(
            Comparator.comparingInt(Scored::distance)
                .thenComparing(Comparator.comparingInt(Scored::prefix).reversed())
                .thenComparing(Scored::candidate))
        .limit(limit)
        .map(Scored::candidate)
        .toList();
  }

  /**
   * Returns the candidate closest to {@code name} if it is close enough to be a likely misspelling
   * (same letters in another case, or at most two edits for names of five or more characters, one
   * edit for shorter ones), or {@code null}.
   */
  public static @Nullable String closestName(String name, Collection<String> candidates) {
    @Nullable String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (candidate.equalsIgnoreCase(name)) {
        return candidate;
      }
      int distance = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    int allowed = Math.min(name.length(), best == null ? 0 : best.length()) >= 5 ? 2 : 1;
    return bestDistance <= allowed ? best : null;
  }

  private static int commonPrefix(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    return n;
  }

  /**
   * The edit distance between two short strings: insertions, deletions, substitutions and swaps of
   * neighbours.
   */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
