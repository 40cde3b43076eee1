package dev.startgate.intent;

import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The {@code resources} fields of the function config: {@code resources.cpu} and {@code
 * resources.memory} for every gate (as before per-image defaults existed), and {@code
 * resources.<image>.cpu} and {@code resources.<image>.memory} for the gates of one image kind
 * ({@code busybox}, {@code curl}, {@code kubectl}, {@code whenReady}). The most specific wins: the
 * image's field, then the generic one, then the image's default.
 */
final class ResourcesReader {
  /** One field as written: its text and its path in the config. */
  record Value(String text, String path) {}

  /** The suffix of a quantity: binary SI, decimal SI or a decimal exponent, or none. */
  private static final String SUFFIX = "(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E|[eE][+-]?\\d+)?";

  /**
   * A Kubernetes quantity ({@code k8s.io/apimachinery/pkg/api/resource}) that is not negative: a
   * decimal number and its suffix.
   */
  private static final Pattern QUANTITY = Pattern.compile("(\\d+(\\.\\d*)?|\\.\\d+)" + SUFFIX);

  /** A quantity (already matched) that is zero. */
  private static final Pattern ZERO = Pattern.compile("[0.]+" + SUFFIX);

  private ResourcesReader() {}

  /** The settings read by taking each field from {@code take} (null when absent). */
  static GateSettings read(
      long runAsUser,
      long runAsGroup,
      Function<String, Value> take,
      Resource r,
      List<Result> results) {
    Quantities generic =
        new Quantities(
            quantity(take.apply("resources.cpu"), null, "cpu", r, results),
            quantity(take.apply("resources.memory"), null, "memory", r, results));
    Map<GateImage, Quantities> per = new EnumMap<>(GateImage.class);
    for (GateImage image : GateImage.values()) {
      String prefix = "resources." + image.key();
      Value whole = take.apply(prefix);
      if (whole != null) {
        results.add(
            Result.error(
                r,
                whole.path(),
                whole.text(),
                prefix
                    + " takes cpu and memory, like "
                    + prefix
                    + ": {cpu: 200m, memory: 128Mi} (or "
                    + prefix
                    + ".cpu: 200m in a ConfigMap)"));
      }
      Quantities fallback = GateSettings.DEFAULT_RESOURCES.get(image);
      per.put(
          image,
          new Quantities(
              quantity(
                  take.apply(prefix + ".cpu"),
                  generic.cpu() != null ? generic.cpu() : fallback.cpu(),
                  "cpu",
                  r,
                  results),
              quantity(
                  take.apply(prefix + ".memory"),
                  generic.memory() != null ? generic.memory() : fallback.memory(),
                  "memory",
                  r,
                  results)));
    }
    Quantities server =
        new Quantities(
            generic.cpu() != null ? generic.cpu() : GateSettings.GENERIC.cpu(),
            generic.memory() != null ? generic.memory() : GateSettings.GENERIC.memory());
    return new GateSettings(runAsUser, runAsGroup, per, server);
  }

  private static String quantity(
      Value v, String fallback, String what, Resource r, List<Result> results) {
    if (v == null) {
      return fallback;
    }
    String example = what.equals("cpu") ? "200m or 0.5" : "128Mi or 1Gi";
    if (!QUANTITY.matcher(v.text()).matches()) {
      results.add(
          Result.error(
              r,
              v.path(),
              v.text(),
              "\""
                  + v.text()
                  + "\" is not a Kubernetes quantity for "
                  + what
                  + "; use one like "
                  + example));
      return fallback;
    }
    if (ZERO.matcher(v.text()).matches()) {
      results.add(
          Result.error(
              r,
              v.path(),
              v.text(),
              "\"" + v.text() + "\" is no " + what + " at all; use one like " + example));
      return fallback;
    }
    return v.text();
  }
}
