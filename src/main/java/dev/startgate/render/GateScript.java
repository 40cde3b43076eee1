package dev.startgate.render;

import java.util.List;

/**
 * The POSIX sh script of the network gate containers ({@code startgate-network} in the busybox
 * image, {@code startgate-https} in the curl image), run as {@code sh -c SCRIPT NAME TIMEOUT
 * INTERVAL UPTIME TARGET...}: nothing the user wrote is ever parsed by the shell as code.
 *
 * <p>Every target is waited for in its own background subshell, all under one deadline. A try is
 * bounded by the time left (at most the kind's cap: 3 s for TCP, 5 s otherwise); between tries a
 * target sleeps its interval, never past the second after the deadline, so the last second gets no
 * burst of tries. {@code date +%s} counts whole seconds: a target gives up only once the deadline's
 * second has passed (never before the timeout), and an uptime counts as reached only when more
 * whole seconds than asked for have passed. A watchdog ends any target still running 3 s after the
 * timeout (a try slowed by a tight CPU limit), so the container never outlives its deadline by more
 * than one try bound.
 *
 * <p>A check is {@code check_KIND BOUND TARGET}: it returns 0 when the target is ready and
 * otherwise sets {@code seen} to one line saying what the try saw (the server's own words where it
 * gave any) and returns non-zero. It never runs longer than BOUND seconds (plus the tools'
 * one-second granularity) and uses only busybox applets (curl for HTTPS).
 */
final class GateScript {
  private GateScript() {}

  private static final String HEAD =
      """
      # startgate network gate: README.md, "How a network gate behaves". Arguments: TIMEOUT INTERVAL UPTIME TARGET...
      timeout=$1 interval=$2 uptime=$3; shift 3
      start=$(date +%s); deadline=$((start + timeout))
      say() { printf 'startgate: %s\\n' "$1"; }
      first() { seen=$(printf '%s\\n' "$1" | head -n 1 | cut -c 1-200); seen=${seen:-exit $2}; }
      """;

  /**
   * {@code why RC OUTPUT HUNG [HOST]}: sets {@code seen} from a busybox tool's exit code and
   * message ({@code HUNG} when {@code timeout} cut the try off; a timeout names the lookup too for
   * a HOST name, as Debian's {@code nc -w} bounds both) and returns 1. For HTTP the status line's
   * reason phrase is the server's own words.
   */
  static final String WHY =
      """
      why() {
        case $1:$2 in
          124:* | 137:* | 143:*) seen=$3 ;;
          *"bad address"*) seen="no such host" ;;
          *refused*) seen="connection refused" ;;
          *"timed out"*) seen="connect timed out"; case $4 in *[!0-9.:]*) seen="name lookup or $seen" ;; esac ;;
          *"returned error: HTTP/"*) first "$2"; seen="HTTP ${seen#*HTTP/* }" ;;
          *) first "$2" "$1" ;;
        esac; return 1
      }
      """;

  /**
   * TCP: ready only when the connection was made. busybox nc runs {@code true} with {@code -e} once
   * connected, so exit 0 comes from {@code true} alone, and the connection closes at once, also
   * when the server would hold it open. A connect or name lookup that hangs is cut off (by {@code
   * -w} or {@code timeout}) and exits non-zero. The nc 1.10 build (the busybox image) explains a
   * failure only with {@code -vv}; Debian's small build has no {@code -v} but has {@code -f}. The
   * outer {@code 2>/dev/null} keeps busybox sh's "Terminated" out of the log.
   */
  static final String CHECK_TCP =
      """
      v=; timeout 2 nc -f /dev/null </dev/null >/dev/null 2>&1 || v=-vv
      check_tcp() {
        hp=${2#*://} w=$(($1 - 1)); h=${hp%:*}; h=${h#\\[}; [ "$w" -lt 1 ] && w=1
        out=$(timeout "$1" nc $v -w "$w" "${h%\\]}" "${hp##*:}" -e true </dev/null 2>&1) 2>/dev/null ||
          why $? "$out" "no connection within ${1}s: name lookup or connect hung" "$h"
      }
      """;

  /** HTTP: busybox wget follows redirects and exits 0 only for a final 2xx. */
  static final String CHECK_HTTP =
      """
      check_http() {
        out=$(timeout "$1" wget -q -O /dev/null "$2" </dev/null 2>&1) 2>/dev/null || why $? "$out" "no answer within ${1}s"
      }
      """;

  /**
   * HTTPS: curl verifies the certificate (against {@code CURL_CA_BUNDLE} when a CA bundle is
   * configured), follows redirects and prints the final status last; only a 2xx is ready. Otherwise
   * curl's own one-line error is the reason.
   */
  static final String CHECK_HTTPS =
      """
      check_https() {
        out=$(curl -sSL --max-time "$1" -o /dev/null -w '\\nHTTP %{http_code}\\n' "$2" </dev/null 2>&1)
        rc=$?; case $rc:${out##*HTTP } in
          0:2??) return 0 ;;
          0:*) seen="HTTP ${out##*HTTP }" ;;
          6:*) seen="no such host" ;;
          7:*) seen="connection refused" ;;
          28:*) seen="no answer within ${1}s" ;;
          *) out=${out#*curl: (*) }; first "$out" "$rc" ;;
        esac; return 1
      }
      """;

  /** One background loop per target, the watchdog, and the summary. */
  private static final String LOOP =
      """
      wait_for() {
        t=$1 kind=${1%%://*} try=0 since= seen= cap=5; [ "$kind" = tcp ] && cap=3
        while now=$(date +%s); [ "$now" -le "$deadline" ]; do
          try=$((try + 1)) bound=$((deadline - now)); [ "$bound" -gt "$cap" ] && bound=$cap; [ "$bound" -lt 1 ] && bound=1
          if "check_$kind" "$bound" "$t"; then
            now=$(date +%s); [ -z "$since" ] && since=$now && [ "$uptime" -gt 0 ] && say "$t: ready, must stay ready for ${uptime}s"
            [ "$uptime" -eq 0 ] || [ $((now - since)) -gt "$uptime" ] && say "$t: ready (try $try, after $((now - start))s)" && exit 0
            seen="ready for $((now - since))s of ${uptime}s"
          else since=; say "$t: try $try: not ready ($seen)"; now=$(date +%s); fi
          left=$((deadline - now + 1)); [ "$left" -gt "$interval" ] && left=$interval; [ "$left" -gt 0 ] && sleep "$left"
        done
        say "$t: not ready after ${timeout}s ($seen)"; exit 1
      }
      pids=; for t in "$@"; do wait_for "$t" & pids="$pids$! "; done
      (sleep $((timeout + 3)) && kill $pids) >/dev/null 2>&1 & dog=$!
      bad=0; for t in "$@"; do
        pid=${pids%% *} pids=${pids#* }; wait "$pid" 2>/dev/null; rc=$?
        [ "$rc" -gt 0 ] && bad=$((bad + 1)) && [ "$rc" -gt 128 ] && say "$t: not ready after ${timeout}s (cut off at the deadline)"
      done
      kill "$dog" 2>/dev/null
      [ "$bad" -eq 0 ] && say "all $# targets ready after $(($(date +%s) - start))s" && exit 0
      say "$bad of $# targets not ready after ${timeout}s"; exit 1
      """;

  /** The script of {@code startgate-network}: TCP and HTTP targets, busybox applets only. */
  static final String NETWORK = of(List.of(WHY, CHECK_TCP, CHECK_HTTP));

  /** The script of {@code startgate-https}: HTTPS targets, curl and busybox applets. */
  static final String HTTPS = of(List.of(CHECK_HTTPS));

  /** The whole script with {@code checks}. */
  static String of(List<String> checks) {
    return HEAD + String.join("", checks) + LOOP;
  }
}
