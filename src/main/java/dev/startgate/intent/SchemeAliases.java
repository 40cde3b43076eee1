package dev.startgate.intent;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * Schemes startgate has no target for, but whose server it can wait for under another name: {@code
 * postgresql://} (libpq's own spelling, the usual {@code DATABASE_URL}) is {@code postgres://},
 * {@code mariadb://} is {@code mysql://}; {@code rediss://} (Redis over TLS) speaks TLS first,
 * which the {@code redis://} check cannot, so only its port can be waited for.
 */
final class SchemeAliases {
  private SchemeAliases() {}

  /**
   * The error for {@code text}, whose scheme is {@code scheme} (as written, with {@code ://}), with
   * a target that works; null when the scheme is none of these. {@code valid} tells whether a
   * rewritten target parses (a URL with a user or a database does not: then a plain example).
   */
  static String message(String text, String scheme, Predicate<String> valid) {
    // A DATABASE_URL's user, password, database and query: the gate needs none of them.
    // The authority ends at the path, query or fragment (an '@' in a query is no user's).
    String rest = text.substring(scheme.length());
    int end = rest.length();
    for (char c : new char[] {'/', '?', '#'}) {
      end = rest.indexOf(c) >= 0 ? Math.min(end, rest.indexOf(c)) : end;
    }
    rest = rest.substring(0, end);
    rest = rest.substring(rest.lastIndexOf('@') + 1);
    return switch (scheme.toLowerCase(Locale.ROOT)) {
      case "postgresql://" ->
          aliasOf(
              scheme, "postgres://", "Postgres", rest, "postgres://postgres.data.svc:5432", valid);
      case "mariadb://" ->
          aliasOf(scheme, "mysql://", "MariaDB", rest, "mysql://mariadb.data.svc:3306", valid);
      case "rediss://" -> {
        String port = rest.matches(".*:[0-9]+") ? "" : ":6379";
        String tcp = "tcp://" + rest + port;
        yield "unknown scheme \""
            + scheme
            + "\": Redis over TLS answers a PING only after a TLS handshake, which the redis://"
            + " check cannot make; wait for its port instead, like "
            + (valid.test(tcp) ? tcp : "tcp://redis.data.svc:6380");
      }
      default -> null;
    };
  }

  private static String aliasOf(
      String scheme,
      String known,
      String server,
      String rest,
      String example,
      Predicate<String> valid) {
    String meant = known + rest;
    return "unknown scheme \""
        + scheme
        + "\": "
        + server
        + "'s target is "
        + known
        + "HOST[:PORT] (no user, password or database: the gate needs none), like "
        + (valid.test(meant) ? meant : example);
  }
}
