package eu.clusterdata.cli;

import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.json.JsonLimits;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The {@code --limit} option that commands reading inputs share: raises or lowers one of the {@link
 * JsonLimits} that guard against hostile input, as the read errors that meet a limit suggest, or
 * sets the most records one input may hold.
 */
final class LimitsOption {

  @Option(
      names = "--limit",
      paramLabel = "NAME=N",
      description =
          "Change a limit on input: records (the most one input may hold; no limit by default),"
              + " or on JSON: profile-bytes, nesting-depth, string-length, number-length or"
              + " name-length (default profile-bytes=67108864, nesting-depth=100,"
              + " string-length=1000000, number-length=100, name-length=1000).")
  Map<String, Long> limits = new LinkedHashMap<>();

  /** The most records one input may hold: the limit given, or no limit. */
  long maxRecords() {
    Long records = limits.get("records");
    if (records != null && records < 1) {
      throw CliException.of("limit.positive", "records");
    }
    return records == null ? Long.MAX_VALUE : records;
  }

  /** The JSON reader with the limits given. */
  ClusterJson json() {
    JsonLimits d = JsonLimits.DEFAULTS;
    long profileBytes = d.maxProfileBytes();
    long nesting = d.maxNestingDepth();
    long string = d.maxStringLength();
    long number = d.maxNumberLength();
    long name = d.maxNameLength();
    for (Map.Entry<String, Long> limit : limits.entrySet()) {
      long value = limit.getValue();
      if (value < 1) {
        throw CliException.of("limit.positive", limit.getKey());
      }
      switch (limit.getKey()) {
        case "profile-bytes" -> profileBytes = value;
        case "nesting-depth" -> nesting = value;
        case "string-length" -> string = value;
        case "number-length" -> number = value;
        case "name-length" -> name = value;
        case "records" -> {
          // not a JSON limit: see maxRecords()
        }
        default -> throw CliException.of("limit.unknown", limit.getKey());
      }
    }
    return ClusterJson.builder()
        .limits(
            new JsonLimits(profileBytes, toInt(nesting), toInt(string), toInt(number), toInt(name)))
        .build();
  }

  private static int toInt(long value) {
    return (int) Math.min(value, Integer.MAX_VALUE);
  }
}
