package dev.startgate.function;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.Severity;
import dev.startgate.yaml.Spliced;
import dev.startgate.yaml.YDocument;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YNode;
import dev.startgate.yaml.YScalar;
import dev.startgate.yaml.YSequence;
import dev.startgate.yaml.YamlInputException;
import dev.startgate.yaml.YamlLimits;
import dev.startgate.yaml.YamlParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Tells a KRM ResourceList from a plain multi-document stream and collects the resources. */
final class InputReader {
  private static final List<String> WIRE_VERSIONS =
      List.of("config.kubernetes.io/v1", "config.kubernetes.io/v1beta1");

  private final YamlParser parser;
  // For a ResourceList: its root and items do not count towards the nesting limit.
  private final YamlParser listParser;

  InputReader(YamlLimits limits) {
    this.parser = new YamlParser(limits);
    this.listParser = new YamlParser(limits.below(2));
  }

  /**
   * The input, or the error that makes it unreadable.
   *
   * @param answer with an error about a ResourceList startgate will not read (beyond its limits),
   *     the KRM answer: its text unchanged with the error as its result; else null
   */
  record Reading(Input input, Result error, Spliced answer) {
    Reading(Input input, Result error) {
      this(input, error, null);
    }
  }

  /**
   * A hint when a byte order mark starts a line after the first: a file saved with one, joined
   * after another ({@code cat a.yaml b.yaml}), where YAML allows none; empty without one.
   */
  private static String byteOrderMark(String text) {
    int at = text.indexOf("\n\uFEFF");
    if (at < 0) {
      return "";
    }
    int line = 2;
    for (int i = 0; i < at; i++) {
      line += text.charAt(i) == '\n' ? 1 : 0;
    }
    return " (line "
        + line
        + " starts with a byte order mark, U+FEFF: a file saved with one was joined after"
        + " another; save it without)";
  }

  /** {@code " at line N"} for a limit's line, which its message does not give. */
  private static String atLine(YamlInputException e) {
    return e.line() > 0 ? " at line " + e.line() : "";
  }

  Reading read(String text) {
    return read(text, false);
  }

  /** The --config file, or the error that makes it unreadable, with advice for a config. */
  Reading readConfig(String text) {
    return read(text, true);
  }

  private Reading read(String text, boolean config) {
    YamlParser.Parsed parsed;
    try {
      parsed = parser.read(text);
    } catch (YamlInputException e) {
      boolean list = ResourceListText.is(text);
      String where = ItemAtLine.describe(text, e.line());
      where = where.isEmpty() && !list ? DocumentAtLine.describe(text, e.line()) : where;
      if (!e.limit()) {
        return failed(
            "input is not valid YAML: "
                + e.getMessage()
                + where
                + byteOrderMark(text)
                + "; fix the YAML and run again");
      }
      if (!list) {
        return failed(
            "input is beyond startgate's limits: "
                + e.problem()
                + atLine(e)
                + where
                + "; "
                + (config ? e.configAdvice() : e.advice()));
      }
      // Nesting counts from a ResourceList's items, as in a stream: read again so. Only a text
      // beyond a limit pays for the second parse.
      try {
        parsed = listParser.read(text);
      } catch (YamlInputException again) {
        Result error =
            Result.inputError(
                again.limit()
                    ? "input is beyond startgate's limits: "
                        + again.problem()
                        + atLine(again)
                        + ItemAtLine.describe(text, again.line())
                        + "; "
                        + (config ? again.configAdvice() : again.advice())
                    : "input is not valid YAML: "
                        + again.getMessage()
                        + ItemAtLine.describe(text, again.line()));
        return new Reading(null, error, ResourceListText.withResult(text, error));
      }
    }
    List<YDocument> documents = parsed.documents();
    Optional<YMapping> list = resourceList(documents);
    if (list.isPresent()) {
      return readResourceList(text, parsed, list.get());
    }
    List<Resource> resources = new ArrayList<>();
    for (YDocument d : documents) {
      if (d.root() instanceof YMapping m) {
        Resource r = Resource.of(m);
        if (r != null) {
          resources.add(r);
        }
      }
    }
    return new Reading(
        new Input(text, documents, List.copyOf(resources), null, null, null, parsed.newline()),
        null);
  }

  private Reading readResourceList(String text, YamlParser.Parsed parsed, YMapping root) {
    String apiVersion = root.text("apiVersion").orElse("");
    if (!WIRE_VERSIONS.contains(apiVersion)) {
      return failed(
          apiVersion.isEmpty()
              ? "the ResourceList has no apiVersion; add apiVersion: config.kubernetes.io/v1"
              : "ResourceList apiVersion \""
                  + apiVersion
                  + "\" is not supported; use config.kubernetes.io/v1");
    }
    YNode itemsNode = root.get("items").orElse(null);
    if (itemsNode == null || (itemsNode instanceof YScalar s && s.isNull())) {
      return failed("the ResourceList has no items; a KRM function needs items: [...]");
    }
    if (!(itemsNode instanceof YSequence items)) {
      return failed("the ResourceList's items is not a list; a KRM function needs items: [...]");
    }
    List<Resource> resources = new ArrayList<>();
    for (YNode item : items.items()) {
      if (item instanceof YMapping m) {
        Resource r = Resource.of(m);
        if (r != null) {
          resources.add(r);
        }
      }
    }
    // A functionConfig that is no config is a config error (see functionConfigProblem): the items
    // still go back unchanged, with the error.
    Resource config = root.mapping("functionConfig").map(Resource::of).orElse(null);
    return new Reading(
        new Input(
            text,
            parsed.documents(),
            PackagePaths.fromRoot(List.copyOf(resources)),
            root,
            items,
            config,
            parsed.newline()),
        null);
  }

  /** What is wrong with the functionConfig of the ResourceList {@code root}, or null. */
  static Result functionConfigProblem(YMapping root) {
    YNode configNode = root.get("functionConfig").orElse(null);
    if (configNode == null || configNode instanceof YScalar s && s.isNull()) {
      return null;
    }
    String example =
        "; use a StartGate or a ConfigMap, like functionConfig: {apiVersion:"
            + " fn.startgate.dev/v1alpha1, kind: StartGate, metadata: {name: startgate}}";
    if (!(configNode instanceof YMapping m)) {
      String value = configNode instanceof YScalar s ? s.value() : "a list";
      return new Result(
          Severity.ERROR,
          "the functionConfig is not an object" + example,
          null,
          "functionConfig",
          value,
          null);
    }
    return Resource.of(m) == null
        ? new Result(
            Severity.ERROR,
            "the functionConfig has no apiVersion or kind" + example,
            null,
            "functionConfig",
            null,
            null)
        : null;
  }

  private static Optional<YMapping> resourceList(List<YDocument> documents) {
    List<YDocument> nonEmpty = documents.stream().filter(d -> d.root() != null).toList();
    if (nonEmpty.size() == 1 && nonEmpty.get(0).root() instanceof YMapping m) {
      if (m.text("kind").map("ResourceList"::equals).orElse(false)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  private static Reading failed(String message) {
    return new Reading(null, Result.inputError(message));
  }
}
