// Where a run's CPU goes, from JFR recordings (bench/profile.sh makes them): every execution
// sample of every thread counted once, under the first phase below found anywhere on its stack,
// and whether its top frame ran interpreted; then the methods most often on top.
// Usage: java bench/Profile.java RUN.jfr...
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

public class Profile {
  /** Phase name, then the classes (simple names, {@code Class} or {@code Class.method}) it holds. */
  private static final String[][] PHASES = {
    {"parsing (yaml/: YamlParser, StreamParts, ListParts)", "YamlParser", "StreamParts", "ListParts"},
    {"reading the input around the parse (InputReader)", "InputReader"},
    {"intents (IntentReader)", "IntentReader"},
    {"the rest of planning (PlanStep.plan)", "PlanStep.plan"},
    {"gate containers (ContainerStep)", "ContainerStep"},
    {"the rest of rendering (RenderStep.apply)", "RenderStep.apply"},
    {"writing the output (Spliced.writeTo)", "Spliced.writeTo"},
    {"other startgate code", "dev.startgate."},
    {"the JDK alone (start-up, class loading, exit)", ""},
  };

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: java bench/Profile.java RUN.jfr...");
      System.exit(2);
    }
    Map<String, int[]> phases = new LinkedHashMap<>();
    for (String[] p : PHASES) {
      phases.put(p[0], new int[2]);
    }
    Map<String, Integer> tops = new TreeMap<>();
    int total = 0;
    int interpreted = 0;
    for (String file : args) {
      for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(file))) {
        if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
          continue;
        }
        List<RecordedFrame> frames = e.getStackTrace().getFrames();
        if (frames.isEmpty()) {
          continue;
        }
        List<String> names = new ArrayList<>();
        for (RecordedFrame f : frames) {
          names.add(f.getMethod().getType().getName() + "." + f.getMethod().getName());
        }
        boolean interp = "Interpreted".equals(frames.get(0).getType());
        int[] counts = phases.get(phaseOf(names));
        counts[0]++;
        counts[1] += interp ? 1 : 0;
        total++;
        interpreted += interp ? 1 : 0;
        tops.merge(names.get(0), 1, Integer::sum);
      }
    }
    System.out.printf("%d samples in %d runs, %d of them interpreted (%.0f %%)%n%n", total,
        args.length, interpreted, 100.0 * interpreted / Math.max(1, total));
    System.out.println("| phase (first on the stack) | samples | share | of them interpreted |");
    System.out.println("|---|---:|---:|---:|");
    for (Map.Entry<String, int[]> p : phases.entrySet()) {
      int[] c = p.getValue();
      System.out.printf("| %s | %d | %.0f %% | %d |%n", p.getKey(), c[0],
          100.0 * c[0] / Math.max(1, total), c[1]);
    }
    System.out.println();
    System.out.println("| method on top of the stack (own time) | samples | share |");
    System.out.println("|---|---:|---:|");
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>(tops.entrySet());
    sorted.sort((a, b) -> b.getValue() - a.getValue());
    for (Map.Entry<String, Integer> t : sorted.subList(0, Math.min(12, sorted.size()))) {
      System.out.printf("| `%s` | %d | %.1f %% |%n", shortName(t.getKey()), t.getValue(),
          100.0 * t.getValue() / Math.max(1, total));
    }
  }

  private static String phaseOf(List<String> frames) {
    for (String[] p : PHASES) {
      for (int i = 1; i < p.length; i++) {
        for (String f : frames) {
          if (matches(f, p[i])) {
            return p[0];
          }
        }
      }
    }
    return PHASES[PHASES.length - 1][0];
  }

  private static boolean matches(String frame, String pattern) {
    if (pattern.isEmpty()) {
      return true;
    }
    if (pattern.endsWith(".")) {
      return frame.startsWith(pattern);
    }
    String simple = shortName(frame);
    String cls = simple.substring(0, simple.lastIndexOf('.'));
    return pattern.contains(".") ? simple.equals(pattern) : cls.equals(pattern) || cls.startsWith(pattern + "$");
  }

  private static String shortName(String frame) {
    int dot = frame.lastIndexOf('.', frame.lastIndexOf('.') - 1);
    return frame.substring(dot + 1);
  }
}
