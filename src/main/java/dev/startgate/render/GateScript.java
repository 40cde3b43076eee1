package dev.startgate.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The POSIX sh scripts that network gates run (busybox or the curl image): one loop for every
 * network gate, and one small {@code check} function per kind of target. The target and numbers
 * arrive as positional arguments, so nothing the user wrote is ever parsed by the shell.
 *
 * <p>Arguments: {@code $1} target as written, {@code $2} timeout, {@code $3} interval, {@code $4}
 * uptime (seconds), then the check's own arguments. Each try is bounded by the time left (at most
 * the check's cap), the gate sleeps at most until its deadline, so it gives up within timeout plus
 * one try, and prints one line per try with what the try saw. {@code date +%s} counts whole
 * seconds, so the gate gives up only once the deadline second has passed, never before the timeout,
 * and an uptime counts as reached only when more whole seconds than asked for have passed.
 *
 * <p>A check is called as {@code check BOUND ARGS...}: it returns 0 when the target is ready and
 * otherwise sets {@code seen} to one line saying what the try saw. It never runs longer than BOUND
 * seconds (plus the tools' one-second granularity).
 */
final class GateScript {
  private GateScript() {}

  /** One kind of check: its longest try in seconds and its shell lines. */
  record Check(int cap, List<String> lines) {}

  /**
   * {@code reason OUTPUT RC}: the first line of a tool's output, or its exit code when it said
   * nothing.
   */
  private static final List<String> REASON =
      List.of(
          "reason() {",
          "  seen=$(printf '%s\\n' \"$1\" | head -n 1 | cut -c 1-200)",
          "  [ -n \"$seen\" ] || seen=\"exit $2\"",
          "}");

  /**
   * TCP ({@code check BOUND HOST PORT}): ready only when the connection was made. busybox nc runs
   * {@code true} with {@code -e} once connected, so exit 0 comes from {@code true} alone: a connect
   * or name lookup that hangs is cut off (by {@code -w} or by {@code timeout}) and exits non-zero,
   * however late either fires. The connection closes at once, also when the server would hold it
   * open. The nc 1.10 build (the busybox image, {@code CONFIG_NC_110_COMPAT}) explains a failure
   * only with {@code -vv}; Debian's small build has no {@code -v} but has {@code -f}. The outer
   * {@code 2>/dev/null} keeps busybox sh's "Terminated" (a try cut off by {@code timeout}) out of
   * the log.
   */
  static final Check TCP_CHECK =
      new Check(
          3,
          List.of(
              "v=",
              "timeout 2 nc -f /dev/null </dev/null >/dev/null 2>&1 || v=-vv",
              "check() {",
              "  w=$(($1 - 1))",
              "  [ \"$w\" -lt 1 ] && w=1",
              "  out=$(timeout \"$1\" nc $v -w \"$w\" \"$2\" \"$3\" -e true </dev/null 2>&1) 2>/dev/null",
              "  rc=$?",
              "  [ \"$rc\" -eq 0 ] && return 0",
              "  case $rc:$out in",
              "    124:* | 137:* | 143:*) seen=\"no connection within ${1}s: name lookup or"
                  + " connect hung\" ;;",
              "    *\"bad address\"*) seen=\"name lookup failed\" ;;",
              "    *refused*) seen=\"connection refused\" ;;",
              "    *\"Connection timed out\"*) seen=\"connect timed out after ${w}s\" ;;",
              "    *\"timed out\"*)",
              "      seen=\"connect timed out after ${w}s\"",
              "      case $2 in *[!0-9.]*) seen=\"name lookup or $seen\" ;; esac ;;",
              "    *) reason \"$out\" \"$rc\" ;;",
              "  esac",
              "  return 1",
              "}"));

  /**
   * HTTP ({@code check BOUND URL}): busybox wget follows redirects and exits 0 only for a final
   * 2xx; otherwise its message names the HTTP status or the network error.
   */
  static final Check HTTP_CHECK =
      new Check(
          5,
          List.of(
              "check() {",
              "  out=$(timeout \"$1\" wget -q -O /dev/null \"$2\" </dev/null 2>&1) 2>/dev/null",
              "  rc=$?",
              "  [ \"$rc\" -eq 0 ] && return 0",
              "  case $rc in",
              "    124 | 137 | 143) seen=\"no answer within ${1}s\" ;;",
              "    *) reason \"$out\" \"$rc\" ;;",
              "  esac",
              "  return 1",
              "}"));

  /**
   * HTTPS ({@code check BOUND [--cacert FILE] URL}): curl verifies the certificate, follows
   * redirects and prints the final status last; only a 2xx is ready. Its one-line error (curl
   * writes it before the status) is the reason.
   */
  static final Check HTTPS_CHECK =
      new Check(
          5,
          List.of(
              "check() {",
              "  b=$1",
              "  shift",
              "  out=$(curl --fail --silent --show-error --location --max-time \"$b\""
                  + " --output /dev/null --write-out 'HTTP %{http_code}' \"$@\" </dev/null 2>&1)",
              "  rc=$?",
              "  case $rc:$out in",
              "    0:*\"HTTP 2\"[0-9][0-9]) return 0 ;;",
              "    0:*) seen=\"HTTP ${out##*HTTP }, not 2xx\" ;;",
              "    *) reason \"$out\" \"$rc\" ;;",
              "  esac",
              "  return 1",
              "}"));

  /** The script of TCP gates. */
  static final String TCP = of(TCP_CHECK);

  /** The script of HTTP gates. */
  static final String HTTP = of(HTTP_CHECK);

  /** The script of HTTPS gates. */
  static final String HTTPS = of(HTTPS_CHECK);

  /** The whole script of a gate that runs {@code check}. */
  static String of(Check check) {
    List<String> lines = new ArrayList<>();
    lines.add("target=$1 timeout=$2 interval=$3 uptime=$4");
    lines.add("shift 4");
    lines.addAll(REASON);
    lines.addAll(check.lines());
    lines.addAll(
        List.of(
            "deadline=$(($(date +%s) + timeout))",
            "since=",
            "try=0",
            "while :; do",
            "  try=$((try + 1))",
            "  bound=$((deadline - $(date +%s)))",
            "  [ \"$bound\" -gt " + check.cap() + " ] && bound=" + check.cap(),
            "  [ \"$bound\" -lt 1 ] && bound=1",
            "  seen=",
            "  check \"$bound\" \"$@\"",
            "  rc=$?",
            "  now=$(date +%s)",
            "  if [ \"$rc\" -eq 0 ]; then",
            "    since=${since:-$now}",
            "    if [ \"$uptime\" -eq 0 ] || [ $((now - since)) -gt \"$uptime\" ]; then",
            "      printf 'startgate: %s is ready (try %s)\\n' \"$target\" \"$try\"",
            "      exit 0",
            "    fi",
            "    seen=\"ready for $((now - since))s of ${uptime}s\"",
            "    printf 'startgate: try %s: %s is ready, must stay ready for %ss\\n' \"$try\""
                + " \"$target\" \"$uptime\"",
            "  else",
            "    since=",
            "    printf 'startgate: try %s: %s is not ready yet (%s)\\n' \"$try\" \"$target\""
                + " \"$seen\"",
            "  fi",
            "  left=$((deadline - now))",
            "  if [ \"$left\" -lt 0 ]; then",
            "    printf 'startgate: timed out after %ss waiting for %s (%s)\\n' \"$timeout\""
                + " \"$target\" \"$seen\"",
            "    exit 1",
            "  fi",
            // In the deadline's own second, wait for the next one rather than spin through tries.
            "  [ \"$left\" -lt 1 ] && left=1",
            "  [ \"$left\" -lt \"$interval\" ] && sleep \"$left\" || sleep \"$interval\"",
            "done",
            ""));
    return String.join("\n", lines);
  }
}
