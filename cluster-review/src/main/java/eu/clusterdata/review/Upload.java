package eu.clusterdata.review;

import eu.clusterdata.cli.Main;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded file as a command reads it: by a name that is only a file name (what the reports show
 * and what tells the format, as a file's name would), opened anew from the upload for each command.
 * The upload itself stays where the web server keeps it while the request lasts.
 *
 * @param name the file name, without any folder, unique among the request's uploads
 * @param input the upload's content
 */
record Upload(String name, Main.Input input) {

  /** The longest name kept; a longer one keeps its end, where the extension is. */
  private static final int MAX_NAME = 100;

  /**
   * The uploads of a request, in order, each with a name of its own: the second of two uploads
   * named {@code export.jsonl} is {@code 2-export.jsonl}.
   */
  static List<Upload> of(List<MultipartFile> files) {
    List<Upload> uploads = new ArrayList<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (MultipartFile file : files) {
      String name = fileName(file.getOriginalFilename());
      int count = seen.merge(name, 1, Integer::sum);
      uploads.add(new Upload(count == 1 ? name : count + "-" + name, file::getInputStream));
    }
    return uploads;
  }

  /** The inputs a command is given, by name. */
  static Map<String, Main.Input> byName(List<Upload> uploads) {
    Map<String, Main.Input> inputs = new LinkedHashMap<>();
    uploads.forEach(upload -> inputs.put(upload.name(), upload.input()));
    return inputs;
  }

  /**
   * The file name a browser or client gave, without folders, control characters or a leading dot or
   * dash (a name is never read as an option or a path); {@code upload} when nothing is left.
   */
  static String fileName(@Nullable String given) {
    String name = given == null ? "" : given;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    StringBuilder kept = new StringBuilder();
    name.codePoints()
        .filter(c -> !Character.isISOControl(c) && c != ':')
        .forEach(kept::appendCodePoint);
    name = kept.toString().strip().replaceFirst("^[.\\-]+", "");
    if (name.length() > MAX_NAME) {
      name = name.substring(name.length() - MAX_NAME);
    }
    return name.isEmpty() ? "upload" : name;
  }
}
