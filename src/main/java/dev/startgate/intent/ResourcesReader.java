package dev.startgate.intent;

import dev.startgate.intent.ConfigInput.Field;
import dev.startgate.model.Quantity;
import dev.startgate.model.Result;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * The {@code resources} fields of the function config: {@code resources.cpu} and {@code
 * resources.memory} for every gate (as before per-image defaults existed), and {@code
 * resources.<image>.cpu} and {@code resources.<image>.memory} for the gates of one image kind
 * ({@code busybox}, {@code curl}, {@code kubectl}, {@code whenReady}). The most specific wins: the
 * image's field, then the generic one, then the image's default.
 */
final class ResourcesReader {
  private ResourcesReader() {}

  /** The settings: user and group ids, then the resources. */
  static GateSettings read(ConfigInput in) {
    GateSettings d = GateSettings.DEFAULT;
    long runAsUser = in.id(ConfigField.RUN_AS_USER, d.runAsUser());
    long runAsGroup = in.id(ConfigField.RUN_AS_GROUP, d.runAsGroup());
    Quantities generic =
        new Quantities(
            quantity(in, in.take(ConfigField.CPU), null, "cpu"),
            quantity(in, in.take(ConfigField.MEMORY), null, "memory"));
    Map<GateImage, Quantities> per = new EnumMap<>(GateImage.class);
    for (GateImage image : GateImage.values()) {
      String prefix = "resources." + image.key();
      Field whole = in.takeParent(ConfigField.Section.RESOURCES, prefix);
      if (whole != null) {
        in.error(
            whole,
            in.configMap()
                ? "a ConfigMap holds the fields of "
                    + prefix
                    + " (cpu, memory) by their full names; write "
                    + prefix
                    + ".cpu: 200m"
                : image.key()
                    + " is a mapping of cpu and memory; write "
                    + image.key()
                    + ": {cpu: 200m, memory: 128Mi}");
      }
      Quantities fallback = GateSettings.DEFAULT_RESOURCES.get(image);
      per.put(
          image,
          new Quantities(
              quantity(
                  in,
                  in.take(ConfigField.of(prefix + ".cpu")),
                  generic.cpu() != null ? generic.cpu() : fallback.cpu(),
                  "cpu"),
              quantity(
                  in,
                  in.take(ConfigField.of(prefix + ".memory")),
                  generic.memory() != null ? generic.memory() : fallback.memory(),
                  "memory")));
    }
    Quantities server =
        new Quantities(
            generic.cpu() != null ? generic.cpu() : GateSettings.GENERIC.cpu(),
            generic.memory() != null ? generic.memory() : GateSettings.GENERIC.memory());
    return new GateSettings(runAsUser, runAsGroup, per, server);
  }

  private static String quantity(ConfigInput in, Field v, String fallback, String what) {
    if (v == null) {
      return fallback;
    }
    String example = what.equals("cpu") ? "200m or 0.5" : "128Mi or 1Gi";
    if (!Quantity.valid(v.text())) {
      in.error(
          v,
          Result.quoted(v.text())
              + " is not a Kubernetes quantity for "
              + what
              + "; use one like "
              + example);
      return fallback;
    }
    if (Quantity.zero(v.text())) {
      in.error(v, Result.quoted(v.text()) + " is no " + what + " at all; use one like " + example);
      return fallback;
    }
    String mistake = unitMistake(v.text(), what);
    if (mistake != null) {
      in.error(v, Result.quoted(v.text()) + " for " + what + " is " + mistake + example);
      return fallback;
    }
    return v.text();
  }

  /**
   * What {@code text} (a quantity above zero) says when its unit is one of the other resource: cpu
   * in multiples of bytes or of thousands of cores ({@code 100Mi}, {@code 100M}: a node has no such
   * number of cores, so the pod is never scheduled), memory in thousandths of a byte ({@code 100m},
   * a fraction the API server warns about and no container runs in, {@code 1000m} one byte) or in a
   * fraction of one; else null.
   */
  private static String unitMistake(String text, String what) {
    // Only a text that can be a mistake is read as a number: BigDecimal's first use initialises
    // BigInteger and the common ForkJoinPool, about 10 ms of a small run (review EA).
    char last = text.charAt(text.length() - 1);
    boolean cpu = what.equals("cpu");
    boolean binary = last == 'i';
    if (cpu
        ? !binary && "kMGTPE".indexOf(last) < 0
        : last != 'm' && text.indexOf('.') < 0 && !text.contains("e-") && !text.contains("E-")) {
      return null; // cpu in cores or thousandths; memory a whole number of bytes
    }
    BigDecimal value = Quantity.parse(text);
    if (value == null) {
      return null; // an exponent beyond 999: the API server's own check
    }
    if (cpu) {
      String suffix = text.substring(text.length() - (binary ? 2 : 1));
      return number(value)
          + " cores ("
          + (binary
              ? suffix + " counts bytes, for memory"
              : suffix + " means 10^" + (3 * ("kMGTPE".indexOf(last) + 1)) + "; a thousandth is m")
          + "); cpu counts cores or thousandths of one (m), like ";
    }
    if (value.stripTrailingZeros().scale() <= 0 && last != 'm') {
      return null; // 1000m is one byte: the JVM's spelling of megabytes, never meant here
    }
    return number(value)
        + (value.compareTo(BigDecimal.ONE) == 0 ? " byte" : " bytes")
        + (last == 'm' ? " (m is a thousandth; a mebibyte is Mi)" : "")
        + "; memory counts whole bytes, like ";
  }

  private static String number(BigDecimal value) {
    String plain = value.stripTrailingZeros().toPlainString();
    return plain.length() <= 24 ? plain : value.stripTrailingZeros().toString();
  }
}
