package eu.clusterdata.tabular.internal;

import eu.clusterdata.model.internal.Bilingual;
import eu.clusterdata.tabular.internal.Layout.Sheet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The titles of the layout's sheets and columns for people, in English and German, from {@code
 * titles.properties} and {@code titles_de.properties}: {@code Name (German)} for {@code
 * organisation.name@de}, {@code Akteure} for {@code actors}. Written instead of the field paths
 * when asked; on reading, a sheet or column may be named by its path or by its title in either
 * language (compared without case and outer spaces).
 *
 * <p>A column's title is its field's title, qualified by the record it lies in ({@code Title
 * (source)}) unless that record only groups fields whose titles are clear alone (the organisation,
 * a location, an address, a period...). The titles of one sheet are distinct in each language;
 * {@code TitlesTest} holds them to it.
 */
final class Titles {

  private static final Bilingual TITLES =
      Bilingual.load(Titles.class, "titles.properties", "titles_de.properties");

  /** Records whose fields are titled without them: their fields' titles are clear alone. */
  private static final Set<String> PLAIN =
      Set.of("organisation", "location", "address", "focus", "management", "period");

  /** The titles in English and in German. */
  private static final List<Titles> BOTH = List.of(of(Locale.ENGLISH), of(Locale.GERMAN));

  /** For reading: every way a sheet may be named, normalised, to the layout's name. */
  private static final Map<String, String> SHEETS = sheetNames();

  private final Locale language;
  private final Properties titles;

  private Titles(Locale language) {
    this.language = Bilingual.language(language);
    this.titles = TITLES.in(language);
  }

  /** The titles in {@code language}: German for German, English for any other. */
  static Titles of(Locale language) {
    return new Titles(language);
  }

  Locale language() {
    return language;
  }

  /** The title of the layout's sheet {@code name}, or a sheet of the workbook's own. */
  String sheet(String name) {
    return get("sheet." + name);
  }

  /**
   * The titles of {@code columns}, columns of {@code sheet} as the layout names them (key columns,
   * {@code name@de} for a text's language), in their order.
   */
  List<String> columns(Sheet sheet, List<String> columns) {
    List<String> titled = new ArrayList<>(columns.size());
    for (String column : columns) {
      titled.add(column(sheet, column));
    }
    return titled;
  }

  /** The title of one column of {@code sheet}. */
  String column(Sheet sheet, String column) {
    if (column.equals(Layout.CLUSTER)) {
      return get("column.cluster");
    }
    if (column.equals(Layout.NUMBER)) {
      return get("column.number");
    }
    if (column.endsWith(Layout.NUMBER)) {
      String parent = column.substring(0, column.length() - Layout.NUMBER.length());
      return get("column.parent").replace("{0}", sheet(parent));
    }
    int at = column.indexOf('@');
    String path = at < 0 ? column : column.substring(0, at);
    String title = titles.getProperty("column." + sheet.name() + "." + path);
    if (title == null) {
      String[] segments = path.split("\\.");
      title = get("field." + segments[segments.length - 1]);
      for (int i = segments.length - 2; i >= 0; i--) {
        if (!PLAIN.contains(segments[i])) {
          String group = get("group." + segments[i]);
          if (!group.equalsIgnoreCase(title)) {
            title = title + " (" + group + ")";
          }
          break;
        }
      }
    }
    if (at >= 0) {
      String tag = column.substring(at + 1);
      title = title + " (" + titles.getProperty("language." + tag, tag) + ")";
    }
    return title;
  }

  /**
   * {@code data}, a sheet of the layout with its columns' paths, with its title and its columns'
   * titles instead; its rows as they are.
   */
  SheetData titled(SheetData data) {
    Sheet sheet = Layout.get().sheets().get(data.name);
    if (sheet == null) {
      return data;
    }
    SheetData titled = new SheetData(sheet(data.name), columns(sheet, data.header));
    titled.rows.addAll(data.rows);
    titled.rowNumbers.addAll(data.rowNumbers);
    return titled;
  }

  /** The words under {@code key}: headings and explanations of the workbook's own sheets. */
  String word(String key) {
    return get(key);
  }

  /** The words under {@code key}, or null if there are none. */
  @Nullable String wordOrNull(String key) {
    return titles.getProperty(key);
  }

  /** The name of the language {@code tag} ({@code German}), or the tag for another language. */
  String language(String tag) {
    return titles.getProperty("language." + tag, tag);
  }

  /** The layout's name of the sheet a workbook or archive calls {@code label}, or null. */
  static @Nullable String sheetNamed(String label) {
    return SHEETS.get(normal(label));
  }

  /**
   * For reading the sheet {@code sheet}: every way its columns may be named (their paths, their
   * titles in either language), normalised, to the column's path; {@code texts} are the text
   * columns without their language, whose titles may carry any language tag, as in {@code Name
   * (fr)}.
   */
  static Map<String, String> columnNames(Sheet sheet, List<String> columns, List<String> texts) {
    Map<String, String> names = new HashMap<>();
    List<String> all = new ArrayList<>(columns);
    for (String text : texts) {
      all.add(text + "@de");
      all.add(text + "@en");
    }
    for (String column : all) {
      names.put(normal(column), column);
      for (Titles titles : BOTH) {
        names.putIfAbsent(normal(titles.column(sheet, column)), column);
      }
    }
    return names;
  }

  /**
   * The path of the text column a title names with a language tag of its own ({@code Name (fr)} is
   * {@code name@fr}), or null.
   */
  static @Nullable String textColumn(Sheet sheet, String label, List<String> texts) {
    String normal = normal(label);
    int open = normal.lastIndexOf(" (");
    if (open < 0 || !normal.endsWith(")")) {
      return null;
    }
    String tag = normal.substring(open + 2, normal.length() - 1);
    if (!tag.matches("[a-z]{2,3}(-[a-z0-9]{2,8})*")) {
      return null;
    }
    for (String text : texts) {
      for (Titles titles : BOTH) {
        String title = titles.column(sheet, text + "@" + tag);
        if (normal(title).equals(normal)) {
          return text + "@" + tag;
        }
      }
    }
    return null;
  }

  /** The label as compared: without case, outer spaces and doubled inner spaces. */
  static String normal(String label) {
    return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private String get(String key) {
    String title = titles.getProperty(key);
    if (title == null) {
      throw new IllegalStateException("no title for " + key + " in " + language);
    }
    return title;
  }

  private static Map<String, String> sheetNames() {
    Map<String, String> names = new LinkedHashMap<>();
    for (String name : Layout.get().sheets().keySet()) {
      names.put(normal(name), name);
      for (Titles titles : BOTH) {
        names.putIfAbsent(normal(titles.sheet(name)), name);
      }
    }
    return Map.copyOf(names);
  }

  /** Whether {@code label} names the sheet that explains the columns, in either language. */
  static boolean isAbout(String label) {
    return BOTH.stream().anyMatch(t -> normal(t.sheet("about")).equals(normal(label)));
  }
}
