package dev.startgate.model;

import dev.startgate.yaml.YAlias;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YNode;
import dev.startgate.yaml.YScalar;
import dev.startgate.yaml.YSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How startgate's own parts of a pod spec (its gate containers and their volumes, of this version
 * or an earlier one) are told from the user's: read when an object is read, recomputed on every
 * run.
 */
public final class GateParts {
  /** Prefix of every generated init container and volume. */
  public static final String PREFIX = "startgate-";

  /** The writable home of the kubectl gate. */
  public static final String HOME_VOLUME = "startgate-kubectl-home";

  /** The projected token, CA and namespace startgate mounts in its Kubernetes gates only. */
  public static final String TOKEN_VOLUME = "startgate-kube-api-access";

  /** The CA bundle of an {@code https://} gate's {@code caBundle}. */
  public static final String CA_VOLUME = "startgate-https-ca";

  /**
   * The volumes startgate adds to a gated pod spec. Only these are recomputed: a user's own {@code
   * startgate-config} volume is the user's (init containers named {@code startgate-*} are
   * startgate's, as documented).
   */
  public static final Set<String> VOLUMES = Set.of(HOME_VOLUME, TOKEN_VOLUME, CA_VOLUME);

  private GateParts() {}

  /**
   * True if {@code item} is a gate of startgate's, this version's or an earlier one's: an init
   * container named {@code startgate-*} that runs a startgate script ({@code # startgate ...}), the
   * k8s-when-ready client ({@code --type=...}), an image of the kinds startgate uses (busybox,
   * curl, kubectl: the gates of the first versions, before their scripts said whose they are), or
   * mounts a volume of startgate's ({@link #VOLUMES}: those gates in a mirrored image). One of the
   * user's that only has the name, or has a {@code restartPolicy} (a native sidecar: startgate's
   * gates never set one), is the user's: kept, and never taken for a stale gate.
   */
  public static boolean isGateContainer(YNode item) {
    if (!(item instanceof YMapping m)
        || !m.text("name").orElse("").startsWith(PREFIX)
        || Aliased.get(m, "restartPolicy") != null) {
      // A gate never has a restartPolicy: one that does (a native sidecar) is the user's.
      return false;
    }
    String image = m.text("image").orElse("");
    int digest = image.indexOf('@');
    String repository = digest < 0 ? image : image.substring(0, digest);
    String last = repository.substring(repository.lastIndexOf('/') + 1);
    int tag = last.indexOf(':');
    last = tag < 0 ? last : last.substring(0, tag);
    if (last.equals("busybox") || last.equals("curl") || last.equals("kubectl")) {
      return true;
    }
    if (startsWith(m.sequence("command").orElse(null), "# startgate ")
        || startsWith(m.sequence("args").orElse(null), "--type=")) {
      return true;
    }
    // A gate of the first versions in a mirrored image: it mounts startgate's own volumes.
    YSequence mounts = m.sequence("volumeMounts").orElse(null);
    for (YNode mount : mounts == null ? List.<YNode>of() : mounts.items()) {
      if (mount instanceof YMapping mm && VOLUMES.contains(mm.text("name").orElse(""))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True if {@code item} is a volume of startgate's: named as one of {@link #VOLUMES}, and not one
   * of {@code userVolumes} ({@link #userVolumes}: a name a container of the user's mounts).
   */
  public static boolean isGateVolume(YNode item, List<String> userVolumes) {
    return item instanceof YMapping m
        && VOLUMES.contains(m.text("name").orElse(""))
        && !userVolumes.contains(m.text("name").orElse(""));
  }

  /** True if {@code podSpec} holds a gate container or a volume of startgate's. */
  static boolean any(YMapping podSpec, List<String> userVolumes) {
    for (String key : new String[] {"initContainers", "volumes"}) {
      YSequence items = podSpec.sequence(key).orElse(null);
      for (YNode item : items == null ? List.<YNode>of() : items.items()) {
        if (key.equals("volumes") ? isGateVolume(item, userVolumes) : isGateContainer(item)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The names of {@link #VOLUMES} that a container of the user's (an app container, or an init
   * container that is not a gate) mounts: a volume of the user's that has startgate's name.
   */
  static List<String> userVolumes(YMapping podSpec) {
    List<String> names = new ArrayList<>(0);
    for (String key : new String[] {"containers", "initContainers"}) {
      YSequence items = podSpec.sequence(key).orElse(null);
      for (YNode item : items == null ? List.<YNode>of() : items.items()) {
        YSequence mounts =
            item instanceof YMapping m && !(key.equals("initContainers") && isGateContainer(item))
                ? m.sequence("volumeMounts").orElse(null)
                : null;
        for (YNode mount : mounts == null ? List.<YNode>of() : mounts.items()) {
          String name = mount instanceof YMapping mm ? mm.text("name").orElse("") : "";
          if (VOLUMES.contains(name) && !names.contains(name)) {
            names.add(name);
          }
        }
      }
    }
    return names.isEmpty() ? List.of() : List.copyOf(names);
  }

  /**
   * The names of {@code podSpec}'s containers and init containers that are not startgate's: the
   * names a gate container must not take.
   */
  static List<String> userContainerNames(YMapping podSpec) {
    List<String> names = new ArrayList<>();
    for (String key : new String[] {"containers", "initContainers"}) {
      YSequence items =
          Aliased.get(podSpec, key) instanceof YSequence s ? s : null; // kubectl reads through
      for (YNode item : items == null ? List.<YNode>of() : items.items()) {
        // Only init containers can be ours: an app container named startgate-* is the user's, and
        // a gate must not take its name. A name an alias or a merge key brings is taken too.
        if (YAlias.resolve(item) instanceof YMapping m
            && !(key.equals("initContainers") && isGateContainer(item))
            && Aliased.get(m, "name") instanceof YScalar name) {
          names.add(name.value());
        }
      }
    }
    return names;
  }

  /** True if an item of {@code list} is a scalar that starts with {@code prefix}. */
  private static boolean startsWith(YSequence list, String prefix) {
    for (YNode n : list == null ? List.<YNode>of() : list.items()) {
      if (n instanceof YScalar s && s.value().startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
