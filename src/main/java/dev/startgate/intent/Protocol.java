package dev.startgate.intent;

import java.util.Locale;

/** The protocols a network gate speaks beyond TCP and HTTP: one scheme each, with its port. */
public enum Protocol {
  /** PostgreSQL: a startup message, judged as libpq's {@code PQping} does. */
  POSTGRES(5432),
  /** Redis (and Valkey): {@code PING}. */
  REDIS(6379),
  /** MySQL and MariaDB: the server's initial handshake. */
  MYSQL(3306);

  private final int defaultPort;

  Protocol(int defaultPort) {
    this.defaultPort = defaultPort;
  }

  /** The scheme without {@code ://}, lowercase: {@code postgres}. */
  public String scheme() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The port when the target names none. */
  public int defaultPort() {
    return defaultPort;
  }

  /** The protocol of a target text starting with {@code SCHEME://}, or null. */
  public static Protocol of(String text) {
    for (Protocol p : values()) {
      if (text.startsWith(p.scheme() + "://")) {
        return p;
      }
    }
    return null;
  }
}
