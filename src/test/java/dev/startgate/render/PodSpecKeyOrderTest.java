package dev.startgate.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.function.Outcome;
import dev.startgate.function.StartGate;
import dev.startgate.yaml.YamlLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Every order of a pod spec's keys ({@code containers}, {@code initContainers}, {@code volumes} and
 * {@code restartPolicy}), with and without the user's init containers and volumes, its lists in
 * block style, indented block style and flow style, under a network gate and under a Kubernetes
 * gate (which also adds volumes and a ServiceAccount). Each output must parse, keep every list to
 * its own kind of item (gates first, then the user's init containers; the user's volumes, then the
 * gates'), keep everything the user wrote, and come back byte-identical from a second run. With
 * {@code volumes:} right before {@code containers:} and no {@code initContainers}, the gate volumes
 * used to be spliced into the new {@code initContainers} list.
 */
class PodSpecKeyOrderTest {
  private enum Style {
    BLOCK,
    INDENTED,
    FLOW
  }

  private record Gate(String target, List<String> volumes) {}

  private static final List<Gate> GATES =
      List.of(
          new Gate("tcp://db:5432", List.of()),
          new Gate("job/migrate", List.of(AccessObjects.HOME_VOLUME, AccessObjects.TOKEN_VOLUME)));

  private static final String MIGRATE =
      """
      ---
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: migrate
        namespace: shop
      spec:
        template:
          spec:
            restartPolicy: Never
            containers:
            - name: migrate
              image: migrate:1
      """;

  @TestFactory
  Stream<DynamicTest> everyOrderEveryStyleEveryGate() {
    List<DynamicTest> tests = new ArrayList<>();
    for (boolean withInit : List.of(false, true)) {
      for (boolean withVolumes : List.of(false, true)) {
        List<String> keys = new ArrayList<>(List.of("containers", "restartPolicy"));
        if (withInit) {
          keys.add("initContainers");
        }
        if (withVolumes) {
          keys.add("volumes");
        }
        for (List<String> order : permutations(keys)) {
          for (Style style : Style.values()) {
            for (Gate gate : GATES) {
              String name = gate.target() + " " + style + " " + String.join(",", order);
              tests.add(DynamicTest.dynamicTest(name, () -> check(order, style, gate)));
            }
          }
        }
      }
    }
    return tests.stream();
  }

  private static void check(List<String> order, Style style, Gate gate) {
    String input = job(order, style, gate.target()) + MIGRATE;
    Outcome first = new StartGate(YamlLimits.DEFAULT).run(input, null);
    assertNotNull(first.output(), input + "\n" + first.results());
    String out = first.output();
    Outcome second = new StartGate(YamlLimits.DEFAULT).run(out, null);
    assertEquals(out, second.output(), "a second run must change nothing; input:\n" + input);

    Map<?, ?> spec = podSpec(out, input);
    List<?> inits = (List<?>) spec.get("initContainers");
    List<String> initNames = new ArrayList<>();
    for (Object item : inits) {
      Map<?, ?> c = (Map<?, ?>) item;
      assertTrue(c.containsKey("image"), "an init container without an image: " + c + "\n" + out);
      initNames.add((String) c.get("name"));
    }
    List<String> expectedUserInits =
        order.contains("initContainers") ? List.of("setup", "prepare") : List.of();
    int gates = initNames.size() - expectedUserInits.size();
    assertTrue(gates >= 1, initNames + "\n" + out);
    for (int i = 0; i < initNames.size(); i++) {
      assertEquals(
          i < gates, initNames.get(i).startsWith("startgate-"), "gates first: " + initNames);
    }
    assertEquals(expectedUserInits, initNames.subList(gates, initNames.size()), out);

    List<String> expectedVolumes = new ArrayList<>();
    if (order.contains("volumes")) {
      expectedVolumes.addAll(List.of("data", "cache"));
    }
    expectedVolumes.addAll(gate.volumes());
    List<?> volumes = (List<?>) spec.get("volumes");
    List<String> volumeNames = new ArrayList<>();
    for (Object item : volumes == null ? List.of() : volumes) {
      Map<?, ?> v = (Map<?, ?>) item;
      assertFalse(v.containsKey("image"), "a container among the volumes: " + v + "\n" + out);
      volumeNames.add((String) v.get("name"));
    }
    assertEquals(expectedVolumes, volumeNames, out);

    List<?> containers = (List<?>) spec.get("containers");
    assertEquals(1, containers.size(), out);
    assertEquals("app", ((Map<?, ?>) containers.get(0)).get("name"), out);
    assertEquals("Never", spec.get("restartPolicy"), out);
  }

  private static Map<?, ?> podSpec(String out, String input) {
    for (Object doc : new Load(LoadSettings.builder().build()).loadAllFromString(out)) {
      Map<?, ?> object = (Map<?, ?>) doc;
      Map<?, ?> metadata = (Map<?, ?>) object.get("metadata");
      if ("Job".equals(object.get("kind")) && "seed".equals(metadata.get("name"))) {
        Map<?, ?> template = (Map<?, ?>) ((Map<?, ?>) object.get("spec")).get("template");
        return (Map<?, ?>) template.get("spec");
      }
    }
    throw new AssertionError("no Job seed in the output of\n" + input);
  }

  private static String job(List<String> order, Style style, String target) {
    StringBuilder spec = new StringBuilder();
    for (String key : order) {
      spec.append(
          switch (key) {
            case "restartPolicy" -> "      restartPolicy: Never\n";
            case "containers" -> list(key, style, List.of("{name: app, image: \"app:1\"}"));
            case "initContainers" ->
                list(
                    key,
                    style,
                    List.of(
                        "{name: setup, image: \"setup:1\"}", "{name: prepare, image: \"prep:1\"}"));
            case "volumes" ->
                list(
                    key,
                    style,
                    List.of(
                        "{name: data, emptyDir: {}}", "{name: cache, emptyDir: {medium: Memory}}"));
            default -> throw new IllegalArgumentException(key);
          });
    }
    return """
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: seed
          namespace: shop
          annotations:
            startgate.dev/wait-for: %s
        spec:
          template:
            spec:
        %s"""
        .formatted(target, spec);
  }

  /** A list of flow-mapping items in {@code style}; block items are written out key by key. */
  private static String list(String key, Style style, List<String> items) {
    if (style == Style.FLOW) {
      return "      " + key + ": [" + String.join(", ", items) + "]\n";
    }
    String dash = style == Style.INDENTED ? "        - " : "      - ";
    String more = " ".repeat(dash.length());
    StringBuilder out = new StringBuilder("      " + key + ":\n");
    for (String item : items) {
      String inner = item.substring(1, item.length() - 1);
      List<String> entries = splitTopLevel(inner);
      out.append(dash).append(entries.get(0)).append('\n');
      for (String e : entries.subList(1, entries.size())) {
        out.append(more).append(e).append('\n');
      }
    }
    return out.toString();
  }

  private static List<String> splitTopLevel(String entries) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < entries.length(); i++) {
      char c = entries.charAt(i);
      if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
      } else if (c == ',' && depth == 0) {
        out.add(entries.substring(from, i).strip());
        from = i + 1;
      }
    }
    out.add(entries.substring(from).strip());
    return out;
  }

  private static List<List<String>> permutations(List<String> items) {
    if (items.size() <= 1) {
      return List.of(List.copyOf(items));
    }
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      List<String> rest = new ArrayList<>(items);
      String head = rest.remove(i);
      for (List<String> tail : permutations(rest)) {
        List<String> p = new ArrayList<>();
        p.add(head);
        p.addAll(tail);
        out.add(p);
      }
    }
    return out;
  }
}
