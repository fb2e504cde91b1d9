package eu.clusterdata.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.clusterdata.model.format.ProfileFormat;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.HtmlUtils;

/**
 * The HTTP API: validate, convert, overview, diff and describe of uploaded files ({@code
 * multipart/form-data}), each the {@code clusterdata} command of that name; and the review, the
 * page's own answer, with the three pages in one. Described in {@code /openapi.yaml}. A client's
 * mistake is answered with {@code application/problem+json} ({@link ProblemAdvice}).
 */
@RestController
@RequestMapping(path = "/api", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
final class ApiController {

  private static final String HTML = "text/html;charset=UTF-8";
  private static final String JSON = "application/json";
  private static final String FRAGMENT = "html-fragment";

  /**
   * The header that says a conversion left records out ({@code skipBad}): {@code true}; the records
   * are those the validation report gives errors for.
   */
  static final String LEFT_OUT = "Clusterdata-Left-Out";

  private final ReviewSettings settings;

  ApiController(ReviewSettings settings) {
    this.settings = settings;
  }

  /** {@code clusterdata validate --output json}: the report of every file. */
  @PostMapping("/validate")
  void validate(
      @RequestParam("file") List<MultipartFile> files,
      @RequestParam(required = false) @Nullable List<String> rules,
      @RequestParam(required = false) @Nullable String nuts,
      @RequestParam(required = false) @Nullable String lang,
      @RequestParam(defaultValue = "json") String output,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    CheckOptions options = CheckOptions.of(rules, nuts, lang, request.getLocale());
    String form = form(output);
    List<Upload> uploads = Upload.of(files);
    try (CommandRun run = CommandRun.of(validate(options, form, uploads), uploads)) {
      send(run, response, mediaType(form));
    }
  }

  /**
   * {@code clusterdata convert}: the file in the format {@code format} names or {@code Accept} asks
   * for; refused whole (422) when a record has an error, unless {@code skipBad} leaves such records
   * out (and says so in the header {@value #LEFT_OUT}).
   */
  @PostMapping("/convert")
  void convert(
      @RequestParam("file") MultipartFile file,
      @RequestParam(required = false) @Nullable String format,
      @RequestParam(defaultValue = "false") boolean skipBad,
      @RequestParam(required = false) @Nullable List<String> rules,
      @RequestParam(required = false) @Nullable String nuts,
      @RequestParam(required = false) @Nullable String lang,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    CheckOptions options = CheckOptions.of(rules, nuts, lang, request.getLocale());
    ProfileFormat target = target(format, accept);
    Upload upload = Upload.of(List.of(file)).get(0);
    List<String> args =
        new ArrayList<>(List.of("convert", "--no-progress", "--to", target.shortName()));
    args.addAll(options.languageArgs());
    args.addAll(settings.limitArgs());
    args.addAll(options.ruleArgs());
    if (skipBad) {
      args.add("--skip-bad");
    }
    args.add(upload.name());
    args.add("-");
    try (CommandRun run = CommandRun.of(args, List.of(upload))) {
      if (!run.wroteOutput()) {
        throw refused(run, options, upload);
      }
      if (run.status() == CommandRun.ERRORS) {
        response.setHeader(LEFT_OUT, "true");
      }
      response.setHeader(
          HttpHeaders.CONTENT_DISPOSITION,
          ContentDisposition.attachment()
              .filename(baseName(upload.name()) + "." + target.fileExtensions().get(0))
              .build()
              .toString());
      send(run, response, target.mediaType());
    }
  }

  /**
   * {@code clusterdata describe}: a DCAT-AP description (Turtle) of the data set the file holds, as
   * published at the {@code distribution} addresses; refused (422) when a record could not be
   * published, and (400) when a parameter or the file cannot be used.
   */
  @PostMapping(path = "/describe", produces = "text/turtle")
  void describe(
      @RequestParam("file") MultipartFile file,
      @RequestParam String dataset,
      @RequestParam String title,
      @RequestParam String description,
      @RequestParam String publisher,
      @RequestParam String publisherName,
      @RequestParam String licence,
      @RequestParam("distribution") List<String> distributions,
      @RequestParam(required = false) @Nullable List<String> rules,
      @RequestParam(required = false) @Nullable String nuts,
      @RequestParam(required = false) @Nullable String lang,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    CheckOptions options = CheckOptions.of(rules, nuts, lang, request.getLocale());
    Upload upload = Upload.of(List.of(file)).get(0);
    List<String> args = new ArrayList<>(List.of("describe", "--no-progress"));
    args.addAll(options.languageArgs());
    args.addAll(settings.limitArgs());
    args.addAll(options.ruleArgs());
    args.addAll(
        List.of(
            "--dataset", dataset,
            "--title", title,
            "--description", description,
            "--publisher", publisher,
            "--publisher-name", publisherName,
            "--licence", licence));
    distributions.forEach(url -> args.addAll(List.of("--distribution", url)));
    args.add(upload.name());
    try (CommandRun run = CommandRun.of(args, List.of(upload))) {
      if (!run.wroteOutput()) {
        throw run.status() == CommandRun.ERRORS
            ? refused(run, options, upload) // bad records: the report says which
            : ReviewException.of(HttpStatus.BAD_REQUEST, "nothing-described")
                .saying(run.messages());
      }
      send(run, response, "text/turtle");
    }
  }

  /** {@code clusterdata summary}: the overview of the files, as JSON or a page. */
  @PostMapping("/overview")
  void overview(
      @RequestParam("file") List<MultipartFile> files,
      @RequestParam(required = false) @Nullable String lang,
      @RequestParam(defaultValue = "json") String output,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    CheckOptions options = CheckOptions.of(null, null, lang, request.getLocale());
    String form = form(output);
    List<Upload> uploads = Upload.of(files);
    try (CommandRun run = CommandRun.of(summary(options, form, uploads), uploads)) {
      sendOrRefuse(run, response, mediaType(form), "nothing-summed");
    }
  }

  /** {@code clusterdata diff}: what changed from {@code before} to {@code after}. */
  @PostMapping("/diff")
  void diff(
      @RequestParam("before") MultipartFile before,
      @RequestParam("after") MultipartFile after,
      @RequestParam(required = false) @Nullable String lang,
      @RequestParam(defaultValue = "json") String output,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    CheckOptions options = CheckOptions.of(null, null, lang, request.getLocale());
    String form = form(output);
    List<Upload> uploads = Upload.of(List.of(before, after));
    try (CommandRun run = CommandRun.of(diff(options, form, uploads), uploads)) {
      sendOrRefuse(run, response, mediaType(form), "nothing-compared");
    }
  }

  /**
   * The page's answer: the validation report of every file, the overview of {@code file} and, when
   * {@code before} is given, what changed since it; one HTML fragment in the request's language,
   * the parts in that order.
   */
  @PostMapping(path = "/review", produces = HTML)
  void review(
      @RequestParam("file") MultipartFile file,
      @RequestParam(required = false) @Nullable MultipartFile before,
      @RequestParam(required = false) @Nullable List<String> rules,
      @RequestParam(required = false) @Nullable String nuts,
      @RequestParam(required = false) @Nullable String lang,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    CheckOptions options = CheckOptions.of(rules, nuts, lang, request.getLocale());
    boolean compare = before != null && !before.isEmpty();
    List<Upload> uploads = Upload.of(compare ? List.of(before, file) : List.of(file));
    Upload checked = uploads.get(uploads.size() - 1);
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(HTML);
    OutputStream out = response.getOutputStream();
    part(out, "report", CommandRun.of(validate(options, FRAGMENT, uploads), uploads));
    part(out, "overview", CommandRun.of(summary(options, FRAGMENT, List.of(checked)), uploads));
    if (compare) {
      part(out, "diff", CommandRun.of(diff(options, FRAGMENT, uploads), uploads));
    }
  }

  private static void part(OutputStream out, String name, CommandRun command) throws IOException {
    try (CommandRun run = command) {
      out.write(
          ("<section class=\"part\" id=\"part-" + name + "\">\n").getBytes(StandardCharsets.UTF_8));
      if (run.wroteOutput()) {
        try (InputStream in = run.output()) {
          in.transferTo(out);
        }
      } else {
        // What stopped the command (a side of a diff that cannot be read): said, escaped.
        out.write("<ul class=\"stopped\">\n".getBytes(StandardCharsets.UTF_8));
        for (String message : run.messages()) {
          out.write(
              ("<li>" + HtmlUtils.htmlEscape(message) + "</li>\n")
                  .getBytes(StandardCharsets.UTF_8));
        }
        out.write("</ul>\n".getBytes(StandardCharsets.UTF_8));
      }
      out.write("</section>\n".getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * Why a conversion wrote nothing, as the validation report of the same upload says it: 422 when
   * every record was read and the rules refuse one, 400 when the upload or a record of it cannot be
   * read or it holds nothing (the statuses of every door, {@code ARCHITECTURE.md}).
   */
  private ReviewException refused(CommandRun run, CheckOptions options, Upload upload)
      throws IOException {
    try (CommandRun check =
        CommandRun.of(validate(options, "json", List.of(upload)), List.of(upload))) {
      JsonNode report = new ObjectMapper().readTree(check.outputText());
      JsonNode counts = report.path("counts");
      boolean read =
          counts.path("unreadable").asLong() == 0 && counts.path("profiles").asLong() > 0;
      return ReviewException.of(
              read ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_REQUEST, "nothing-written")
          .saying(run.messages())
          .withReport(new ObjectMapper().convertValue(report, Map.class));
    }
  }

  private List<String> validate(CheckOptions options, String form, List<Upload> uploads) {
    List<String> args = new ArrayList<>(List.of("validate", "--no-progress", "--output", form));
    args.addAll(options.languageArgs());
    args.addAll(settings.limitArgs());
    args.addAll(options.ruleArgs());
    uploads.forEach(upload -> args.add(upload.name()));
    return args;
  }

  private List<String> summary(CheckOptions options, String form, List<Upload> uploads) {
    List<String> args = new ArrayList<>(List.of("summary", "--no-progress", "--output", form));
    args.addAll(options.languageArgs());
    args.addAll(settings.limitArgs());
    uploads.forEach(upload -> args.add(upload.name()));
    return args;
  }

  private List<String> diff(CheckOptions options, String form, List<Upload> uploads) {
    List<String> args = new ArrayList<>(List.of("diff", "--output", form));
    args.addAll(options.languageArgs());
    args.addAll(settings.limitArgs());
    args.add(uploads.get(0).name());
    args.add(uploads.get(1).name());
    return args;
  }

  /** The media type of a report's form. */
  private static String mediaType(String form) {
    return form.equals("json") ? JSON : HTML;
  }

  /** The report form a client asks for: json or html. */
  private static String form(String output) {
    if (!output.equals("json") && !output.equals("html")) {
      throw ReviewException.of(HttpStatus.BAD_REQUEST, "unknown-output", output);
    }
    return output;
  }

  /** The format to convert to: {@code format} by name, or else the first {@code Accept} names. */
  private static ProfileFormat target(@Nullable String format, @Nullable String accept) {
    if (format != null && !format.isBlank()) {
      return ProfileFormat.forName(format.strip())
          .orElseThrow(
              () ->
                  ReviewException.of(
                      HttpStatus.BAD_REQUEST,
                      "unknown-format",
                      format,
                      ProfileFormat.shortNames()));
    }
    if (accept != null) {
      for (MediaType type : MediaType.parseMediaTypes(accept)) {
        Optional<ProfileFormat> named =
            ProfileFormat.forMediaType(type.getType() + "/" + type.getSubtype());
        if (named.isPresent()) {
          return named.get();
        }
      }
    }
    throw ReviewException.of(HttpStatus.NOT_ACCEPTABLE, "no-format", ProfileFormat.shortNames());
  }

  private static String baseName(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static void sendOrRefuse(
      CommandRun run, HttpServletResponse response, String contentType, String type)
      throws IOException {
    if (!run.wroteOutput()) {
      throw ReviewException.of(HttpStatus.UNPROCESSABLE_CONTENT, type).saying(run.messages());
    }
    send(run, response, contentType);
  }

  private static void send(CommandRun run, HttpServletResponse response, String contentType)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(contentType);
    response.setContentLengthLong(run.size());
    try (InputStream in = run.output()) {
      in.transferTo(response.getOutputStream());
    }
  }
}
