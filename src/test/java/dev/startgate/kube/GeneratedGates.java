package dev.startgate.kube;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What startgate emitted for one workload, read back from its output: the gate containers' commands
 * exactly as written, the pod's ServiceAccount, and the generated objects.
 */
final class GeneratedGates {
  /** One init container: its name and its command line (command followed by args). */
  record Step(String name, List<String> commandLine) {
    /** The kubectl arguments: the command line without the leading {@code kubectl}. */
    List<String> kubectlArgs() {
      if (!commandLine.get(0).equals("kubectl")) {
        throw new AssertionError(name + " does not run kubectl: " + commandLine);
      }
      return commandLine.subList(1, commandLine.size());
    }

    /**
     * The same command with its {@code --timeout} multiplied by {@code factor}: for a test that
     * checks what the gate asks the API server, not how long it waits.
     */
    Step withTimeoutTimes(int factor) {
      Optional<Duration> t = timeout();
      if (t.isEmpty()) {
        return this;
      }
      List<String> line = new ArrayList<>();
      for (String arg : commandLine) {
        line.add(
            arg.startsWith("--timeout=")
                ? "--timeout=" + t.get().multipliedBy(factor).toSeconds() + "s"
                : arg);
      }
      return new Step(name, line);
    }

    /** The step's {@code --timeout=} (a Go duration of whole h, m and s), if it has one. */
    Optional<Duration> timeout() {
      for (String arg : commandLine) {
        if (arg.startsWith("--timeout=")) {
          Matcher m = GO_DURATION.matcher(arg.substring("--timeout=".length()));
          if (!m.matches()) {
            throw new AssertionError(name + ": a timeout the harness cannot read: " + arg);
          }
          long seconds = 0;
          for (int g = 1; g <= 3; g++) {
            seconds = seconds * 60 + (m.group(g) == null ? 0 : Long.parseLong(m.group(g)));
          }
          return Optional.of(Duration.ofSeconds(seconds));
        }
      }
      return Optional.empty();
    }
  }

  private static final Pattern GO_DURATION =
      Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

  private final List<Map<String, Object>> documents;

  private GeneratedGates(List<Map<String, Object>> documents) {
    this.documents = documents;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static GeneratedGates read(Path output) throws IOException {
    List<Map<String, Object>> docs = new ArrayList<>();
    try (MappingIterator<Map> it =
        new YAMLMapper().readerFor(Map.class).readValues(Files.readString(output))) {
      while (it.hasNext()) {
        Map<String, Object> doc = it.next();
        if (doc != null) {
          docs.add(doc);
        }
      }
    }
    return new GeneratedGates(docs);
  }

  /** Every document. */
  List<Map<String, Object>> documents() {
    return documents;
  }

  /** The pod spec of workload {@code kind/name}. */
  @SuppressWarnings("unchecked")
  Map<String, Object> podSpec(String kind, String name) {
    for (Map<String, Object> d : documents) {
      Map<String, Object> meta = (Map<String, Object>) d.get("metadata");
      if (kind.equals(d.get("kind")) && name.equals(meta.get("name"))) {
        Map<String, Object> template =
            (Map<String, Object>) ((Map<String, Object>) d.get("spec")).get("template");
        return (Map<String, Object>) template.get("spec");
      }
    }
    throw new AssertionError("no " + kind + " " + name + " in the output");
  }

  /** The {@code startgate-*} init containers of a workload, in order. */
  @SuppressWarnings("unchecked")
  List<Step> steps(String kind, String name) {
    List<Step> out = new ArrayList<>();
    for (Map<String, Object> c :
        (List<Map<String, Object>>) podSpec(kind, name).get("initContainers")) {
      String container = (String) c.get("name");
      if (container.startsWith("startgate-")) {
        List<String> line = new ArrayList<>((List<String>) c.get("command"));
        line.addAll((List<String>) c.getOrDefault("args", List.of()));
        out.add(new Step(container, line));
      }
    }
    return out;
  }

  /**
   * The {@code resources.limits} of init container {@code container} of workload {@code kind/name}.
   */
  @SuppressWarnings("unchecked")
  Map<String, Object> limits(String kind, String name, String container) {
    for (Map<String, Object> c :
        (List<Map<String, Object>>) podSpec(kind, name).get("initContainers")) {
      if (container.equals(c.get("name"))) {
        return (Map<String, Object>) ((Map<String, Object>) c.get("resources")).get("limits");
      }
    }
    throw new AssertionError("no init container " + container + " on " + kind + " " + name);
  }

  /** The steps of one gate: those whose container name starts with {@code prefix}. */
  List<Step> gate(String kind, String name, String prefix) {
    List<Step> out =
        steps(kind, name).stream()
            .filter(s -> s.name().equals(prefix) || s.name().startsWith(prefix + "-"))
            .toList();
    if (out.isEmpty()) {
      throw new AssertionError("no gate " + prefix + " on " + kind + " " + name);
    }
    return out;
  }
}
