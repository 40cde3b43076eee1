package dev.startgate.intent;

import java.util.regex.Pattern;

/**
 * The grammar {@code TargetParser} adds for issue #14: protocol targets ({@code postgres://},
 * {@code redis://}, {@code mysql://HOST[:PORT]}) and the expectations of an HTTP(S) target after
 * its URL ({@code status=LIST}, then {@code body=TEXT}, the body verbatim to the end).
 */
final class NetworkOptions {
  private NetworkOptions() {}

  /** One status term: a code, a range of codes, or a class. */
  private static final Pattern STATUS =
      Pattern.compile(
          "([1-5]\\d\\d(-[1-5]\\d\\d)?|[1-5]xx)(,([1-5]\\d\\d(-[1-5]\\d\\d)?|[1-5]xx))*");

  /** Longest body text: one line of a health answer, not a document. */
  static final int MAX_BODY = 200;

  /**
   * {@code SCHEME://HOST[:PORT]} of {@code protocol}, the default port filled in, or null with the
   * reason in {@code errors[0]}; {@code hosts} gives the reason a host is invalid (or null), {@code
   * ports} a port's number (or -1).
   */
  static Target.Protocol protocol(
      String text,
      Protocol protocol,
      java.util.function.UnaryOperator<String> hosts,
      java.util.function.ToIntFunction<String> ports,
      String[] errors) {
    String scheme = protocol.scheme() + "://";
    String rest = text.substring(scheme.length());
    if (rest.indexOf('@') >= 0) {
      return bad(
          errors,
          "a "
              + scheme
              + " target takes no user or password: the gate needs none (a server that asks for"
              + " one is up)");
    }
    int cut = firstOf(rest, "/?# ");
    if (cut >= 0) {
      return bad(
          errors,
          "a "
              + scheme
              + " target is HOST or HOST:PORT only, without \""
              + rest.substring(cut)
              + "\" (no database, path or options)");
    }
    String host = rest;
    int port = protocol.defaultPort();
    int colon = rest.lastIndexOf(':');
    if (colon >= 0 && !rest.endsWith("]")) {
      host = rest.substring(0, colon);
      port = ports.applyAsInt(rest.substring(colon + 1));
      if (port < 0) {
        return bad(
            errors, "port \"" + rest.substring(colon + 1) + "\" is not a number from 1 to 65535");
      }
    }
    String error = hosts.apply(host);
    if (error != null) {
      return bad(errors, error);
    }
    if (host.startsWith("[")) {
      host = host.substring(1, host.length() - 1);
    }
    return new Target.Protocol(text, protocol, host, port);
  }

  private static Target.Protocol bad(String[] errors, String error) {
    errors[0] = error;
    return null;
  }

  /** A valid target of {@code protocol}, for messages. */
  static String example(Protocol protocol) {
    String host =
        switch (protocol) {
          case POSTGRES -> "postgres.data.svc";
          case REDIS -> "cache";
          case MYSQL -> "mariadb";
        };
    return protocol.scheme() + "://" + host + ":" + protocol.defaultPort();
  }

  /**
   * False if {@code expect} looks for a body in answers busybox wget reads none of: only statuses
   * outside 200-203 accepted (wget refuses a non-2xx answer and a 205-299 one; a 204 has no body).
   */
  static boolean bodyReadable(HttpExpect expect) {
    return expect.body() == null || accepts(expect, 200, 203);
  }

  /**
   * False if {@code expect} looks for a body in answers that have none: only 204, 205 and 304
   * accepted (RFC 9110; 1xx answers are interim, never accepted).
   */
  static boolean bodyPossible(HttpExpect expect) {
    return expect.body() == null
        || accepts(expect, 200, 203)
        || accepts(expect, 206, 303)
        || accepts(expect, 305, 599);
  }

  /** True if a status from {@code low} to {@code high} is accepted (all of them by default). */
  private static boolean accepts(HttpExpect expect, int low, int high) {
    if (expect.statuses() == null) {
      return true;
    }
    for (String item : expect.statuses().split(",")) {
      int dash = item.indexOf('-');
      int from = Integer.parseInt((dash > 0 ? item.substring(0, dash) : item).replace('x', '0'));
      int to = Integer.parseInt((dash > 0 ? item.substring(dash + 1) : item).replace('x', '9'));
      if (from <= high && to >= low) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return true;
      }
    }
    return false;
  }

  /**
   * The expectation in {@code options} (the text after the URL's first space), or an error in
   * {@code errors[0]}.
   */
  static HttpExpect expect(String options, String[] errors) {
    String statuses = null;
    String body = null;
    String rest = options.strip();
    while (!rest.isEmpty()) {
      if (rest.startsWith("body=")) {
        body = rest.substring("body=".length());
        if (body.isEmpty() || body.length() > MAX_BODY || body.strip().length() != body.length()) {
          errors[0] =
              "body= needs a text of 1 to "
                  + MAX_BODY
                  + " characters without leading or trailing spaces";
          return null;
        }
        if (hasControl(body)) {
          errors[0] = "body= must be one line of plain text, without control characters";
          return null;
        }
        break;
      }
      int space = rest.indexOf(' ');
      String word = space < 0 ? rest : rest.substring(0, space);
      rest = space < 0 ? "" : rest.substring(space + 1).strip();
      if (word.startsWith("status=") && statuses == null) {
        statuses = word.substring("status=".length());
        if (!STATUS.matcher(statuses).matches()) {
          errors[0] =
              "status=\""
                  + statuses
                  + "\" is not a list of status codes (200), ranges (200-299) and classes (2xx)"
                  + " joined by commas";
          return null;
        }
        for (String item : statuses.split(",")) {
          int dash = item.indexOf('-');
          String from = dash > 0 ? item.substring(0, dash) : item;
          String to = dash > 0 ? item.substring(dash + 1) : item;
          // Three digits each: text order is number order.
          boolean reversed = from.compareTo(to) > 0;
          String low = reversed ? to : from;
          String high = reversed ? from : to;
          // A valid range like it: 1xx answers are interim, so it starts at 200 at the lowest.
          String like =
              !low.startsWith("1")
                  ? low + "-" + high
                  : high.compareTo("200") > 0 ? "200-" + high : high.equals("200") ? "200" : "2xx";
          if (reversed) {
            // The example is the whole list with this range written the right way round.
            String list = ("," + statuses + ",").replace("," + item + ",", "," + like + ",");
            errors[0] =
                "status=\""
                    + statuses
                    + "\" has the range "
                    + item
                    + ", which no status is in: write the lower code first"
                    + (low.startsWith("1") ? ", from 200 up (1xx answers are interim)" : "")
                    + ", like status="
                    + list.substring(1, list.length() - 1);
            return null;
          }
          if (low.startsWith("1")) {
            // The judge reads the final answer: a 1xx one is interim (100 Continue, 103 Early
            // Hints), and the answer after it decides.
            errors[0] =
                "status=\""
                    + statuses
                    + "\" accepts "
                    + item
                    + ": 1xx answers are interim (100 Continue, 103 Early Hints), never the final"
                    + " one the gate judges; start at 200, like status="
                    + like;
            return null;
          }
        }
      } else if (word.startsWith("status=")) {
        errors[0] = "status= is given twice; join the codes with commas, like status=200,204";
        return null;
      } else {
        errors[0] =
            "unknown option \""
                + word
                + "\" after the URL (known: status=LIST, then body=TEXT last; a URL has no"
                + " spaces)";
        return null;
      }
    }
    return new HttpExpect(statuses, body);
  }

  private static int firstOf(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
