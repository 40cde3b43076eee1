package dev.startgate.intent;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar of an image reference as the container runtimes parse one (the distribution project's
 * reference grammar): {@code [host[:port]/]path[:tag][@algorithm:hex]}, the path in lower case, a
 * digest of sha256, sha384 or sha512 in lower-case hex of its full length. A reference the kubelet
 * cannot pull (an upper-case path, a cut digest) is an error of the config, not a pod that fails
 * with InvalidImageName in the cluster.
 */
final class ImageReference {
  private ImageReference() {}

  private static final String HOST_PART = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
  private static final String HOST =
      "(?:" + HOST_PART + "(?:\\." + HOST_PART + ")*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?";
  private static final String PATH_PART = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
  private static final Pattern REFERENCE =
      Pattern.compile(
          "((?:"
              + HOST
              + "/)?"
              + PATH_PART
              + "(?:/"
              + PATH_PART
              + ")*)(?::[\\w][\\w.-]{0,127})?(?:@([a-z0-9]+):([0-9a-f]+))?");

  /** True if {@code image}, a reference {@link #problem} accepts, is pinned by a digest. */
  static boolean pinned(String image) {
    return image.contains("@");
  }

  /** Why {@code image} is not a reference a runtime can pull, or null when it is one. */
  static String problem(String image) {
    Matcher m = REFERENCE.matcher(image);
    if (!m.matches()) {
      return image.indexOf('\n') >= 0
          ? "not an image reference: it holds a line break (a | block keeps its last one; write"
              + " the image on one line)"
          : "not an image reference" + mismatch(image);
    }
    if (m.group(1).matches("[a-f0-9]{64}") || image.matches("sha256:[a-f0-9]{64}")) {
      return "not an image reference but an image id (64 hex digits); name the image and pin it";
    }
    if (m.group(1).length() > 255) {
      return "not an image reference: its name is longer than 255 characters";
    }
    if (m.group(2) == null) {
      return null;
    }
    int hex =
        switch (m.group(2)) {
          case "sha256" -> 64;
          case "sha384" -> 96;
          case "sha512" -> 128;
          default -> -1;
        };
    if (hex < 0) {
      return "not an image reference: its digest is not sha256, sha384 or sha512";
    }
    if (m.group(3).length() != hex) {
      return "not an image reference: a " + m.group(2) + " digest has " + hex + " hex digits";
    }
    return null;
  }

  /** Why {@code image}, which the grammar refuses, is refused where a common slip says so. */
  private static String mismatch(String image) {
    int at = image.indexOf('@');
    String digest = at < 0 ? "" : image.substring(at + 1);
    String name = at < 0 ? image : image.substring(0, at);
    if (digest.matches("[A-Za-z0-9]+:[0-9A-Fa-f]+") && !digest.equals(lower(digest))) {
      return ": its digest has upper-case letters; runtimes take it in lower case ("
          + lower(digest)
          + ")";
    }
    if (at >= 0 && !digest.matches("[a-z0-9]+:[0-9a-f]+")) {
      return ": a digest is @algorithm:hex, like @sha256: and 64 hex digits";
    }
    int slash = name.indexOf('/');
    String host = slash < 0 ? "" : name.substring(0, slash);
    // The first part is a registry if it has a dot, a port or is localhost, as runtimes read it.
    boolean registry = host.contains(".") || host.contains(":") || host.equals("localhost");
    String path = registry ? name.substring(slash + 1) : name;
    int colon = path.lastIndexOf(':');
    path = colon > path.lastIndexOf('/') ? path.substring(0, colon) : path;
    if (!path.equals(lower(path))) {
      return ": its path has upper-case letters; runtimes take image paths in lower case";
    }
    return "";
  }

  private static String lower(String text) {
    return text.toLowerCase(java.util.Locale.ROOT);
  }
}
