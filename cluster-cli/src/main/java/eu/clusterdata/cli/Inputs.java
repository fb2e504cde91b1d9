package eu.clusterdata.cli;

import eu.clusterdata.io.ProfileSource;
import eu.clusterdata.io.SourceRecord;
import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.Message;
import eu.clusterdata.model.format.ProfileFormat;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Opens the files commands read: a path or {@code -} for standard input, in any format. */
final class Inputs {

  private final InputStream stdin;
  private final ClusterJson json;

  /**
   * @param stdin standard input
   * @param json the reader of JSON inputs, with the limits the command was given
   */
  Inputs(InputStream stdin, ClusterJson json) {
    this.stdin = stdin;
    this.json = json;
  }

  /** The display name of an input: the path, or {@code <stdin>}. */
  static String displayName(String name) {
    return name.equals("-") ? "<stdin>" : name;
  }

  /**
   * Opens an input as a source of profile records.
   *
   * @param forced the format named by an option, or {@code null} to tell it from the name or the
   *     content
   * @throws CliException if the file cannot be opened or its format cannot be told
   */
  ProfileSource open(String name, ProfileFormat forced, Progress progress) {
    if (!name.equals("-") && Files.isDirectory(Path.of(name)) && hasCsvFiles(Path.of(name))) {
      return ProfileSource.folder(Path.of(name)); // the tabular layout, one CSV file per sheet
    }
    Opened opened = openFile(name, forced, progress);
    return ProfileSource.open(opened.in(), opened.format(), json);
  }

  /** A file opened for reading, and its format. */
  record Opened(InputStream in, ProfileFormat format) {}

  /**
   * Opens a file (not a folder) and tells its format.
   *
   * @param forced the format named by an option, or {@code null} to tell it from the name or the
   *     content
   * @throws CliException if the file cannot be opened or its format cannot be told
   */
  Opened openFile(String name, ProfileFormat forced, Progress progress) {
    InputStream raw;
    try {
      if (name.equals("-")) {
        raw = stdin;
      } else {
        Path path = Path.of(name);
        if (Files.isDirectory(path)) {
          throw CliException.unreadable(name, Message.of("read.directory"), null);
        }
        raw = Files.newInputStream(path);
      }
    } catch (NoSuchFileException e) {
      throw CliException.unreadable(name, Message.of("read.no-such-file"), null);
    } catch (IOException e) {
      throw CliException.unreadable(name, Message.of("read.io", String.valueOf(e.getMessage())), e);
    }
    BufferedInputStream in = new BufferedInputStream(progress.count(raw), 1 << 16);
    ProfileFormat format = forced;
    try {
      if (format == null) {
        format = ProfileFormat.detect(name.equals("-") ? null : name, in).orElse(null);
      }
    } catch (IOException e) {
      throw CliException.unreadable(
          displayName(name), Message.of("read.io", String.valueOf(e.getMessage())), e);
    }
    if (format == null) {
      throw CliException.unreadable(
          displayName(name), Message.of("read.unknown-format", ProfileFormat.shortNames()), null);
    }
    return new Opened(in, format);
  }

  /** Whether a folder holds CSV files: then it is read as tables. */
  static boolean hasCsvFiles(Path folder) {
    try (var files = Files.newDirectoryStream(folder, "*.csv")) {
      return files.iterator().hasNext();
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Reads every profile of an input that must be read whole (a side of a diff, a merge's target): a
   * record it cannot read, or one repeating an identifier, stops it.
   *
   * @param consequence what the stop means, the key of its words: {@code diff.nothing-compared}
   */
  List<ClusterProfile> readWhole(String name, String consequence) throws IOException {
    List<ClusterProfile> profiles = new ArrayList<>();
    try (ProfileSource source = open(name, null, Progress.off(System.err))) {
      while (source.hasNext()) {
        SourceRecord record = source.next();
        if (!record.isSound()) {
          throw CliException.of(
              "record.bad.stop",
              Reading.whereAndWhy(displayName(name), record),
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
