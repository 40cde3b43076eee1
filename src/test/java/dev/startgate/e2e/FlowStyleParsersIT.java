package dev.startgate.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.testing.Proc;
import dev.startgate.yaml.BlockWriter;
import dev.startgate.yaml.BlockWriter.Flow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Generated collections written in flow style ({@link Flow}) read back as the same values by the Go
 * YAML parsers users' tools run: kpt's kyaml (go-yaml v3) when kpt takes a function's output and
 * writes it to files, and again when it reads those files back into the next function's input;
 * kubectl's sigs.k8s.io/yaml (go-yaml v2). The values are the strings YAML could misread in flow
 * context: flow indicators, colons, comment and tag characters, YAML 1.1 booleans and numbers.
 */
class FlowStyleParsersIT {
  private static final List<String> NASTY =
      List.of(
          "",
          "ALL",
          "RuntimeDefault",
          "50m",
          "tcp://db:5432",
          "http://api:8080/healthz?x=1",
          "a:b",
          "a: b",
          "x:",
          ":x",
          "a,b",
          "[x]",
          "x]",
          "{y}",
          "y}",
          "#x",
          "x#y",
          "x #y",
          "?x",
          "? x",
          "-",
          "- x",
          "-c",
          "--a=b,c",
          "pods/shop/app=cache",
          "yes",
          "No",
          "on",
          "y",
          "~",
          "null",
          "120",
          "0755",
          "1e3",
          "0x1f",
          ".5",
          "12:30",
          "*a",
          "&a",
          "!t",
          "|",
          ">",
          "%x",
          "@x",
          "`x",
          "'x'",
          "\"x\"",
          "a\\b",
          "a\nb",
          "a\tb",
          " lead",
          "trail ",
          "été",
          "\ud83d\ude00");

  @TempDir Path tmp;

  @Test
  void kptReadsWritesAndReReadsFlowCollectionsAsTheSameValues() throws Exception {
    Map<String, Object> spec = spec();
    Path pkg = Files.createDirectories(tmp.resolve("pkg"));
    Files.writeString(
        pkg.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: other\n");
    Map<String, Object> annotations = new LinkedHashMap<>();
    annotations.put("internal.config.kubernetes.io/path", "flowy.yaml");
    annotations.put("internal.config.kubernetes.io/index", "0");
    Map<String, Object> item = object(annotations, written(spec));
    Map<String, Object> list = new LinkedHashMap<>();
    list.put("apiVersion", "config.kubernetes.io/v1");
    list.put("kind", "ResourceList");
    list.put("items", List.of(item));
    Path rl = Files.writeString(tmp.resolve("rl.yaml"), new BlockWriter(2, 0).entries(list, 0));
    Path emit = script("emit.sh", "cat >/dev/null\ncat '" + rl + "'\n");
    Proc.Outcome first =
        Proc.run(
            tmp,
            null,
            120,
            Map.of(),
            List.of("kpt", "fn", "eval", pkg.toString(), "--exec", emit.toString()));
    assertEquals(0, first.code(), first.out() + first.err());
    String file = Files.readString(pkg.resolve("flowy.yaml"));
    assertTrue(file.contains("  verbs: [get, list, watch]\n"), "kyaml keeps flow style:\n" + file);
    assertEquals(spec, specOf(load(file)), "kpt wrote what the function gave:\n" + file);

    // The next function in a pipeline gets the file as kyaml serializes it.
    Path seen = tmp.resolve("seen.yaml");
    Path echo = script("echo.sh", "tee '" + seen + "'\n");
    Proc.Outcome second =
        Proc.run(
            tmp,
            null,
            120,
            Map.of(),
            List.of("kpt", "fn", "eval", pkg.toString(), "--exec", echo.toString()));
    assertEquals(0, second.code(), second.out() + second.err());
    @SuppressWarnings("unchecked")
    List<Object> items =
        (List<Object>) ((Map<String, Object>) load(Files.readString(seen))).get("items");
    Object flowy =
        items.stream()
            .filter(i -> "Flowy".equals(((Map<?, ?>) i).get("kind")))
            .findFirst()
            .orElseThrow();
    assertEquals(spec, specOf(flowy), "kpt gave the next function what the file holds");
    assertEquals(
        file, Files.readString(pkg.resolve("flowy.yaml")), "an identity run changes nothing");
  }

  @Test
  void kubectlReadsFlowCollectionsAsTheSameValues() throws Exception {
    Map<String, Object> spec = spec();
    Path file =
        Files.writeString(
            tmp.resolve("flowy.yaml"),
            new BlockWriter(2, 0).entries(object(Map.of(), written(spec)), 0));
    Proc.Outcome run =
        Proc.run(
            tmp,
            null,
            60,
            Map.of("KUBECONFIG", "/dev/null"),
            List.of(
                KptEndToEndIT.kubectl(),
                "label",
                "--local",
                "-f",
                file.toString(),
                "x=y",
                "-o",
                "json"));
    assertEquals(0, run.code(), run.err());
    assertEquals(spec, specOf(load(run.out())), run.out());
  }

  /** Every nasty string as a list item, a key and a value, nested, plus numbers and booleans. */
  private static Map<String, Object> spec() {
    // Not "" as a key: kpt 1.0.0-beta.56 fails on an empty key in block style as well ("wrong node
    // kind:
    // expected ScalarNode but got MappingNode"), and startgate writes none.
    Map<String, Object> keyed = new LinkedHashMap<>();
    for (int i = 1; i < NASTY.size(); i++) {
      keyed.put(NASTY.get(i), NASTY.get(NASTY.size() - i));
    }
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("list", NASTY);
    spec.put("map", keyed);
    spec.put("numbers", List.of(0, 65532, -1, true, false));
    spec.put("nested", List.of(Map.of("k", List.of(Map.of("j", "v,w")))));
    spec.put("verbs", List.of("get", "list", "watch"));
    return spec;
  }

  /** {@code spec} with each value in flow style, and all of it once more as a flow list item. */
  private static Map<String, Object> written(Map<String, Object> spec) {
    Map<String, Object> out = new LinkedHashMap<>();
    spec.forEach((k, v) -> out.put(k, new Flow(v)));
    out.put("items", List.of(new Flow(spec)));
    return out;
  }

  private static Map<String, Object> object(Map<String, Object> annotations, Object spec) {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("name", "flowy");
    if (!annotations.isEmpty()) {
      metadata.put("annotations", annotations);
    }
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("apiVersion", "example.com/v1");
    o.put("kind", "Flowy");
    o.put("metadata", metadata);
    o.put("spec", spec);
    return o;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> specOf(Object object) {
    Map<String, Object> spec =
        new LinkedHashMap<>((Map<String, Object>) ((Map<String, Object>) object).get("spec"));
    Object items = spec.remove("items");
    assertEquals(List.of(spec), items, "the flow list item");
    return spec;
  }

  private static Object load(String text) {
    return new Load(LoadSettings.builder().build()).loadFromString(text);
  }

  private Path script(String name, String body) throws Exception {
    Path p = tmp.resolve(name);
    Files.writeString(p, "#!/bin/sh\n" + body);
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    return p;
  }
}
