package dev.startgate.render;

import dev.startgate.intent.GateImage;
import dev.startgate.intent.GateSettings;
import dev.startgate.yaml.Fixed;
import dev.startgate.yaml.Literal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parts of gate containers that many containers of a run share: the command of each script and
 * container name, the Kubernetes gate's volume mounts, and the entries each gate image's containers
 * end with (resources, securityContext, terminationMessagePolicy). Each is made once, and those
 * wrapped in {@link Fixed} are written once per layout. Safe to share: two threads may render.
 */
final class SharedGateParts {
  /**
   * The Kubernetes gate's volume mounts, the same in each of its containers. Made for each run, not
   * shared between runs: a {@link Fixed} keeps the texts it was written as.
   */
  final Fixed kubectlMounts =
      new Fixed(
          List.of(
              mount(AccessObjects.HOME_VOLUME, AccessObjects.HOME_PATH, false),
              mount(AccessObjects.TOKEN_VOLUME, AccessObjects.TOKEN_PATH, true)));

  private final GateSettings settings;

  /** {@link #common} by image. */
  private final Map<GateImage, Map<String, Object>> common = new ConcurrentHashMap<>();

  /** The commands made so far. */
  private final Map<Command, Fixed> commands = new ConcurrentHashMap<>();

  /**
   * A command's parts. Its equals and hashCode are written out: a record's own are bootstrapped at
   * run time on their first call, which spins classes on every start the archive does not hold.
   */
  private record Command(Literal script, String name) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Command c && c.script.equals(script) && c.name.equals(name);
    }

    @Override
    public int hashCode() {
      return 31 * script.hashCode() + name.hashCode();
    }
  }

  /** The parts of containers run with {@code settings}. */
  SharedGateParts(GateSettings settings) {
    this.settings = settings;
  }

  /** {@code sh -c SCRIPT NAME}: the script gets the container's name as its {@code $0}. */
  Fixed command(Literal script, String name) {
    Command key = new Command(script, name);
    Fixed made = commands.get(key);
    if (made == null) {
      // get, then put: a computeIfAbsent lambda the training run misses is spun at run time.
      made = new Fixed(List.of("sh", "-c", script, name));
      Fixed raced = commands.putIfAbsent(key, made);
      made = raced != null ? raced : made;
    }
    return made;
  }

  /** The entries every container of {@code kind} ends with: made once, never changed. */
  Map<String, Object> common(GateImage kind) {
    return common.computeIfAbsent(
        kind,
        k -> {
          Map<String, Object> c =
              new LinkedHashMap<>(RestrictedContainer.of(settings, settings.resources(k)));
          c.put("terminationMessagePolicy", "FallbackToLogsOnError");
          return Collections.unmodifiableMap(c);
        });
  }

  /** A volume mount, on one line when short ({@link FlowStyle}). */
  static Object mount(String volume, String path, boolean readOnly) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", volume);
    m.put("mountPath", path);
    if (readOnly) {
      m.put("readOnly", true);
    }
    return FlowStyle.ifShort(m);
  }
}
