package dev.startgate.cli;

import dev.startgate.intent.Durations;
import dev.startgate.model.ResourceRef;
import dev.startgate.model.Result;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code explain --format json}: the report for scripts, one JSON object. */
final class ExplainJson {
  private ExplainJson() {}

  static String render(ExplainReport report) {
    Map<String, Object> root = new LinkedHashMap<>();
    List<Object> workloads = new ArrayList<>();
    for (ExplainReport.Workload w : report.workloads()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", w.id());
      // Named as the results name it (a generateName-only workload by its prefix, migrate-*).
      m.put("resource", ref(Result.refOf(w.resource())));
      m.put("file", w.resource().file());
      List<Object> gates = new ArrayList<>();
      for (GateFacts.Fact g : w.gates()) {
        Map<String, Object> gate = new LinkedHashMap<>();
        gate.put("container", g.container());
        gate.put("kind", g.kind());
        gate.put("target", g.target());
        if (g.address() != null) {
          gate.put("address", g.address());
        }
        if (g.waitsFor() != null) {
          gate.put("waitsFor", g.waitsFor());
        }
        gate.put("image", g.image());
        gate.put("timeout", Durations.format(g.timing().timeoutSeconds()));
        gate.put("interval", Durations.format(g.timing().intervalSeconds()));
        gate.put("uptime", Durations.format(g.timing().uptimeSeconds()));
        gate.put("rbac", g.rbac());
        gates.add(gate);
      }
      m.put("gates", gates);
      workloads.add(m);
    }
    root.put("workloads", workloads);
    List<Object> edges = new ArrayList<>();
    report
        .edges()
        .forEach(
            e -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("from", e.from().id());
              m.put("to", e.to().id());
              // inInput: an object of the input (a network host never is); network: a host, not
              // a Kubernetes object (one not in the input is assumed to be in the cluster).
              m.put("inInput", e.to().object() != null);
              m.put("network", !e.to().kubernetes());
              edges.add(m);
            });
    root.put("edges", edges);
    root.put("cycles", report.cycles());
    List<Object> changes = new ArrayList<>();
    for (ExplainChanges.Change c : report.changes()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("object", c.object());
      m.put("change", c.change());
      m.put("detail", c.detail());
      changes.add(m);
    }
    root.put("changes", changes);
    List<Object> results = new ArrayList<>();
    for (Result r : report.results()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("severity", r.severity().wire());
      m.put("message", r.message());
      m.put("resource", r.resource() == null ? null : ref(r.resource()));
      m.put("field", r.field());
      m.put("value", r.value());
      m.put("file", r.file());
      results.add(m);
    }
    root.put("results", results);
    StringBuilder out = new StringBuilder();
    write(root, "", out);
    return out.append('\n').toString();
  }

  private static Map<String, Object> ref(ResourceRef ref) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("apiVersion", ref.apiVersion());
    m.put("kind", ref.kind());
    m.put("namespace", ref.namespace());
    m.put("name", ref.name());
    return m;
  }

  private static void write(Object value, String indent, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Boolean || value instanceof Number) {
      out.append(value);
    } else if (value instanceof String s) {
      string(s, out);
    } else if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append("{\n");
      int i = 0;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.append(indent).append("  ");
        string(String.valueOf(e.getKey()), out);
        out.append(": ");
        write(e.getValue(), indent + "  ", out);
        out.append(++i < map.size() ? ",\n" : "\n");
      }
      out.append(indent).append('}');
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append("[\n");
      for (int i = 0; i < list.size(); i++) {
        out.append(indent).append("  ");
        write(list.get(i), indent + "  ", out);
        out.append(i + 1 < list.size() ? ",\n" : "\n");
      }
      out.append(indent).append(']');
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass());
    }
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || lone(s, i)) { // half of a pair: no encoder writes it (it came out ?)
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** True if the char at {@code i} is a surrogate without its other half. */
  private static boolean lone(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
  }
}
