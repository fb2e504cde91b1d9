package eu.clusterdata.review;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import eu.clusterdata.cli.PageAssets;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.validation.RuleSet;
import eu.clusterdata.model.value.NutsVersion;
import jakarta.servlet.http.HttpServletRequest;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The page ({@code /}, in English or German: the {@code lang} parameter, else the browser's
 * language), the command line's style sheets and report script it links ({@code /style/NAME}), and
 * the example files ({@code /examples/NAME}).
 */
@RestController
final class PageController {

  private static final Mustache PAGE =
      new DefaultMustacheFactory("eu/clusterdata/review").compile("page.mustache");

  /** The formats offered for download, in the registry's order. */
  private static final List<ProfileFormat> DOWNLOADS = List.of(ProfileFormat.values());

  private final Examples examples;
  private final DataSize maxFileSize;

  PageController(
      Examples examples, @Value("${spring.servlet.multipart.max-file-size}") DataSize maxFileSize) {
    this.examples = examples;
    this.maxFileSize = maxFileSize;
  }

  @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
  String page(@RequestParam(required = false) @Nullable String lang, HttpServletRequest request) {
    String language =
        lang != null && CheckOptions.LANGUAGES.contains(lang)
            ? lang
            : CheckOptions.pick(request.getLocale());
    ResourceBundle words =
        ResourceBundle.getBundle("eu.clusterdata.review.page", Locale.forLanguageTag(language));
    Map<String, Object> view = new HashMap<>();
    view.put("lang", language);
    view.put("other", language.equals("de") ? "en" : "de");
    view.put("otherName", language.equals("de") ? "English" : "Deutsch");
    for (String key : words.keySet()) {
      view.put(key.replace('.', '_'), words.getString(key));
    }
    List<Map<String, String>> rules = new ArrayList<>();
    for (RuleSet set : RuleSet.values()) {
      if (!set.code().equals("core")) {
        rules.add(Map.of("code", set.code(), "title", words.getString("rules." + set.code())));
      }
    }
    view.put("ruleSets", rules);
    view.put(
        "nutsVersions",
        Arrays.stream(NutsVersion.values())
            .map(v -> Map.of("label", v.label(), "selected", v == NutsVersion.DEFAULT))
            .toList());
    view.put(
        "formats",
        DOWNLOADS.stream()
            .map(
                f ->
                    Map.of(
                        "name",
                        f.shortName(),
                        "title",
                        f.title(),
                        "extension",
                        f.fileExtensions().get(0)))
            .toList());
    view.put("exampleFiles", examples.names());
    view.put("hasExamples", !examples.names().isEmpty());
    // The page refuses a file over the limit before sending it, in the words the server would use.
    view.put("maxBytes", maxFileSize.toBytes());
    ReviewException tooLarge =
        ReviewException.of(
            HttpStatus.CONTENT_TOO_LARGE, "too-large", ProblemAdvice.shown(maxFileSize));
    Locale locale = Locale.forLanguageTag(language);
    view.put("tooLarge", tooLarge.title(locale) + ": " + tooLarge.detail(locale));
    StringWriter out = new StringWriter();
    PAGE.execute(out, view);
    return out.toString();
  }

  @GetMapping("/style/{name}")
  ResponseEntity<String> style(@PathVariable String name) {
    if (!PageAssets.NAMES.contains(name)) {
      throw ReviewException.of(HttpStatus.NOT_FOUND, "no-style", name);
    }
    MediaType type =
        name.endsWith(".js")
            ? MediaType.valueOf("text/javascript;charset=UTF-8")
            : MediaType.valueOf("text/css;charset=UTF-8");
    return ResponseEntity.ok().contentType(type).body(PageAssets.text(name));
  }

  @GetMapping("/examples/{name}")
  ResponseEntity<Resource> example(@PathVariable String name) {
    Path file =
        examples
            .file(name)
            .orElseThrow(
                () ->
                    ReviewException.of(
                        HttpStatus.NOT_FOUND,
                        "no-example",
                        name,
                        String.join(", ", examples.names())));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .body(new FileSystemResource(file));
  }
}
