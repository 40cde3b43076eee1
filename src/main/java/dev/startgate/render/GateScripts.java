package dev.startgate.render;

import dev.startgate.plan.GateGroup;
import dev.startgate.yaml.Literal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gate scripts of one run, each made and split into lines once: a run writes a few distinct
 * scripts (one per set of target kinds) into many gate containers, and making, checking and
 * splitting a script for each container was about a quarter of rendering them. Safe for the two
 * threads that may render a large input.
 */
final class GateScripts {
  /**
   * By the set of kinds a script checks: {@code GateScript.Kind} or {@code
   * KubernetesGateScript.Kind}. Sets of two enum types are never equal unless both are empty, and
   * none is: a gate group has a target.
   */
  private final Map<Set<?>, Literal> made = new ConcurrentHashMap<>();

  /** The network script for the targets of {@code group}. */
  Literal network(GateGroup group) {
    Set<GateScript.Kind> kinds = GateScript.kinds(group);
    Literal script = made.get(kinds);
    return script != null ? script : remember(kinds, GateScript.of(kinds));
  }

  /** The Kubernetes script for the target arguments {@code targets}. */
  Literal kubernetes(List<String> targets) {
    Set<KubernetesGateScript.Kind> kinds = KubernetesGateScript.kinds(targets);
    Literal script = made.get(kinds);
    return script != null ? script : remember(kinds, KubernetesGateScript.of(kinds));
  }

  private Literal remember(Set<?> kinds, String script) {
    Literal literal = Literal.of(script);
    Literal known = made.putIfAbsent(kinds, literal);
    return known != null ? known : literal;
  }
}
