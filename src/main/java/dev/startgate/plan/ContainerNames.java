package dev.startgate.plan;

import dev.startgate.model.GateParts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Names of generated objects: valid DNS labels, deterministic, unique, at most 63 characters. */
public final class ContainerNames {
  /** Prefix of every generated init container and volume. */
  public static final String PREFIX = GateParts.PREFIX;

  private static final int MAX = 63;

  private ContainerNames() {}

  /**
   * The name of the container of each of {@code groups}, in order: the documented name of a shared
   * group, {@code startgate-<kind>-<target>} of a when-ready one, each suffixed with a hash where a
   * container in {@code userNames} (or an earlier group) has it. The planner names containers here;
   * the run and {@code explain} read the names from the plan.
   */
  public static List<String> of(List<GateGroup> groups, Collection<String> userNames) {
    Set<String> used = new HashSet<>(userNames);
    List<String> names = new ArrayList<>(groups.size());
    for (GateGroup group : groups) {
      if (group.kind().container() != null) {
        names.add(fixed(group.kind().container(), used));
      } else {
        Gate g = group.gates().get(0);
        names.add(gate(g.kindWord(), g.target(), used));
      }
    }
    return names;
  }

  /**
   * {@code startgate-<kind>-<target>}, shortened with a hash of the target if too long, and
   * suffixed with that hash if {@code used} already holds the name.
   */
  public static String gate(String kindWord, String target, Set<String> used) {
    String base = label(PREFIX + kindWord + "-" + strip(target));
    String name = fit(base, target);
    if (used.contains(name)) {
      name = withHash(base, target + "#" + used.size());
    }
    used.add(name);
    return name;
  }

  /**
   * {@code name} (a documented container name such as {@code startgate-network}), suffixed with a
   * hash if {@code used} already holds it.
   */
  public static String fixed(String name, Set<String> used) {
    String out = used.contains(name) ? withHash(name, name + "#" + used.size()) : name;
    used.add(out);
    return out;
  }

  /**
   * The container of one step of a gate that needs several ({@code <gate>-<word>}), shortened and
   * made unique like {@link #gate}.
   */
  public static String step(String gateName, String word, Set<String> used) {
    String base = gateName + "-" + word;
    String name = fit(base, base);
    if (used.contains(name)) {
      name = withHash(base, base + "#" + used.size());
    }
    used.add(name);
    return name;
  }

  /** Lowercases and replaces everything but {@code a-z0-9} with single dashes. */
  public static String label(String text) {
    return ObjectNames.label(text);
  }

  /**
   * {@code base} if it fits in {@code max} characters, else shortened with a hash of {@code seed}.
   */
  public static String fit(String base, String seed, int max) {
    return ObjectNames.fit(base, seed, max);
  }

  private static String fit(String base, String seed) {
    return fit(base, seed, MAX);
  }

  private static String withHash(String base, String seed) {
    String hash = hash(seed);
    String head =
        base.length() > MAX - hash.length() - 1 ? base.substring(0, MAX - hash.length() - 1) : base;
    return head.replaceAll("-+$", "") + "-" + hash;
  }

  /**
   * The target without its scheme or kind word, however the kind is spelled ({@code job/restore},
   * {@code jobs.batch/restore} and {@code Job.batch/restore} all give {@code restore}).
   */
  private static String strip(String target) {
    int scheme = target.indexOf("://");
    if (scheme >= 0 && scheme < target.indexOf('/')) {
      return target.substring(scheme + 3);
    }
    return target.substring(target.indexOf('/') + 1);
  }

  /** First 8 hex digits of the SHA-256 of {@code seed}. */
  public static String hash(String seed) {
    return ObjectNames.hash(seed);
  }
}
