package eu.clusterdata.model.validation.internal;

import eu.clusterdata.model.description.Component;
import eu.clusterdata.model.description.Constraint;
import eu.clusterdata.model.description.ModelDescription;
import eu.clusterdata.model.description.RecordType;
import eu.clusterdata.model.description.ValueKind;
import eu.clusterdata.model.testing.GeneratedFiles;
import eu.clusterdata.model.value.MultilingualText;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the source of {@code ModelWalk} from the {@link ModelDescription}: one method per record
 * type that has something to check at or below it, calling each accessor directly, so that the JIT
 * sees one receiver type per call site. {@code ModelWalkTest} compares the shipped file with this
 * output; the description stays the only place that lists components and constraints.
 */
final class WalkSource {

  private static final String WALK = "ConstraintWalk";

  private final StringBuilder methods = new StringBuilder();
  private final Map<String, String> fields = new LinkedHashMap<>(); // source -> declaration
  private final Map<String, String> fieldNames = new HashMap<>(); // source -> K0, K1...
  private final Map<Class<?>, Boolean> needs = new HashMap<>();
  private final Map<Class<?>, String> names = new LinkedHashMap<>();

  private WalkSource() {}

  /** Returns the Java source of {@code ModelWalk}. */
  static String generate() {
    return new WalkSource().write();
  }

  private String write() {
    for (RecordType<?> type : ModelDescription.records()) {
      if (needsWalk(type.javaType())) {
        method(type);
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(
            "// Generated from the model description by WalkSource (test sources); do not edit.\n")
        .append("// ModelWalkTest fails when it is stale; regenerate with: ")
        .append(GeneratedFiles.COMMAND)
        .append("\n")
        .append("package eu.clusterdata.model.validation.internal;\n\n")
        .append("import eu.clusterdata.model.description.Constraint;\n\n")
        .append("/**\n")
        .append(
            " * The walk over a profile's values that {@link ConstraintWalk} checks: a method per\n")
        .append(" * record type with something to check at or below it, in component order.\n")
        .append(" */\n")
        .append("final class ModelWalk {\n\n");
    for (Map.Entry<String, String> field : fields.entrySet()) {
      out.append("  private static final ").append(field.getValue()).append(";\n");
    }
    out.append("\n  private ModelWalk() {}\n").append(methods).append("}\n");
    return out.toString();
  }

  private boolean needsWalk(Class<?> type) {
    Boolean known = needs.get(type);
    if (known != null) {
      return known;
    }
    needs.put(type, false); // a cycle adds nothing to check
    boolean result = false;
    for (Component component : ModelDescription.of(type.asSubclass(Record.class)).components()) {
      result |= needsCheck(component);
    }
    needs.put(type, result);
    return result;
  }

  private boolean needsCheck(Component component) {
    if (!component.constraints().isEmpty()) {
      return true;
    }
    if (component.valueKind() == ValueKind.TEXT) {
      return true;
    }
    return component.valueKind() == ValueKind.RECORD
        && (!ModelDescription.constraintsOf(component.valueType()).isEmpty()
            || needsWalk(component.valueType()));
  }

  private String methodName(Class<?> type) {
    return names.computeIfAbsent(
        type,
        t -> {
          String simple = t.getSimpleName();
          String name = Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
          return names.containsValue(name) ? name + names.size() : name;
        });
  }

  private void method(RecordType<?> type) {
    String typeName = type.javaType().getCanonicalName();
    methods
        .append("\n  static void ")
        .append(methodName(type.javaType()))
        .append('(')
        .append(WALK)
        .append(" w, ")
        .append(typeName)
        .append(" r) {\n");
    for (Component component : type.components()) {
      if (!needsCheck(component)) {
        continue;
      }
      String valueType = boxed(component.valueType()).getCanonicalName();
      String read = "r." + component.name() + "()";
      methods.append("    {\n");
      if (component.isCollection()) {
        String collection =
            component.cardinality().name().equals("LIST") ? "java.util.List" : "java.util.Set";
        methods
            .append("      ")
            .append(collection)
            .append('<')
            .append(valueType)
            .append("> c = ")
            .append(read)
            .append(";\n")
            .append("      if (c != null && !c.isEmpty()) {\n")
            .append("        w.enter(\"")
            .append(component.name())
            .append("\");\n")
            .append("        int i = 0;\n")
            .append("        for (")
            .append(valueType)
            .append(" v : c) {\n")
            .append("          w.at(i++);\n")
            .append("          if (v != null) {\n");
        checks(type, component, "            ", "null");
        walkBelow(component, "            ");
        methods
            .append("          }\n")
            .append("        }\n")
            .append("        w.leave();\n")
            .append("      }\n");
      } else {
        methods.append("      ").append(valueType).append(" v = ").append(read).append(";\n");
        String indent = "      ";
        if (!component.valueType().isPrimitive()) {
          methods.append("      if (v != null) {\n");
          indent = "        ";
        }
        checks(type, component, indent, '"' + component.name() + '"');
        if (walksBelow(component)) {
          methods.append(indent).append("w.enter(\"").append(component.name()).append("\");\n");
          walkBelow(component, indent);
          methods.append(indent).append("w.leave();\n");
        }
        if (!component.valueType().isPrimitive()) {
          methods.append("      }\n");
        }
      }
      methods.append("    }\n");
    }
    methods.append("  }\n");
  }

  /**
   * The checks on one value {@code v} of {@code component}, reported at {@code at}: the component's
   * name for a single value, {@code null} for an element of a collection the walk has entered.
   */
  private void checks(RecordType<?> owner, Component component, String indent, String at) {
    List<Constraint> declared = component.constraints();
    for (int i = 0; i < declared.size(); i++) {
      String source =
          WALK
              + ".declared("
              + owner.javaType().getCanonicalName()
              + ".class, \""
              + component.name()
              + "\", "
              + i
              + ")";
      check(declared.get(i), source, component.valueType(), indent, at);
    }
    Class<?> valueType = component.valueType();
    if (component.valueKind() == ValueKind.RECORD || valueType == MultilingualText.class) {
      List<Constraint> ofType = ModelDescription.constraintsOf(valueType);
      for (int i = 0; i < ofType.size(); i++) {
        String source = WALK + ".ofType(" + valueType.getCanonicalName() + ".class, " + i + ")";
        check(ofType.get(i), source, valueType, indent, at);
      }
    }
  }

  /** Whether the walk goes on into the record that is the value of {@code component}. */
  private boolean walksBelow(Component component) {
    return component.valueKind() == ValueKind.RECORD && needsWalk(component.valueType());
  }

  /** The call that walks the record {@code v}, if there is anything to check in it. */
  private void walkBelow(Component component, String indent) {
    if (walksBelow(component)) {
      methods.append(indent).append(methodName(component.valueType())).append("(w, v);\n");
    }
  }

  /** A method of {@code ConstraintWalk} that checks one kind of constraint. */
  private record Check(String method, boolean takesText) {}

  private static final Map<Class<?>, Check> CHECKS =
      Map.ofEntries(
          Map.entry(Constraint.AbsoluteIri.class, new Check("iri", true)),
          Map.entry(Constraint.Pattern.class, new Check("pattern", true)),
          Map.entry(Constraint.CodeList.class, new Check("codeList", true)),
          Map.entry(Constraint.NaceShape.class, new Check("nace", false)),
          Map.entry(Constraint.OrderedPeriod.class, new Check("period", false)),
          Map.entry(Constraint.LanguageTag.class, new Check("languageTag", false)),
          Map.entry(Constraint.NotBlank.class, new Check("notBlank", false)),
          Map.entry(Constraint.Email.class, new Check("email", false)),
          Map.entry(Constraint.Range.class, new Check("range", false)),
          Map.entry(Constraint.PastOrPresent.class, new Check("notFuture", false)),
          Map.entry(Constraint.TextEntries.class, new Check("text", false)));

  /** Writes the call that checks {@code constraint}, read once into a field from {@code source}. */
  private void check(
      Constraint constraint, String source, Class<?> valueType, String indent, String at) {
    String type = constraint.getClass().getSimpleName();
    String name = fieldNames.computeIfAbsent(source, s -> "K" + fieldNames.size());
    fields.putIfAbsent(
        source, "Constraint." + type + " " + name + " = (Constraint." + type + ") " + source);
    Check check = CHECKS.get(constraint.getClass());
    if (check == null) {
      throw new IllegalStateException("no check written for " + constraint);
    }
    String text = check.takesText() ? text(valueType) + ", " : "";
    methods
        .append(indent)
        .append("w.")
        .append(check.method())
        .append('(')
        .append(name)
        .append(", ")
        .append(at)
        .append(", ")
        .append(text)
        .append("v);\n");
  }

  /** The expression for the text of {@code v}: itself, or the one string of a record. */
  private static String text(Class<?> valueType) {
    if (valueType == String.class) {
      return "v";
    }
    if (ModelDescription.describes(valueType)) {
      RecordType<?> record = ModelDescription.of(valueType.asSubclass(Record.class));
      if (record.isSingleString()) {
        return "v." + record.components().get(0).name() + "()";
      }
    }
    throw new IllegalStateException("no text to check in a " + valueType.getName());
  }

  private static Class<?> boxed(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    }
    return java.lang.invoke.MethodType.methodType(type).wrap().returnType();
  }
}
