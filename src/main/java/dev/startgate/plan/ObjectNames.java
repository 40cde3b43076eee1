package dev.startgate.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Names of the objects startgate generates: deterministic, shortened with a hash to fit. */
public final class ObjectNames {
  private ObjectNames() {}

  /**
   * {@code base} if it fits in {@code max} characters, else shortened with a hash of {@code seed}:
   * the cut part loses its trailing dashes and dots, so a DNS subdomain name stays one ({@code a.-}
   * is not).
   */
  public static String fit(String base, String seed, int max) {
    if (base.length() <= max) {
      return base;
    }
    String hash = hash(seed);
    String head = base.substring(0, max - hash.length() - 1).replaceAll("[-.]+$", "");
    return head + "-" + hash;
  }

  /** The longest {@code <kind>-<name>} part of a generated object's kpt file name. */
  public static final int MAX_FILE_STEM = 200;

  /**
   * The kpt file of an object generated for a {@code kind} named {@code name} whose file is {@code
   * ownerFile}: {@code <dir of ownerFile>/<kind>-<name>.startgate.yaml}, the {@code <kind>-<name>}
   * part shortened with a hash past {@link #MAX_FILE_STEM} chars (a name may have 253, a file name
   * 255 bytes at most on common file systems).
   */
  public static String kptFile(String ownerFile, String kind, String name) {
    int slash = ownerFile.lastIndexOf('/');
    String dir = slash < 0 ? "" : ownerFile.substring(0, slash + 1);
    String stem = label(kind) + "-" + name;
    return dir + fit(stem, stem, MAX_FILE_STEM) + ".startgate.yaml";
  }

  /** Lowercases and replaces everything but {@code a-z0-9} with single dashes. */
  public static String label(String text) {
    // A loop, not replaceAll: two regular expressions compiled for every gate container.
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    boolean dash = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (dash && out.length() > 0) {
          out.append('-');
        }
        out.append(c);
        dash = false;
      } else {
        dash = true;
      }
    }
    return out.toString();
  }

  /** First 8 hex digits of the SHA-256 of {@code seed}. */
  public static String hash(String seed) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
