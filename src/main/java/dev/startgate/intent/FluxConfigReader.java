package dev.startgate.intent;

import static dev.startgate.intent.ConfigField.FLUX_INTERVAL;
import static dev.startgate.intent.ConfigField.FLUX_LAYOUT;
import static dev.startgate.intent.ConfigField.FLUX_NAME;
import static dev.startgate.intent.ConfigField.FLUX_NAMESPACE;
import static dev.startgate.intent.ConfigField.FLUX_PATH;
import static dev.startgate.intent.ConfigField.FLUX_SOURCE_KIND;
import static dev.startgate.intent.ConfigField.FLUX_SOURCE_NAME;
import static dev.startgate.intent.ConfigField.FLUX_SOURCE_NAMESPACE;
import static dev.startgate.intent.ConfigField.FLUX_TIMEOUT;

import dev.startgate.intent.ConfigInput.Field;
import dev.startgate.model.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/** The {@code flux.*} fields; they mean nothing without {@code orchestrator: flux}. */
final class FluxConfigReader {
  private static final Pattern RELATIVE_PATH =
      Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");

  private FluxConfigReader() {}

  static FluxSettings read(ConfigInput in, Orchestrator orchestrator, Field written) {
    FluxSettings d = FluxSettings.DEFAULT;
    Field layout = in.peek(FLUX_LAYOUT);
    Field name = in.take(FLUX_NAME);
    Field namespace = in.take(FLUX_NAMESPACE);
    Field path = in.take(FLUX_PATH);
    Field sourceKind = in.take(FLUX_SOURCE_KIND);
    Field sourceName = in.take(FLUX_SOURCE_NAME);
    Field sourceNamespace = in.take(FLUX_SOURCE_NAMESPACE);
    Field interval = in.take(FLUX_INTERVAL);
    Field timeout = in.take(FLUX_TIMEOUT);
    List<Field> given = new ArrayList<>();
    for (Field f :
        new Field[] {
          layout, name, namespace, path, sourceKind, sourceName, sourceNamespace, interval, timeout
        }) {
      if (f != null) {
        given.add(f);
      }
    }
    if (orchestrator != Orchestrator.FLUX && !given.isEmpty()) {
      String is = orchestrator.name().toLowerCase(Locale.ROOT);
      // orchestrator: Helm is an error of its own, and none is what it was taken for.
      boolean refused = written != null && !written.text().strip().equals(is);
      in.error(
          given.get(0),
          "flux settings need orchestrator: flux ("
              + (refused
                  ? "\"" + written.text().strip() + "\" is no orchestrator startgate knows"
                  : "the orchestrator is " + is)
              + "); set orchestrator: flux or remove the flux fields");
      in.take(FLUX_LAYOUT);
      return d;
    }
    boolean layoutOn = in.bool(FLUX_LAYOUT, d.layout());
    return new FluxSettings(
        layoutOn,
        in.matching(
            name,
            FLUX_NAME,
            null,
            FluxConfigReader::shortDnsLabel,
            "a valid name prefix (a DNS label of at most 50 characters: lowercase letters, digits"
                + " and -)"),
        in.matching(
            namespace,
            FLUX_NAMESPACE,
            d.namespace(),
            TargetSyntax::dnsLabel,
            ConfigInput.NAMESPACE),
        path(in, path, d.path()),
        sourceKind == null || !in.chosen(sourceKind, FLUX_SOURCE_KIND)
            ? d.sourceKind()
            : sourceKind.text(),
        in.matching(
            sourceName,
            FLUX_SOURCE_NAME,
            d.sourceName(),
            TargetSyntax::dnsSubdomain,
            "a valid name (a DNS subdomain: lowercase letters, digits, - and .)"),
        in.matching(
            sourceNamespace,
            FLUX_SOURCE_NAMESPACE,
            null,
            TargetSyntax::dnsLabel,
            ConfigInput.NAMESPACE),
        goDuration(in, interval, d.interval()),
        goDuration(in, timeout, d.timeout()));
  }

  /**
   * A DNS label of at most 50 chars: the name prefix of the Kustomizations, which get a stage
   * suffix such as {@code -pre-deploy} and must stay a DNS label.
   */
  private static boolean shortDnsLabel(String s) {
    return s.length() <= 50 && TargetSyntax.dnsLabel(s);
  }

  /** A relative path inside the Flux source, normalized to start with {@code ./}. */
  private static String path(ConfigInput in, Field f, String fallback) {
    if (f == null) {
      return fallback;
    }
    String text = f.text().strip();
    if (text.isEmpty()) {
      // Empty is no path; "." (or "./") is the source's root, written out.
      in.error(
          f, "the value is empty; write the path inside the Flux source, like ./apps/shop, or ./");
      return fallback;
    }
    if (text.startsWith("/")) {
      in.invalid(f, "not a relative path inside the Flux source", "./apps/shop");
      return fallback;
    }
    String bare = text.equals(".") ? "" : text.replaceFirst("^\\./", "").replaceFirst("/+$", "");
    boolean ok =
        (bare.isEmpty() || RELATIVE_PATH.matcher(bare).matches())
            && !("/" + bare + "/").contains("/../")
            && !("/" + bare + "/").contains("/./");
    if (!ok) {
      in.invalid(f, "not a relative path inside the Flux source", "./apps/shop");
      return fallback;
    }
    return "./" + bare;
  }

  /** A Go duration as Flux reads it, kept as written. */
  private static String goDuration(ConfigInput in, Field f, String fallback) {
    if (f == null) {
      return fallback;
    }
    OptionalLong seconds = Durations.parse(f.text());
    if (seconds.isEmpty() || seconds.getAsLong() == 0) {
      String why = Durations.problem(f.text());
      in.error(
          f,
          Result.quoted(f.text())
              + (why == null
                  ? " is not a duration above zero; use a value like 10m or 1h"
                  : ": " + why));
      return fallback;
    }
    return f.text().strip();
  }
}
