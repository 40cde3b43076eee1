package dev.startgate.arch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which production file refers to which, read from the source text: an {@code import} of a project
 * class (static imports and nested types count for the file that declares them), a wildcard import
 * of a project package (then every file of it named in the code), a fully qualified {@code
 * dev.startgate...} name in the code, and the simple name of another file of the same package
 * anywhere in the code. Comments and string literals do not count, nor does a sealed type's {@code
 * permits} clause: the subtypes refer to it, and the language makes it name them.
 */
final class References {
  private static final Pattern IMPORT =
      Pattern.compile(
          "^\\s*import\\s+(?:static\\s+)?(dev\\.startgate\\.[\\w.]+?)(\\.\\*)?\\s*;",
          Pattern.MULTILINE);
  private static final Pattern HEADER =
      Pattern.compile("^\\s*(?:package|import)\\s[^;]*;", Pattern.MULTILINE);
  private static final Pattern QUALIFIED = Pattern.compile("\\bdev\\.startgate(?:\\.\\w+)+");
  private static final Pattern PERMITS = Pattern.compile("\\bpermits\\s+[\\w.,\\s]+?(?=\\{)");
  private static final Pattern WORD = Pattern.compile("\\b[A-Z]\\w*\\b");

  private References() {}

  /** For each file, the other files it refers to. */
  static Map<String, Set<String>> of(Map<String, SourceFiles.Source> sources) {
    Map<String, Set<String>> out = new TreeMap<>();
    for (SourceFiles.Source s : sources.values()) {
      Set<String> to = new TreeSet<>();
      Set<String> packages = new TreeSet<>(Set.of(s.packageName()));
      Matcher imports = IMPORT.matcher(s.code());
      while (imports.find()) {
        if (imports.group(2) != null) {
          packages.add(imports.group(1));
        } else {
          declaring(imports.group(1), sources, to);
        }
      }
      String body = PERMITS.matcher(HEADER.matcher(s.code()).replaceAll(" ")).replaceAll(" ");
      Matcher qualified = QUALIFIED.matcher(body);
      while (qualified.find()) {
        declaring(qualified.group(), sources, to);
      }
      Set<String> words = new TreeSet<>();
      Matcher w = WORD.matcher(body);
      while (w.find()) {
        words.add(w.group());
      }
      for (SourceFiles.Source other : sources.values()) {
        if (packages.contains(other.packageName()) && words.contains(other.simpleName())) {
          to.add(other.name());
        }
      }
      to.remove(s.name());
      out.put(s.name(), to);
    }
    return out;
  }

  /** Adds the file declaring {@code name} (a class, or a member or nested type of one). */
  private static void declaring(
      String name, Map<String, SourceFiles.Source> sources, Set<String> to) {
    for (String n = name; n.contains("."); n = n.substring(0, n.lastIndexOf('.'))) {
      if (sources.containsKey(n)) {
        to.add(n);
        return;
      }
    }
  }

  /** The strongly connected parts of {@code graph} with more than one node, each sorted. */
  static List<Set<String>> cycles(Map<String, Set<String>> graph) {
    // Tarjan's algorithm, iterative.
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new TreeSet<>();
    List<Set<String>> out = new ArrayList<>();
    int[] counter = {0};
    for (String root : graph.keySet()) {
      if (index.containsKey(root)) {
        continue;
      }
      Deque<Map.Entry<String, List<String>>> work = new ArrayDeque<>();
      enter(root, graph, index, low, stack, onStack, counter, work);
      while (!work.isEmpty()) {
        Map.Entry<String, List<String>> top = work.peek();
        String v = top.getKey();
        if (!top.getValue().isEmpty()) {
          String next = top.getValue().remove(0);
          if (!index.containsKey(next)) {
            enter(next, graph, index, low, stack, onStack, counter, work);
          } else if (onStack.contains(next)) {
            low.put(v, Math.min(low.get(v), index.get(next)));
          }
          continue;
        }
        work.pop();
        if (!work.isEmpty()) {
          String parent = work.peek().getKey();
          low.put(parent, Math.min(low.get(parent), low.get(v)));
        }
        if (low.get(v).equals(index.get(v))) {
          Set<String> part = new TreeSet<>();
          String x;
          do {
            x = stack.pop();
            onStack.remove(x);
            part.add(x);
          } while (!x.equals(v));
          if (part.size() > 1) {
            out.add(part);
          }
        }
      }
    }
    return out;
  }

  private static void enter(
      String v,
      Map<String, Set<String>> graph,
      Map<String, Integer> index,
      Map<String, Integer> low,
      Deque<String> stack,
      Set<String> onStack,
      int[] counter,
      Deque<Map.Entry<String, List<String>>> work) {
    index.put(v, counter[0]);
    low.put(v, counter[0]);
    counter[0]++;
    stack.push(v);
    onStack.add(v);
    work.push(Map.entry(v, new ArrayList<>(graph.getOrDefault(v, Set.of()))));
  }
}
