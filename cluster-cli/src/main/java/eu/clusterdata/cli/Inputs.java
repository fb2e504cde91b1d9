package eu.clusterdata.cli;

import eu.clusterdata.io.ProfileInput;
import eu.clusterdata.io.ProfileSource;
import eu.clusterdata.io.UnreadableInputException;
import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.format.ProfileRecord;
import eu.clusterdata.model.problem.Message;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Opens the inputs commands read (a path, a folder of CSV files, or {@code -} for standard input)
 * through cluster-io's {@link ProfileSource}, which tells the format and reads every format alike.
 */
final class Inputs {

  private final InputStream stdin;
  private final @Nullable Map<String, Main.Input> named;
  private final ClusterJson json;
  private final long maxRecords;

  /**
   * @param main the command line, whose standard input {@code -} reads, or whose inputs given by
   *     name are the only ones there are
   * @param limits the limits the command was given: of JSON inputs, and of records in one input
   */
  Inputs(Main main, LimitsOption limits) {
    this.stdin = main.in;
    this.named = main.named;
    this.json = limits.json();
    this.maxRecords = limits.maxRecords();
  }

  /** The display name of an input: the path, or {@code <stdin>}. */
  static String displayName(String name) {
    return name.equals("-") ? "<stdin>" : name;
  }

  /** An output's name for messages: {@code -} is standard output. */
  static String outputName(String name) {
    return name.equals("-") ? "<stdout>" : name;
  }

  /**
   * Opens an input as a source of profile records.
   *
   * @param forced the format named by an option, or {@code null} to tell it from the name (checked
   *     against the content) or the content
   * @throws CliException if the input cannot be opened, or its format cannot be told or contradicts
   *     its name (exit status 2)
   */
  ProfileSource open(String name, @Nullable ProfileFormat forced) {
    try {
      return source(name, forced).build();
    } catch (UnreadableInputException e) {
      throw CliException.unreadable(displayName(name), e.problems().get(0).message(), e);
    }
  }

  /**
   * Opens an input and tells its format, for a reader of the command's own.
   *
   * @throws CliException as {@link #open} does
   */
  ProfileInput openInput(String name, @Nullable ProfileFormat forced) {
    try {
      return source(name, forced).openInput();
    } catch (UnreadableInputException e) {
      throw CliException.unreadable(displayName(name), e.problems().get(0).message(), e);
    }
  }

  private ProfileSource.Builder source(String name, @Nullable ProfileFormat forced) {
    ProfileSource.Builder source =
        ProfileSource.builder().json(json).format(forced).maxRecords(maxRecords);
    if (named != null) {
      Main.Input input = named.get(name);
      if (input == null) {
        throw CliException.of("input.unknown", name, String.join(", ", named.keySet()));
      }
      try {
        return source.input(input.open(), name);
      } catch (IOException e) {
        throw CliException.unreadable(name, Message.plain(String.valueOf(e.getMessage())), e);
      }
    }
    return name.equals("-") ? source.input(stdin, displayName(name)) : source.file(Path.of(name));
  }

  /**
   * Reads every profile of an input that must be read whole (a side of a diff, a merge's target): a
   * record it cannot read, or one repeating an identifier, stops it.
   *
   * @param consequence what the stop means, the key of its words: {@code diff.nothing-compared}
   */
  List<ClusterProfile> readWhole(String name, String consequence) throws IOException {
    List<ClusterProfile> profiles = new ArrayList<>();
    try (ProfileSource source = open(name, null)) {
      while (source.hasNext()) {
        ProfileRecord record = source.next();
        if (!record.isSound()) {
          throw CliException.of(
              "record.bad.stop",
              Reading.whereAndWhy(record),
              (CliException.Text) words -> words.get(consequence));
        }
        profiles.add(record.profile());
      }
    }
    return profiles;
  }

  /** The size of a file, or -1 for standard input and files whose size is unknown. */
  static long size(String name) {
    if (name.equals("-")) {
      return -1;
    }
    try {
      return Files.size(Path.of(name));
    } catch (IOException e) {
      return -1;
    }
  }
}
