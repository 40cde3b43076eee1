package dev.startgate.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Rules about the production sources that the compiler does not check by itself. */
class SourceRulesTest {
  /**
   * Gate and target kinds are sealed types with a visitor; code that asks for a kind with {@code
   * instanceof}, a cast or a class literal would silently skip a kind added later, where a visitor
   * fails to compile until the new kind is handled.
   */
  private static final Pattern KIND_TEST =
      Pattern.compile(
          "instanceof\\s+(?:Gate|Target)\\.\\w+"
              + "|\\(\\s*(?:Gate|Target)\\.\\w+\\s*\\)\\s*[\\w(]"
              + "|\\b(?:Gate|Target)\\.\\w+\\.class\\b");

  @Test
  void gateAndTargetKindsAreDecidedByVisitorsNotInstanceofOrCasts() {
    List<String> found = new ArrayList<>();
    for (SourceFiles.Source s : SourceFiles.all().values()) {
      Matcher m = KIND_TEST.matcher(s.code());
      while (m.find()) {
        found.add(s.path() + ": " + m.group());
      }
    }
    assertEquals(List.of(), found, "use Gate.Visitor or Target.Visitor instead");
  }

  /**
   * Cycles known and left for now, each with its reason; an entry whose cycle is gone fails the
   * test, so the list only shrinks.
   */
  private static final List<Set<String>> KNOWN_CYCLES = List.of();

  @Test
  void noFileRefersToItselfThroughOtherFiles() {
    List<Set<String>> cycles = References.cycles(References.of(SourceFiles.all()));
    List<Set<String>> unknown = new ArrayList<>(cycles);
    unknown.removeAll(KNOWN_CYCLES);
    assertEquals(List.of(), unknown, "files that refer to each other in a circle");
    List<Set<String>> gone = new ArrayList<>(KNOWN_CYCLES);
    gone.removeAll(cycles);
    assertEquals(List.of(), gone, "known cycles that are gone: remove them from KNOWN_CYCLES");
  }

  @Test
  void noPackageRefersToItselfThroughOtherPackages() {
    Map<String, Set<String>> packages = new TreeMap<>();
    References.of(SourceFiles.all())
        .forEach(
            (from, to) -> {
              Set<String> into = packages.computeIfAbsent(packageOf(from), k -> new TreeSet<>());
              to.stream().map(SourceRulesTest::packageOf).forEach(into::add);
            });
    packages.forEach((p, to) -> to.remove(p));
    assertEquals(List.of(), References.cycles(packages));
  }

  @Test
  void theReferenceReaderSeesImportsSamePackageNamesAndCycles() {
    Map<String, SourceFiles.Source> sources = new TreeMap<>();
    source(sources, "dev.startgate.a.One", "package dev.startgate.a;\nclass One { Two two; }");
    source(
        sources,
        "dev.startgate.a.Two",
        "package dev.startgate.a;\nimport static dev.startgate.b.Three.X;\n"
            + "/** One */ class Two { String s = \"One\"; }");
    source(
        sources,
        "dev.startgate.b.Three",
        "package dev.startgate.b;\nimport dev.startgate.a.*;\nsealed interface Three permits Four"
            + " { One one(); }");
    source(
        sources,
        "dev.startgate.b.Four",
        "package dev.startgate.b;\nrecord Four() implements Three {}");
    Map<String, Set<String>> refs = References.of(sources);
    assertEquals(Set.of("dev.startgate.a.Two"), refs.get("dev.startgate.a.One"));
    assertEquals(Set.of("dev.startgate.b.Three"), refs.get("dev.startgate.a.Two"));
    assertEquals(Set.of("dev.startgate.a.One"), refs.get("dev.startgate.b.Three"));
    assertEquals(Set.of("dev.startgate.b.Three"), refs.get("dev.startgate.b.Four"));
    assertEquals(
        List.of(Set.of("dev.startgate.a.One", "dev.startgate.a.Two", "dev.startgate.b.Three")),
        References.cycles(refs));
  }

  /**
   * The planner decides on typed facts ({@code model.ObjectFacts}), read from the YAML tree once by
   * {@code model.Resource}: no plan file refers to {@code yaml/}, nor reaches the tree through a
   * resource's node or a shape's pod spec.
   */
  private static final Pattern TREE_ACCESS =
      Pattern.compile("\\.node\\(\\)|\\.(?:podSpec|jobSpec)\\(");

  /**
   * Every String.format names its locale: under ar_EG a %d printed a line number in Arabic-Indic
   * digits (review DN), where a result is plain text whatever the locale.
   */
  @Test
  void formatsNameTheirLocale() {
    List<String> found = new ArrayList<>();
    Pattern format = Pattern.compile("String\\.format\\(\\s*+(?!(?:java\\.util\\.)?Locale\\.ROOT)");
    SourceFiles.all()
        .forEach(
            (name, source) -> {
              Matcher m = format.matcher(source.code());
              while (m.find()) {
                found.add(name);
              }
            });
    assertEquals(List.of(), found, "String.format(Locale.ROOT, ...)");
  }

  @Test
  void planReadsNoYaml() {
    List<String> found = new ArrayList<>();
    Map<String, SourceFiles.Source> all = SourceFiles.all();
    References.of(all)
        .forEach(
            (from, to) -> {
              if (packageOf(from).equals("dev.startgate.plan")) {
                to.stream()
                    .filter(t -> packageOf(t).equals("dev.startgate.yaml"))
                    .forEach(t -> found.add(from + " -> " + t));
                Matcher m = TREE_ACCESS.matcher(all.get(from).code());
                while (m.find()) {
                  found.add(from + ": " + m.group());
                }
              }
            });
    assertEquals(List.of(), found, "plan/ reads model.ObjectFacts, never the YAML tree");
  }

  private static void source(Map<String, SourceFiles.Source> into, String name, String text) {
    into.put(name, new SourceFiles.Source(name, null, text, SourceFiles.code(text)));
  }

  private static String packageOf(String name) {
    return name.substring(0, name.lastIndexOf('.'));
  }

  /** Lines a production file may have without a reason. */
  private static final int MAX_LINES = 300;

  /** The first line of a longer file: this, then the reason. */
  private static final Pattern REASON = Pattern.compile("// Over 300 lines: \\S.{9,}");

  /** Long files known and left for now, with their reason; a file no longer long fails the test. */
  private static final Set<String> KNOWN_LONG = Set.of();

  @Test
  void longFilesSayWhyOnTheirFirstLine() {
    List<String> found = new ArrayList<>();
    List<String> noLongerLong = new ArrayList<>(KNOWN_LONG);
    for (SourceFiles.Source s : SourceFiles.all().values()) {
      long lines = s.text().lines().count();
      String first = s.text().lines().findFirst().orElse("");
      if (lines > MAX_LINES && KNOWN_LONG.contains(s.name())) {
        noLongerLong.remove(s.name());
      } else if (lines > MAX_LINES && !REASON.matcher(first).matches()) {
        found.add(s.path() + " (" + lines + " lines)");
      }
    }
    assertEquals(
        List.of(),
        found,
        "split these files, or start them with a line like: // Over 300 lines: one grammar, kept"
            + " together.");
    assertEquals(List.of(), noLongerLong, "no longer long: remove them from KNOWN_LONG");
  }

  @Test
  void theKindTestPatternFindsWhatItLooksFor() {
    String code =
        SourceFiles.code(
            "if (t instanceof Target.Pods p) {}\n"
                + "Target.Pods pods = (Target.Pods) target;\n"
                + "gates.stream().noneMatch(Gate.Https.class::isInstance);\n"
                + "// instanceof Gate.Tcp in a comment\n"
                + "String s = \"instanceof Gate.Tcp\";\n");
    List<String> found = new ArrayList<>();
    Matcher m = KIND_TEST.matcher(code);
    while (m.find()) {
      found.add(m.group());
    }
    assertEquals(List.of("instanceof Target.Pods", "(Target.Pods) t", "Gate.Https.class"), found);
  }
}
