package dev.startgate.function;

import dev.startgate.intent.Config;
import dev.startgate.intent.ConfigReader;
import dev.startgate.intent.CrdFacts;
import dev.startgate.intent.Orchestrator;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.Severity;
import dev.startgate.yaml.YDocument;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YNode;
import dev.startgate.yaml.YScalar;
import java.util.List;

/**
 * The config of a run: from {@code --config} or a ResourceList's {@code functionConfig}, never
 * both; a StartGate among a stream's objects is no config and is warned about.
 */
final class ConfigStep {
  private ConfigStep() {}

  /**
   * A warning for each StartGate among the objects of a stream: only --config or a ResourceList's
   * functionConfig is the config (a kpt fn-config file, marked local-config, draws none, and so
   * does the text of {@code configText}, the --config file, given as a file too).
   */
  static void strayConfigs(Input input, String configText, List<Result> results) {
    if (!input.isResourceList()) {
      for (Resource r : input.resources()) {
        // A kpt package's fn-config file is marked local-config (kpt and kustomize never apply it);
        // the --config file itself, given as a file too, is the config.
        if (r.kind().equals("StartGate")
            && r.group().equals("fn.startgate.dev")
            && !"true".equals(r.annotations().get("config.kubernetes.io/local-config"))
            && (configText == null
                || !configText.contains(
                    input.text().substring(r.node().start(), r.node().end())))) {
          results.add(
              Result.warning(
                  r,
                  "kind",
                  "a StartGate among the objects is not read as the config (only --config FILE is, or"
                      + " the functionConfig of a ResourceList, as kpt and kustomize's function"
                      + " transformers send it): it passes through as an object, which the cluster"
                      + " would reject; take it out and give it as --config FILE"));
        }
      }
    }
  }

  /**
   * What keeps the input from giving a config at all: a ResourceList's {@code functionConfig} that
   * is not one, or a config given twice; null if none.
   */
  static Result sourceProblem(Input input, String configText) {
    Result listProblem =
        input.resourceList() == null
            ? null
            : InputReader.functionConfigProblem(input.resourceList());
    if (listProblem != null) {
      return listProblem;
    }
    Resource configResource = input.functionConfig();
    if (configText != null && configResource != null && !emptyConfigMap(configResource)) {
      // kpt's --fn-config or "-- key=value" and a --config file: neither silently wins.
      return Result.inputError(
          "the config is given twice: by --config and by the ResourceList's functionConfig"
              + " (kpt's --fn-config or -- key=value); give it one way");
    }
    return null;
  }

  /** The config from the input or {@code configText}, or null after an error result. */
  static Config read(
      InputReader inputs,
      Input input,
      String configText,
      List<CrdFacts> crds,
      List<Result> results) {
    Resource configResource = input.functionConfig();
    if (configText != null) {
      InputReader.Reading configReading = inputs.readConfig(configText);
      if (configReading.error() != null || configReading.input().resources().size() != 1) {
        results.add(Result.inputError(configFileProblem(configReading)));
        return null;
      }
      configResource = configReading.input().resources().get(0);
    }
    ConfigReader.Reading config = new ConfigReader(crds).read(configResource);
    results.addAll(config.results());
    if (results.stream().anyMatch(r -> r.severity() == Severity.ERROR)) {
      return null;
    }
    Config read = config.config();
    if (read.orchestrator() == Orchestrator.FLUX
        && read.flux().layout()
        && input.resourceList() == null) {
      results.add(
          Result.warning(
              configResource,
              configResource.kind().equals("ConfigMap") ? "data.flux.layout" : "flux.layout",
              "a Flux layout moves files through kpt's internal.config.kubernetes.io/path"
                  + " annotation, so it works under kpt only; this input is a plain stream and"
                  + " nothing was moved (the force annotations are written); to see what kpt"
                  + " would do, give startgate kpt's own input: kpt fn source PKG --fn-config"
                  + " PKG/fn-config.yaml | startgate explain -"));
    }
    return read;
  }

  /**
   * kpt's functionConfig when none is given: a ConfigMap with no data ({@code function-input},
   * {@code data: {}}), which leaves the place to a {@code --config} file.
   */
  private static boolean emptyConfigMap(Resource config) {
    if (!config.kind().equals("ConfigMap")) {
      return false;
    }
    YNode data = config.node().get("data").orElse(null);
    return data == null || data instanceof YMapping m && m.size() == 0;
  }

  private static String configFileProblem(InputReader.Reading reading) {
    String must = "the --config file must hold one StartGate or ConfigMap object";
    if (reading.error() != null) {
      String message = reading.error().message();
      // The reader's words are about the input; here they are about the config file.
      return message.startsWith("input is ")
          ? "the --config file is " + message.substring("input is ".length())
          : must + ": " + message;
    }
    int mappings = 0;
    int others = 0;
    for (YDocument d : reading.input().documents()) {
      if (d.root() instanceof YMapping) {
        mappings++;
      } else if (d.root() != null && !(d.root() instanceof YScalar s && s.isNull())) {
        others++;
      }
    }
    if (mappings == 0 && others > 0) {
      return must
          + ", and it holds "
          + (others == 1 ? "a list or a plain value" : others + " lists or plain values")
          + "; start it with apiVersion: fn.startgate.dev/v1alpha1 and kind: StartGate";
    }
    return mappings == 1 && reading.input().resources().isEmpty()
        ? must
            + ", and its apiVersion or kind is missing; start it with apiVersion:"
            + " fn.startgate.dev/v1alpha1 and kind: StartGate"
        : must
            + ", not "
            + mappings
            + "; write one, like {apiVersion: fn.startgate.dev/v1alpha1, kind: StartGate,"
            + " metadata: {name: startgate}, orchestrator: helm}";
  }
}
