package eu.clusterdata.tabular.internal;

import eu.clusterdata.model.FundingProgramme;
import eu.clusterdata.model.codes.InterestKind;
import eu.clusterdata.model.codes.LabelScheme;
import eu.clusterdata.model.codes.MemberType;
import eu.clusterdata.model.codes.ServiceFormat;
import eu.clusterdata.model.codes.TargetGroup;
import eu.clusterdata.model.codes.Technology;
import eu.clusterdata.model.description.Component;
import eu.clusterdata.model.description.Constraint;
import eu.clusterdata.model.description.Scalar;
import eu.clusterdata.tabular.internal.Layout.Cell;
import eu.clusterdata.tabular.internal.Layout.Json;
import eu.clusterdata.tabular.internal.Layout.Sheet;
import eu.clusterdata.tabular.internal.Layout.Slot;
import eu.clusterdata.tabular.internal.Layout.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a workbook for people carries besides the data: a sheet that explains every column (what
 * goes in, whether it is required), and drop-down lists on the columns that take one code of a
 * catalogue, their codes on a hidden sheet. A closed list (an enum) refuses other values; an open
 * one (member types, technologies...) warns and takes them. Reading passes over both sheets.
 */
final class WorkbookGuide {

  /** The longest list the explanation spells out; a longer one is left to the drop-down. */
  private static final int SPELLED_OUT = 8;

  /** The open code lists: codes of a reference list, others taken as new values. */
  private static final Map<Class<?>, Supplier<Set<String>>> OPEN =
      Map.of(
          MemberType.class, MemberType::listedCodes,
          Technology.class, Technology::listedCodes,
          InterestKind.class, InterestKind::listedCodes,
          TargetGroup.class, TargetGroup::listedCodes,
          ServiceFormat.class, ServiceFormat::listedCodes,
          LabelScheme.class, LabelScheme::listedCodes,
          FundingProgramme.class, FundingProgramme::listedCodes);

  /** One code list on the hidden sheet: its column there, its codes and whether it is closed. */
  record CodeList(int column, List<String> codes, boolean closed) {}

  /** A drop-down: the sheet (by its place among the data sheets), its column and its list. */
  record DropDown(int sheet, int column, CodeList list) {}

  private final Titles titles;
  private final SheetData about;
  private final Map<String, CodeList> lists = new LinkedHashMap<>();
  private final List<DropDown> dropDowns = new ArrayList<>();

  /**
   * The guide to {@code sheets}, written with the layout's names {@code names} (the layout's sheet
   * names, in the order of {@code sheets}, whose headers are the layout's column paths).
   */
  WorkbookGuide(List<SheetData> sheets, Titles titles) {
    this.titles = titles;
    this.about =
        new SheetData(
            titles.sheet("about"),
            List.of(
                titles.word("about.sheet"),
                titles.word("about.column"),
                titles.word("about.field"),
                titles.word("about.content"),
                titles.word("about.required")));
    int row = 1;
    for (int s = 0; s < sheets.size(); s++) {
      SheetData data = sheets.get(s);
      Sheet sheet = Layout.get().sheets().get(data.name);
      if (sheet == null) {
        continue;
      }
      Map<String, Slot> slots = slots(sheet);
      for (int c = 0; c < data.header.size(); c++) {
        String column = data.header.get(c);
        Slot slot =
            slots.get(column.contains("@") ? column.substring(0, column.indexOf('@')) : column);
        about.add(
            ++row,
            List.of(
                titles.sheet(sheet.name()),
                titles.column(sheet, column),
                sheet.name() + "!" + column,
                content(sheet, column, slot),
                slot != null && slot.component().required() ? titles.word("about.yes") : ""));
        CodeList list = slot instanceof Cell cell ? list(cell.component()) : null;
        if (list != null) {
          dropDowns.add(new DropDown(s, c, list));
        }
      }
    }
  }

  /** The sheet that explains the columns. */
  SheetData about() {
    return about;
  }

  /** The title of the hidden sheet of the code lists. */
  String codesSheet() {
    return titles.sheet("codes");
  }

  /** The code lists, each a column of the hidden sheet. */
  List<CodeList> lists() {
    return List.copyOf(lists.values());
  }

  /** The columns that get a drop-down list. */
  List<DropDown> dropDowns() {
    return List.copyOf(dropDowns);
  }

  /** The slots of the sheet's columns by path (a text's path without its language). */
  private static Map<String, Slot> slots(Sheet sheet) {
    Map<String, Slot> slots = new HashMap<>();
    Layout.columns(
        sheet.slots(),
        slot -> {
          String column =
              slot instanceof Cell cell
                  ? cell.column()
                  : slot instanceof Text text ? text.column() : ((Json) slot).column();
          slots.put(column, slot);
        });
    return slots;
  }

  /** The drop-down list of a single-valued coded component, or null for any other. */
  private @Nullable CodeList list(Component component) {
    if (component.isCollection()) {
      return null; // several codes in one cell: no list can check them
    }
    List<String> codes = codes(component.valueType());
    if (codes == null) {
      return null;
    }
    boolean closed = !OPEN.containsKey(component.valueType());
    String key = component.valueType().getName();
    return lists.computeIfAbsent(key, k -> new CodeList(lists.size(), codes, closed));
  }

  /** The codes of a closed list (an enum, or true and false), or of an open one; else null. */
  private static @Nullable List<String> codes(Class<?> type) {
    if (Scalar.of(type).orElse(null) == Scalar.BOOLEAN) {
      return List.of("true", "false");
    }
    if (type.isEnum()) {
      return Arrays.stream(type.getEnumConstants()).map(Cells::format).toList();
    }
    Supplier<Set<String>> open = OPEN.get(type);
    return open == null ? null : open.get().stream().sorted().toList();
  }

  /** What goes into {@code column} of {@code sheet}, in words. */
  private String content(Sheet sheet, String column, @Nullable Slot slot) {
    if (column.equals(Layout.CLUSTER)) {
      return titles.word("content.cluster");
    }
    if (column.equals(Layout.NUMBER)) {
      return titles.word("content.number");
    }
    if (column.endsWith(Layout.NUMBER)) {
      String parent = column.substring(0, column.length() - Layout.NUMBER.length());
      return titles.word("content.parent").replace("{0}", titles.sheet(parent));
    }
    if (slot instanceof Text) {
      String tag = column.substring(column.indexOf('@') + 1);
      return titles.word("content.text-in").replace("{0}", titles.language(tag));
    }
    if (!(slot instanceof Cell cell)) {
      return titles.word("content.json");
    }
    Component component = cell.component();
    Class<?> type = component.valueType();
    boolean several = component.isCollection();
    List<String> codes = codes(type);
    if (codes != null && Scalar.of(type).isEmpty()) {
      String listed =
          codes.size() <= SPELLED_OUT
              ? String.join(", ", codes)
              : codes.stream().limit(3).collect(Collectors.joining(", ")) + ", ...";
      if (OPEN.containsKey(type)) {
        return titles
            .word(several ? "content.open-codes" : "content.open-code")
            .replace("{0}", listed);
      }
      if (!several && codes.size() > SPELLED_OUT) {
        return titles.word("content.code-list");
      }
      return titles.word(several ? "content.codes" : "content.code").replace("{0}", listed);
    }
    Scalar scalar = Scalar.of(type).orElse(null);
    if (scalar != null && scalar != Scalar.STRING) {
      return titles.word(
          "content." + scalar.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }
    String name =
        type == String.class
                && component.constraints().stream()
                    .anyMatch(c -> c instanceof Constraint.LanguageTag)
            ? "LanguageTag"
            : type.getSimpleName();
    String words = titles.wordOrNull("content." + name + (several ? ".several" : ""));
    if (words != null) {
      return words;
    }
    return titles.word(several ? "content.several" : "content.text");
  }
}
