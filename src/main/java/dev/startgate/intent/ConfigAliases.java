package dev.startgate.intent;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.yaml.YAlias;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YNode;
import dev.startgate.yaml.YSequence;
import java.util.List;
import java.util.Optional;

/**
 * The first alias ({@code *name}) or merge key ({@code <<}) in a config's fields: startgate reads
 * the config as written and follows neither, so each would be read as something else (a field named
 * {@code <<}, a value {@code *name}). One error names it before any such reading.
 */
final class ConfigAliases {
  private ConfigAliases() {}

  /** The error for the first alias or merge key outside {@code metadata}, if there is one. */
  static Optional<Result> first(Resource config) {
    for (YMapping.Entry e : config.node().entries()) {
      String key = e.keyText();
      if (key != null && !key.equals("metadata")) {
        Optional<Result> found = in(config, e, key);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Result> in(Resource config, YMapping.Entry e, String path) {
    if ("<<".equals(e.keyText())) {
      return Optional.of(error(config, path, "the merge key <<"));
    }
    return in(config, e.value(), path);
  }

  private static Optional<Result> in(Resource config, YNode node, String path) {
    if (node instanceof YAlias a) {
      return Optional.of(error(config, path, "the alias *" + a.anchor()));
    }
    if (node instanceof YMapping m) {
      for (YMapping.Entry e : m.entries()) {
        String key = e.keyText() == null ? "?" : e.keyText();
        Optional<Result> found = in(config, e, path + "." + key);
        if (found.isPresent()) {
          return found;
        }
      }
    } else if (node instanceof YSequence s) {
      List<YNode> items = s.items();
      for (int i = 0; i < items.size(); i++) {
        Optional<Result> found = in(config, items.get(i), path + "[" + i + "]");
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static Result error(Resource config, String path, String what) {
    return Result.error(
        config,
        path,
        null,
        path
            + " is "
            + what
            + ": startgate reads its config as written and follows no YAML aliases or merge keys;"
            + " write the value in place, like resources: {busybox: {cpu: 50m, memory: 32Mi},"
            + " curl: {cpu: 50m, memory: 32Mi}}");
  }
}
