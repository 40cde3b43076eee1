package dev.startgate.render;

import dev.startgate.plan.Gate;
import dev.startgate.plan.GateGroup;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The POSIX sh script of the network gate containers ({@code startgate-network} in the busybox
 * image, {@code startgate-https} in the curl image), run as {@code sh -c SCRIPT NAME TIMEOUT
 * INTERVAL UPTIME TARGET...}: nothing the user wrote is ever parsed by the shell as code. The
 * script is tailored: it holds only the check functions of the kinds its container waits for
 * ({@link #of}), then the common loop.
 *
 * <p>Every target is waited for in its own background subshell, all under one deadline. A try is
 * bounded by the time left (at most the kind's cap: 5 s for HTTP(S), 3 s otherwise); between tries
 * a target sleeps its interval, never past the second after the deadline, so the last second gets
 * no burst of tries. {@code date +%s} counts whole seconds: a target gives up only once the
 * deadline's second has passed (never before the timeout), and an uptime counts as reached only
 * when more whole seconds than asked for have passed. A watchdog ends any target still running 3 s
 * after the timeout (a try slowed by a tight CPU limit), so the container never outlives its
 * deadline by more than one try bound.
 *
 * <p>A check is {@code check_KIND BOUND TARGET} (KIND the target's scheme; {@code _expect} added
 * for an HTTP(S) target with options after its URL): it returns 0 when the target is ready and
 * otherwise sets {@code seen} to one line saying what the try saw (the server's own words where it
 * gave any) and returns non-zero. It never runs longer than BOUND seconds (plus the tools'
 * one-second granularity) and uses only busybox applets (curl for HTTPS).
 */
final class GateScript {
  private GateScript() {}

  /** The check functions a script may hold, one per kind of network target. */
  enum Kind {
    TCP(List.of(ProtocolChecks.NC_FLAGS, lines(GateScript.WHY), lines(GateScript.CHECK_TCP))),
    HTTP(List.of(lines(GateScript.WHY), lines(GateScript.CHECK_HTTP))),
    HTTP_EXPECT(ProtocolChecks.HTTP_EXPECT.parts()),
    HTTPS(List.of(lines(GateScript.CHECK_HTTPS))),
    HTTPS_EXPECT(ProtocolChecks.HTTPS_EXPECT.parts()),
    POSTGRES(ProtocolChecks.POSTGRES.parts()),
    REDIS(ProtocolChecks.REDIS.parts()),
    MYSQL(ProtocolChecks.MYSQL.parts());

    private final List<List<String>> parts;

    Kind(List<List<String>> parts) {
      this.parts = parts;
    }

    /** The name of its shell function. */
    String function() {
      return "check_" + name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private static final String HEAD =
      """
      # startgate network gate: README.md, "How a network gate behaves". Arguments: TIMEOUT INTERVAL UPTIME TARGET...
      timeout=$1 interval=$2 uptime=$3; shift 3; start=$(date +%s); deadline=$((start + timeout)); trap 'exit 143' TERM INT
      """;

  /** What every check may use: {@code say LINE}, {@code first TEXT [RC]} (its first line). */
  private static final String COMMON =
      """
      say() { printf 'startgate: %s\\n' "$1"; }
      first() { seen=$(printf '%s\\n' "$1" | head -n 1 | cut -c 1-200); seen=${seen:-exit $2}; }
      """;

  /**
   * {@code why RC OUTPUT HUNG [HOST]}: sets {@code seen} from a busybox tool's exit code and
   * message ({@code HUNG} when {@code timeout} cut the try off; a timeout names the lookup too for
   * a HOST name, as Debian's {@code nc -w} bounds both: not for an address, IPv6 ones have a colon)
   * and returns 1. For HTTP the status line's reason phrase is the server's own words. A tool's
   * note is not the reason: busybox wget prints "TLS certificate validation not implemented" before
   * every TLS connection (an http:// URL redirected to https://), then its error.
   */
  private static final String WHY =
      """
      why() {
        case $1:$2 in
          124:* | 137:* | 143:*) seen=$3 ;;
          *"bad address"*) seen="no such host" ;; *refused*) seen="connection refused" ;;
          *"timed out"*) seen="connect timed out"; case $4 in *:*) ;; *[!0-9.]*) seen="name lookup or $seen" ;; esac ;;
          *"returned error: HTTP/"*) first "$2"; seen="HTTP ${seen#*HTTP/* }" ;;
          *) first "$(printf '%s\\n' "$2" | grep -v '^[a-z]*: note: ')" "$1" ;;
        esac; return 1
      }
      """;

  /**
   * TCP: ready only when the connection was made. busybox nc runs {@code true} with {@code -e} once
   * connected, so exit 0 comes from {@code true} alone, and the connection closes at once, also
   * when the server would hold it open. A connect or name lookup that hangs is cut off (by {@code
   * -w} or {@code timeout}) and exits non-zero. The nc 1.10 build (the busybox image) explains a
   * failure only with {@code -vv} ({@code v}, {@link ProtocolChecks#NC_FLAGS}); Debian's small
   * build has no {@code -v} but has {@code -f}. The outer {@code 2>/dev/null} keeps busybox sh's
   * "Terminated" out of the log.
   */
  private static final String CHECK_TCP =
      """
      check_tcp() {
        hp=${2#*://} w=$(($1 - 1)); h=${hp%:*}; h=${h#\\[}; h=${h%\\]}; [ "$w" -lt 1 ] && w=1
        out=$(timeout "$1" nc $v -w "$w" "$h" "${hp##*:}" -e true </dev/null 2>&1) 2>/dev/null || why $? "$out" "no connection within ${1}s: name lookup or connect hung" "$h"
      }
      """;

  /**
   * HTTP: ready on a final 2xx after redirects. busybox wget follows redirects, but exits 0 on a
   * 3xx without a {@code Location} too (not ready) and refuses 205-299 as "server returned error"
   * (ready: a 2xx). {@code -S} prints every answer's status line and headers, indented; sed keeps
   * wget's own lines, drops the headers (an answer may carry hundreds of KB of them: no shell
   * pattern runs over them) and appends the exit code and the last status code, which decide. wget
   * takes any status line's second word as the code ({@code ICY 200 OK}): a status line that is not
   * HTTP's is kept, marked {@code ?}, and is never ready, also when an HTTP one follows it (wget
   * reads a status line without a code as an informational answer, like 100, and goes on); the
   * first one is kept (wget reads the body after one as the next status line).
   */
  private static final String CHECK_HTTP =
      """
      check_http() { out=$({ timeout "$1" wget -q -S -O /dev/null "$2" </dev/null 2>&1; printf '\\nstartgate-exit %s\\n' $?; } 2>/dev/null |
          sed -n -e '/^  [Hh][Tt][Tt][Pp]\\/[0-9.]*  *[0-9][0-9][0-9]/{s/^  [^ ]*  *\\([0-9]*\\).*/\\1/;x;/^?/x;d;}' -e '/^  [Ll][Oo][Cc][Aa][Tt][Ii][Oo][Nn]: *\\/\\//{x;/^3/{x;s/^  [^:]*: *\\([^ ]*\\).*/startgate-relative \\1 /p;d;};x;d;}' -e '/^  [Ll][Oo][Cc][Aa][Tt][Ii][Oo][Nn]: *[^/ ]/{/:\\/\\//!{x;/^3/{x;s/^  [^:]*: *\\([^ ]*\\).*/startgate-relative \\1 /p;d;};x;};d;}' -e '/^  [^ :]*:/d' -e '/^  [^ ]/{s/^  \\(.\\{1,80\\}\\).*/?\\1/;x;/^?/h;d;}' -e '/^  /d;p' -e '${x;s/^/startgate-status /p;}')
        st=${out##*startgate-status } rc=${out##*startgate-exit } out=${out%startgate-exit*}; rc=${rc%%[!0-9]*}; case $st in \\?*) seen="an answer that is not HTTP: ${st#?}"; return 1 ;; esac
        case $out in *"startgate-relative "*) out=${out#*startgate-relative }; seen="a redirect to ${out%% *}, which busybox wget cannot follow (no URL, no absolute path); wait for the URL it leads to"; return 1 ;; esac
        case $rc:$st:$out in 0:3??:*) seen="HTTP $st without a Location to follow"; return 1 ;; 0:[0-9][0-9][0-9]:*) return 0 ;; [!0]*:2??:*"server returned error"*) return 0 ;; esac; why "$rc" "$out" "no answer within ${1}s"; }
      """;

  /**
   * HTTPS: curl verifies the certificate (against {@code CURL_CA_BUNDLE} when a CA bundle is
   * configured), follows redirects and prints the headers it read, then the final status last; only
   * a 2xx whose last head came whole (an empty line ends it; trailers may follow) is ready: curl
   * takes an answer cut off in its headers for a whole one. {@code -g}: brackets in a path are
   * sent, not expanded into several URLs. Otherwise curl's own one-line error is the reason.
   */
  private static final String CHECK_HTTPS =
      """
      check_https() {
        out=$(curl -gsSL --proto-redir =https --max-time "$1" -o /dev/null -D - -w 'HTTP %{http_code}\\n' "$2" </dev/null 2>&1)
        rc=$?; [ -n "$cr" ] || { cr=$(printf '\\r') nl=$(printf '\\nx'); nl=${nl%x}; }; case $rc:${out##*HTTP } in
          0:2??) case ${out##*HTTP/} in *"$nl$cr$nl"* | *"$nl$nl"*) return 0 ;; esac; seen="HTTP ${out##*HTTP } cut off in its headers" ;; # the last head ended
          0:30[0-37-8]) case ${out##*HTTP/} in *"$nl$cr$nl"* | *"$nl$nl"*) seen="HTTP ${out##*HTTP } without a Location to follow" ;; *) seen="HTTP ${out##*HTTP } cut off in its headers" ;; esac ;; # a redirect curl did not follow (no Location, or an empty one): as check_http
          0:*) r=${out##*"$nl"HTTP/}; r=${r%%"$nl"*}; r=${r%"$cr"}; first "HTTP ${r#* }" ;; # the last status line, with its reason phrase
          1:3??) seen="HTTP ${out##*HTTP } to a URL that is not https:// (not followed)" ;;
          6:*) seen="no such host" ;;
          7:*) seen="connection refused" ;;
          28:*) seen="no answer within ${1}s" ;;
          *) out=${out#*curl: (*) }; first "$out" "$rc" ;;
        esac; return 1
      }
      """;

  /**
   * One background loop per target (the check named by its scheme, {@code _expect} when options
   * follow the URL), the watchdog, and the summary. Each loop lowers its own priority first (its
   * PID read from /proc/self/stat, a builtin's redirection): under the container's CPU quota the
   * tries' processes would otherwise share it evenly with the watchdog and the summary, which then
   * ran seconds past the deadline behind a few protocol targets' tries at 50m.
   */
  private static final String LOOP =
      """
      pick() { c=check_${1%%://*} cap=3; case $1 in http*) cap=5 ;; esac; case $1 in *" "*) c=${c}_expect ;; esac; } # sets c, cap
      wait_for() { read -r t _ 2>/dev/null </proc/self/stat && renice -n 19 -p "$t" >/dev/null 2>&1 # tries yield the CPU to the watchdog
        t=$1 try=0 since= seen="no try began before the deadline: the gate had too little CPU"; pick "$t"
        while now=$(date +%s); [ "$now" -le "$deadline" ]; do
          try=$((try + 1)) b=$((deadline - now)); [ "$b" -gt "$cap" ] && b=$cap; [ "$b" -lt 1 ] && b=1
          if "$c" "$b" "$t"; then
            now=$(date +%s); [ -z "$since" ] && since=$now && [ "$uptime" -gt 0 ] && say "$t: ready, must stay ready for ${uptime}s"
            [ "$uptime" -eq 0 ] || [ $((now - since)) -gt "$uptime" ] && say "$t: ready (try $try, after $((now - start))s)" && exit 0
            seen="ready for $((now - since))s of ${uptime}s"; [ "$now" = "$since" ] || say "$t: try $try: $seen"
          else since=; say "$t: try $try: not ready ($seen)"; now=$(date +%s); fi
          left=$((deadline - now + 1)); [ "$left" -gt "$interval" ] && left=$interval; [ "$left" -gt 0 ] && sleep "$left"
        done
        say "$t: not ready after ${timeout}s ($seen)"; exit 1
      }
      n=$#; while :; do # with an uptime and several targets: each read once more when all are done
        pids=; for t in "$@"; do wait_for "$t" & pids="$pids $!"; done
        (sleep $((deadline - $(date +%s) + 3)) && kill $pids) >/dev/null 2>&1 & dog=$!
        bad=0 i=0; for pid in $pids; do i=$((i + 1))
          wait "$pid" 2>/dev/null; rc=$?; [ "$rc" -gt 0 ] && bad=$((bad + 1)) && [ "$rc" -gt 128 ] && eval "t=\\${$i}" && say "$t: not ready after ${timeout}s (cut off at the deadline)"
        done; kill "$dog" 2>/dev/null
        [ "$bad" -eq 0 ] || { say "$bad of $n targets not ready after ${timeout}s"; exit 1; }
        pids=; [ "$uptime" -gt 0 ] && [ "$n" -gt 1 ] && for t in "$@"; do
          (seen=; pick "$t"; b=$((deadline - $(date +%s))); [ "$b" -gt "$cap" ] && b=$cap; [ "$b" -lt 1 ] && b=1; "$c" "$b" "$t" || { say "$t: no longer ready once every target was ($seen)"; exit 1; }) & pids="$pids $!"
        done
        for pid in $pids; do wait "$pid" || bad=$((bad + 1)); done; [ "$bad" -eq 0 ] && say "all $n targets ready after $(($(date +%s) - start))s" && exit 0
        [ "$(date +%s)" -lt "$deadline" ] || { say "$bad of $n targets not ready after ${timeout}s"; exit 1; }
      done
      """;

  /** The whole script for a container that waits for targets of {@code kinds}. */
  static String of(Set<Kind> kinds) {
    return HEAD + functions(kinds) + LOOP;
  }

  /** The functions of {@code kinds} (each shared part once), in the order of {@link Kind}. */
  static String functions(Set<Kind> kinds) {
    Set<List<String>> parts = new LinkedHashSet<>();
    parts.add(lines(COMMON));
    Set<Kind> ordered = EnumSet.noneOf(Kind.class);
    ordered.addAll(kinds);
    for (Kind k : ordered) {
      parts.addAll(k.parts);
    }
    List<String> all = new ArrayList<>();
    parts.forEach(all::addAll);
    return String.join("\n", all) + "\n";
  }

  /** The kinds of the targets of {@code group}: its script has their checks only. */
  static Set<Kind> kinds(GateGroup group) {
    Set<Kind> kinds = EnumSet.noneOf(Kind.class);
    for (Gate g : group.gates()) {
      kinds.add(g.accept(SCRIPT_KIND));
    }
    return kinds;
  }

  /** The check function a network gate's argument calls. */
  private static final Gate.Visitor<Kind> SCRIPT_KIND =
      new Gate.Visitor<>() {
        @Override
        public Kind tcp(Gate.Tcp g) {
          return Kind.TCP;
        }

        @Override
        public Kind http(Gate.Http g) {
          return g.expect().isDefault() ? Kind.HTTP : Kind.HTTP_EXPECT;
        }

        @Override
        public Kind https(Gate.Https g) {
          return g.expect().isDefault() ? Kind.HTTPS : Kind.HTTPS_EXPECT;
        }

        @Override
        public Kind protocol(Gate.Protocol g) {
          return switch (g.protocol()) {
            case POSTGRES -> Kind.POSTGRES;
            case REDIS -> Kind.REDIS;
            case MYSQL -> Kind.MYSQL;
          };
        }

        @Override
        public Kind rollout(Gate.Rollout g) {
          throw notNetwork(g);
        }

        @Override
        public Kind jobComplete(Gate.JobComplete g) {
          throw notNetwork(g);
        }

        @Override
        public Kind podsReady(Gate.PodsReady g) {
          throw notNetwork(g);
        }

        @Override
        public Kind serviceReady(Gate.ServiceReady g) {
          throw notNetwork(g);
        }

        @Override
        public Kind customResource(Gate.CustomResource g) {
          throw notNetwork(g);
        }

        private IllegalStateException notNetwork(Gate g) {
          return new IllegalStateException("planned as a Kubernetes gate: " + g.target());
        }
      };

  private static List<String> lines(String text) {
    return text.lines().toList();
  }
}
