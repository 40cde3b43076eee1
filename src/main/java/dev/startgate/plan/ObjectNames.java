package dev.startgate.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Names of the objects startgate generates: deterministic, shortened with a hash to fit. */
public final class ObjectNames {
  private ObjectNames() {}

  /**
   * {@code base} if it fits in {@code max} characters, else shortened with a hash of {@code seed}.
   */
  public static String fit(String base, String seed, int max) {
    if (base.length() <= max) {
      return base;
    }
    String hash = hash(seed);
    String head = base.substring(0, max - hash.length() - 1).replaceAll("-+$", "");
    return head + "-" + hash;
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
