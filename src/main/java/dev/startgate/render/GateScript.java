package dev.startgate.render;

/**
 * The POSIX sh loop that network gates run (busybox or the curl image). One script for every
 * network gate; only the check differs. The target and numbers arrive as positional arguments, so
 * nothing the user wrote is ever parsed by the shell.
 *
 * <p>Arguments: {@code $1} target as written, {@code $2} timeout, {@code $3} interval, {@code $4}
 * uptime (seconds), then the check's own arguments. Each try is bounded by the time left (at most
 * {@code cap} seconds), the gate sleeps at most until its deadline, so it gives up within timeout
 * plus one try, and prints one line per try. {@code date +%s} counts whole seconds, so the gate
 * gives up only once the deadline second has passed, never before the timeout, and an uptime counts
 * as reached only when more whole seconds than asked for have passed.
 */
final class GateScript {
  private GateScript() {}

  /** TCP: connected counts as up, also when the server keeps the connection open (killed). */
  static final String TCP =
      script(
          2,
          "timeout \"$bound\" nc -w \"$bound\" \"$1\" \"$2\" </dev/null >/dev/null 2>&1",
          "[ \"$rc\" -eq 0 ] || [ \"$rc\" -eq 124 ] || [ \"$rc\" -eq 143 ]");

  /** HTTP: busybox wget exits 0 for 2xx after following redirects. */
  static final String HTTP =
      script(
          5, "timeout \"$bound\" wget -q -O /dev/null \"$1\" >/dev/null 2>&1", "[ \"$rc\" -eq 0 ]");

  /** HTTPS: curl verifies the certificate; any answer below 400 is up. */
  static final String HTTPS =
      script(
          5,
          "curl --fail --silent --show-error --max-time \"$bound\" -o /dev/null \"$@\" 2>/dev/null",
          "[ \"$rc\" -eq 0 ]");

  private static String script(int cap, String check, String up) {
    return String.join(
        "\n",
        "target=$1 timeout=$2 interval=$3 uptime=$4",
        "shift 4",
        "deadline=$(($(date +%s) + timeout))",
        "since=",
        "try=0",
        "while :; do",
        "  try=$((try + 1))",
        "  bound=$((deadline - $(date +%s)))",
        "  [ \"$bound\" -gt " + cap + " ] && bound=" + cap,
        "  [ \"$bound\" -lt 1 ] && bound=1",
        "  " + check,
        "  rc=$?",
        "  now=$(date +%s)",
        "  if " + up + "; then",
        "    since=${since:-$now}",
        "    if [ \"$uptime\" -eq 0 ] || [ $((now - since)) -gt \"$uptime\" ]; then",
        "      echo \"startgate: $target is ready (try $try)\"",
        "      exit 0",
        "    fi",
        "    echo \"startgate: try $try: $target is ready, must stay ready for ${uptime}s\"",
        "  else",
        "    since=",
        "    echo \"startgate: try $try: $target is not ready yet (exit $rc)\"",
        "  fi",
        "  left=$((deadline - now))",
        "  if [ \"$left\" -lt 0 ]; then",
        "    echo \"startgate: timed out after ${timeout}s waiting for $target\"",
        "    exit 1",
        "  fi",
        "  [ \"$left\" -lt \"$interval\" ] && sleep \"$left\" || sleep \"$interval\"",
        "done",
        "");
  }
}
