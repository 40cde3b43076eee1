// Over 300 lines: five shell checks with the protocol rules they implement, kept side by side.
package dev.startgate.render;

import java.util.List;

/**
 * Protocol checks for the network gate container (Gates v2): shell functions {@code check_KIND
 * BOUND ARGS...} that return 0 when the service is ready to serve, and otherwise set {@code seen}
 * to one line with what the try saw, in the server's own words where it has any. They use only
 * busybox applets ({@code nc}, {@code timeout}, {@code od}, {@code head}, {@code awk}, ...; curl
 * for HTTPS), need no client binaries and no credentials, and never run longer than BOUND seconds
 * (plus the tools' one-second granularity), but for one more second after a try that got no answer
 * within BOUND ({@code sg_nc_reason}). Each {@link Check} is self-contained: the helper functions
 * it uses ({@code sg_*}) are part of its lines, defined identically in every check, so a script may
 * include any set of checks.
 *
 * <p>busybox {@code nc} comes in two builds: Debian's small one ({@code -f FILE}, no {@code -v},
 * says why a connect failed) and the busybox image's nc 1.10 port ({@code CONFIG_NC_110_COMPAT},
 * which explains a failure only with {@code -vv}). Both half-close the connection (shutdown of the
 * sending side) when their standard input ends, so a server that waits for the client's next
 * message (a password, a command) sees end of file and closes: a try against a ready server takes
 * milliseconds, not the bound. Network errors are explained by {@code sg_nc_reason}: when a try got
 * no answer, it connects once more ({@code nc -e true}, as the TCP check does) to tell a refused
 * connection, a failed name lookup and a hung connect apart.
 */
final class ProtocolChecks {
  private ProtocolChecks() {}

  /**
   * One kind of check: its longest try in seconds and its parts, each a shell function (or a line
   * of set-up) as lines; a part shared by several checks is the same list in each, so a script that
   * includes several checks defines it once.
   */
  record Check(int cap, List<List<String>> parts) {
    /** Every line of every part. */
    List<String> lines() {
      return parts.stream().flatMap(List::stream).toList();
    }
  }

  /**
   * Once per script: {@code v} is {@code -vv} for the nc 1.10 build (which rejects {@code -f}) and
   * empty for Debian's.
   */
  static final List<String> NC_FLAGS =
      List.of("v=; timeout 2 nc -f /dev/null </dev/null >/dev/null 2>&1 || v=-vv");

  /** {@code hp SCHEME://HOST:PORT}: sets {@code h} (without IPv6 brackets) and {@code p}. */
  static final List<String> HOST_PORT =
      List.of("hp() { h=${1#*://}; p=${h##*:}; h=${h%:*}; h=${h#\\[}; h=${h%\\]}; }");

  /**
   * {@code opts URL[ status=LIST][ body=TEXT]}: sets {@code u} (the URL), {@code s} (the statuses,
   * {@code 2xx} by default) and {@code w} (the body text, verbatim to the end).
   */
  static final List<String> OPTIONS =
      List.of(
          "opts() {",
          "  u=${1%% *} o=\" ${1#* }\" s=2xx w=; case $o in *\" body=\"*) w=${o#* body=} o=${o%% body=*} ;; esac",
          "  case $o in *\" status=\"*) s=${o#* status=} ;; esac",
          "  ob=-; [ -n \"$w\" ] || ob=/dev/null # the body, read only to look for body=",
          "}");

  /**
   * {@code sg_nc_reason BOUND HOST PORT START}: sets {@code seen} for a try that got no answer at
   * all, from one more connect ({@code nc -e true}, as the TCP check makes): refused, no such name,
   * a hung connect. When the try (started at {@code START}, in centiseconds of {@code /proc/uptime}
   * from {@code sg_cs}: whole seconds told a try of a bound of 1 s that crossed a second from one
   * that used it) used up its bound, either the server accepted and said nothing or the connect
   * hung (a full backlog, a dropped SYN): that connect gets one second to tell them apart, so such
   * a try takes its bound and one second.
   */
  static final List<String> NC_HELPERS =
      List.of(
          "sg_cs() { read -r sg_u _ 2>/dev/null </proc/uptime && echo $((${sg_u%.*} * 100 + 1${sg_u#*.} - 100)) || echo $(($(date +%s) * 100)); } # centiseconds",
          "sg_used() { [ $(($(sg_cs) - $2)) -ge $(($1 * 100 - 5)) ]; } # the try begun at $2 (sg_cs) used its bound, $1 s",
          "sg_nc_reason() {",
          "  sg_t=$1 sg_q= # the try used its bound: a connect of a second tells a silent server from a hung connect",
          "  ! sg_used \"$1\" \"$4\" || sg_t=1 sg_q=1",
          "  sg_out=$({ timeout \"$sg_t\" nc $v -w \"$sg_t\" \"$2\" \"$3\" -e true </dev/null 2>&1; } 2>/dev/null)",
          "  case $?:$sg_out in",
          "    0:*) seen=\"connection closed without an answer\"; [ -z \"$sg_q\" ] || seen=\"no answer within ${1}s\" ;;",
          "    124:* | 137:* | 143:*) seen=\"no connection within ${1}s: name lookup or connect hung\" ;;",
          "    *refused*) seen=\"connection refused\" ;;",
          "    *\"bad address\"*) seen=\"no such host\" ;; # the reasons of a TCP target",
          "    *\"timed out\"*) seen=\"connect timed out\"; case $2 in *:*) ;; *[!0-9.]*) seen=\"name lookup or $seen\" ;; esac ;;",
          "    *) seen=$(printf '%s\\n' \"$sg_out\" | head -n 1 | cut -c 1-200)",
          "      [ -n \"$seen\" ] || seen=\"no connection\" ;;",
          "  esac",
          "}");

  /**
   * PostgreSQL ({@code check_postgres BOUND HOST PORT}), ready exactly when libpq's {@code PQping}
   * says {@code PQPING_OK} ("accepting connections", what {@code pg_isready} reports). The rule,
   * from libpq's {@code internal_ping} ({@code fe-connect.c}): an authentication request from the
   * server means up; so does every error response whose SQLSTATE is not {@code 57P03}
   * (cannot_connect_now: "the database system is starting up", "... is shutting down", "... is not
   * accepting connections" on a standby without hot standby, "... is not yet accepting connections"
   * before a consistent recovery state); {@code 57P03} is "rejected", and an answer without a
   * SQLSTATE, or none at all, is "no response".
   *
   * <p>The check sends a protocol 3.0 startup message for user {@code postgres} (the role every
   * installation and the official image create; no database, so the server takes the user name)
   * with {@code application_name=startgate}, then ends its side of the connection and reads the
   * answer (at most 1 KiB) as hex with {@code od}. What the server sends first decides:
   *
   * <ul>
   *   <li>{@code R}, an authentication request (length 8 to 2000, as libpq checks), read whole
   *       (libpq waits for the whole message: a connection that closes before is no response):
   *       ready. The server then waits for a password and reads end of file: Postgres quits such a
   *       connection without logging anything (it is what libpq does when it has no password to
   *       send). Under {@code trust} the login completes and the closed connection is not logged
   *       either.
   *   <li>{@code E}, an error response, read whole as an {@code R} (or to the 1 KiB read): its
   *       fields are read ({@code C} the SQLSTATE, {@code M} the message). SQLSTATE {@code 57P03}
   *       is not ready, with the server's message as the reason; any other five-character SQLSTATE
   *       is ready (the server is up, it only does not like the user, the database, the address or
   *       the number of clients). An {@code E} whose length makes no sense (below 8 or above 30000,
   *       libpq's bound) is a pre-3.0 error: a bare text, which current servers still send when
   *       they cannot fork a backend; no SQLSTATE, so not ready, with that text.
   *   <li>{@code v}, NegotiateProtocolVersion: libpq up to 17 fails the connection on it, and 18
   *       accepts only a downgrade to a lower version than it asked for; the check asks for 3.0,
   *       the lowest, with no options, so a {@code v} is a failed connection without a SQLSTATE:
   *       not ready.
   *   <li>anything else (or an empty answer): not a PostgreSQL server answering, not ready.
   * </ul>
   *
   * <p>An {@code R} or {@code E} cut off before its five-byte header is whole (a type byte, no
   * length) is half an answer, as one cut off later: not ready, with the bytes seen.
   *
   * <p>SSL and GSS encryption are not negotiated: libpq's default ({@code sslmode=prefer}) asks for
   * SSL first, but the server checks whether it can accept connections only after the startup
   * message, encrypted or not, so the answer that decides is the same. A {@code pg_hba.conf} that
   * allows only {@code hostssl} answers the plain startup message with SQLSTATE 28000: up, as
   * {@code PQping} says.
   */
  static final Check POSTGRES =
      new Check(
          3,
          withHelpers(
              List.of(
                  "check_postgres() {",
                  "  hp \"$2\"; set -- \"$1\" \"$h\" \"$p\"",
                  "  pg_t0=$(sg_cs)",
                  "  set -- \"$1\" \"$2\" \"$3\" $({ printf '\\000\\000\\000\\062\\000\\003\\000\\000user\\000postgres\\000application_name\\000startgate\\000\\000' |",
                  "    timeout \"$1\" nc $v \"$2\" \"$3\"; } 2>/dev/null | head -c 1024 | od -An -v -tx1)",
                  "  if [ $# -eq 3 ]; then",
                  "    sg_nc_reason \"$1\" \"$2\" \"$3\" \"$pg_t0\"",
                  "    return 1",
                  "  fi",
                  "  pg_end=\"then the connection closed\"; ! sg_used \"$1\" \"$pg_t0\" || pg_end=\"no more within ${1}s\"",
                  "  shift 3",
                  "  pg_t=$1",
                  "  pg_n=-1",
                  "  [ $# -ge 5 ] && pg_n=$((0x$2$3$4$5))",
                  "  pg_cut=\"half an answer ($# of $((pg_n + 1)) bytes, $pg_end)\"",
                  "  [ $# -gt \"$pg_n\" ] || [ $# -ge 1024 ] && pg_cut=",
                  "  [ $# -ge 5 ] || pg_cut=\"half an answer ($# of at least 5 bytes, $pg_end)\"",
                  "  case $pg_t in",
                  "    52)",
                  "      [ $# -ge 5 ] || { seen=$pg_cut; return 1; }",
                  "      [ \"$pg_n\" -ge 8 ] && [ \"$pg_n\" -le 2000 ] || {",
                  "        seen=\"not a PostgreSQL answer (authentication request of $pg_n bytes)\"; return 1; }",
                  "      [ -z \"$pg_cut\" ] && return 0",
                  "      seen=$pg_cut",
                  "      return 1 ;;",
                  "    45) [ $# -ge 5 ] || { seen=$pg_cut; return 1; } ;;",
                  "    76) seen=\"unexpected protocol version negotiation (asked for 3.0)\"; return 1 ;;",
                  "    *) seen=\"not a PostgreSQL answer (first byte 0x$pg_t)\"; return 1 ;;",
                  "  esac",
                  "  if [ \"$pg_n\" -lt 8 ] || [ \"$pg_n\" -gt 30000 ]; then",
                  "    shift",
                  "    pg_f=4d pg_old=1",
                  "  else",
                  "    [ -z \"$pg_cut\" ] || { seen=$pg_cut; return 1; }",
                  "    shift 5",
                  "    pg_f= pg_old=",
                  "  fi",
                  "  pg_code= pg_msg= pg_s=",
                  "  while [ $# -gt 0 ]; do",
                  "    if [ -z \"$pg_f\" ]; then",
                  "      [ \"$1\" = 00 ] && break",
                  "      pg_f=$1 pg_s=",
                  "    elif [ \"$1\" = 00 ]; then",
                  "      case $pg_f in 43) pg_code=$pg_s ;; 4d) pg_msg=$pg_s; [ -z \"$pg_old\" ] || break ;; esac # pre-3.0: one string",
                  "      pg_f=",
                  "    else",
                  "      pg_o=$((0x$1))",
                  "      pg_s=\"$pg_s\\\\$((pg_o / 64))$((pg_o / 8 % 8))$((pg_o % 8))\"",
                  "    fi",
                  "    shift",
                  "  done",
                  "  [ -n \"$pg_f\" ] && [ \"$pg_f\" = 4d ] && pg_msg=$pg_s",
                  "  pg_code=$(printf \"$pg_code\")",
                  "  pg_msg=$(printf \"$pg_msg\" | tr '\\n\\r\\t' '   ' | sed 's/ *$//' | cut -c 1-200)",
                  "  case $pg_code in",
                  "    57P03) seen=\"$pg_msg (SQLSTATE 57P03)\"; return 1 ;;",
                  "    ?????) return 0 ;;",
                  "  esac",
                  "  seen=\"error without SQLSTATE: ${pg_msg:-none}\"",
                  "  return 1",
                  "}")));

  /**
   * Redis ({@code check_redis BOUND HOST PORT}): sends {@code PING} and {@code CLUSTER INFO} and
   * reads the first line of the answer. {@code +PONG} ending its line ({@code \r\n}: CR and LF are
   * read as {@code \001} and {@code \002}, which no answer's text holds) is ready, one cut short is
   * not, and so is a Redis Cluster node whose {@code CLUSTER INFO} says {@code cluster_state:fail}
   * (a slot not served: every keyed command answers {@code -CLUSTERDOWN}); a server without cluster
   * mode answers that with an error, read as nothing. Ready too are the authentication and
   * permission errors {@code -NOAUTH} and {@code -WRONGPASS} (a password is needed: the server is
   * up) and {@code -NOPERM} (an ACL user without {@code PING}), each as a whole error code (the
   * error's first word: {@code -NOAUTHX}, {@code -NOAUTH-X} are others) with its line ended. An
   * answer whose line does not end is cut short, or half an answer when no more came within the
   * bound, not another server's. Every other error is not ready, with the server's line as the
   * reason: {@code -LOADING} (loading the dataset), {@code -BUSY} (a script or function runs past
   * {@code busy-reply-threshold}), {@code -MASTERDOWN} (a replica with {@code
   * replica-serve-stale-data no} that lost its master), {@code -ERR max number of clients reached},
   * {@code -DENIED} (protected mode): no client gets work done there. Any other answer is not a
   * Redis server (the reason shows its first line without control characters).
   */
  static final Check REDIS =
      new Check(
          3,
          withHelpers(
              List.of(
                  "rd_cr=$(printf '\\001') rd_lf=$(printf '\\002')",
                  "check_redis() {",
                  "  hp \"$2\"; set -- \"$1\" \"$h\" \"$p\"",
                  "  rd_t0=$(sg_cs)",
                  "  rd_all=$({ printf 'PING\\r\\nCLUSTER INFO\\r\\n' | timeout \"$1\" nc $v \"$2\" \"$3\"; } 2>/dev/null |",
                  "    head -c 512 | tr '\\r\\n\\000' '\\001\\002?')",
                  "  rd_line=${rd_all%%\"$rd_lf\"*} rd_cut=\"an answer cut short\"",
                  "  [ \"$rd_line\" != \"$rd_all\" ] || ! sg_used \"$1\" \"$rd_t0\" || rd_cut=\"half an answer within ${1}s\"",
                  "  case $rd_line in",
                  "    \"+PONG$rd_cr\") [ \"$rd_line\" = \"$rd_all\" ] && seen=\"$rd_cut: +PONG\" && return 1",
                  "      case $rd_all in *\"${rd_lf}cluster_state:fail$rd_cr\"*) seen=\"cluster_state:fail: a Redis Cluster that does not serve every hash slot (CLUSTER INFO)\" ;; *) return 0 ;; esac ;;",
                  "    +PONG | +PON | +PO | +P | + ) seen=\"$rd_cut: $rd_line\" ;;",
                  "    -*) rd_w=${rd_line#-}; rd_c=${rd_w%%\"$rd_cr\"*}; rd_c=${rd_c%% *} # an error: its code is its first word, its line must end",
                  "      rd_x=; [ \"$rd_line\" != \"$rd_all\" ] && [ \"${rd_line%\"$rd_cr\"}\" != \"$rd_line\" ] || rd_x=\"$rd_cut: -\"",
                  "      case $rd_x$rd_c in NOAUTH | WRONGPASS | NOPERM) return 0 ;; '') seen=\"an error without a word\" ;; *) seen=$(printf '%s' \"$rd_x$rd_w\" | tr -d '\\001' | cut -c 1-200) ;; esac ;;",
                  "    '') sg_nc_reason \"$1\" \"$2\" \"$3\" \"$rd_t0\" ;;",
                  "    *) seen=\"not a Redis answer: $(printf '%s' \"$rd_line\" | tr -d '\\000-\\037\\177' | cut -c 1-60)\" ;;",
                  "  esac",
                  "  return 1",
                  "}")));

  /**
   * MySQL and MariaDB ({@code check_mysql BOUND HOST PORT}): the server speaks first. The first
   * packet (3-byte little-endian length, sequence number, payload) decides. It must have the
   * sequence number 0, or the answer is not MySQL's (a line of text such as {@code +OK} reads as a
   * huge length and a sequence number of 13), and be whole: one cut short is half an answer, then
   * the connection closed or no more within the bound. Then a payload starting with {@code 0x0a},
   * the initial handshake of protocol 10, is ready when it is at least the 17 bytes every such
   * handshake has (protocol, version and its NUL, connection id, 8 bytes of scramble, filler,
   * capabilities); an error packet ({@code 0xff}, a two-byte error code, an optional {@code #} and
   * SQLSTATE, the message) is not ready, with {@code error CODE: MESSAGE} as the reason (e.g. 1040
   * "Too many connections", 1129 "Host ... is blocked because of many connection errors"); anything
   * else is not a MySQL server. The check sends nothing and closes its side at once, so the server
   * sees a client that left before authenticating (as after a TCP check): MariaDB logs an "Aborted
   * connection" warning at its default {@code log_warnings=2}.
   */
  static final Check MYSQL =
      new Check(
          3,
          withHelpers(
              List.of(
                  "check_mysql() {",
                  "  hp \"$2\"; set -- \"$1\" \"$h\" \"$p\"",
                  "  my_t0=$(sg_cs)",
                  "  set -- \"$1\" \"$2\" \"$3\" $({ timeout \"$1\" nc $v \"$2\" \"$3\" </dev/null; } 2>/dev/null |",
                  "    head -c 1024 | od -An -v -tx1)",
                  "  if [ $# -eq 3 ]; then",
                  "    sg_nc_reason \"$1\" \"$2\" \"$3\" \"$my_t0\"",
                  "    return 1",
                  "  fi",
                  "  my_slow=; ! sg_used \"$1\" \"$my_t0\" || my_slow=\"half an answer ($(($# - 3)) bytes, no more within ${1}s)\"",
                  "  shift 3",
                  "  if [ $# -lt 5 ]; then",
                  "    seen=${my_slow:-\"half an answer ($# of at least 5 bytes, then the connection closed)\"}",
                  "    return 1",
                  "  fi",
                  "  my_n=$((0x$3$2$1)) my_q=$4",
                  "  shift 4",
                  "  [ \"$my_q\" = 00 ] || { seen=\"not a MySQL answer (a first packet numbered 0x$my_q)\"; return 1; }",
                  "  if [ \"$my_n\" -lt 1 ] || [ \"$my_n\" -gt $# ]; then",
                  "    [ -n \"$my_slow\" ] && seen=$my_slow || seen=\"half an answer ($(($# + 4)) of $((my_n + 4)) bytes, then the connection closed)\"; [ $# -lt 1020 ] || seen=\"not a MySQL answer (a first packet of $((my_n + 4)) bytes)\"; [ \"$my_n\" -ge 1 ] || seen=\"not a MySQL answer (an empty first packet)\"",
                  "    return 1",
                  "  fi",
                  "  case $1 in",
                  "    0a) [ \"$my_n\" -ge 17 ] && return 0; seen=\"not a MySQL answer (a handshake of $my_n bytes)\"; return 1 ;;",
                  "    ff) ;;",
                  "    *) seen=\"not a MySQL answer (protocol 0x$1, expected 0x0a)\"; return 1 ;;",
                  "  esac",
                  "  my_code=-1",
                  "  [ $# -ge 3 ] && my_code=$((0x$3$2))",
                  "  shift 3",
                  "  my_n=$((my_n - 3))",
                  "  if [ \"$1\" = 23 ] && [ $# -ge 6 ]; then",
                  "    shift 6",
                  "    my_n=$((my_n - 6))",
                  "  fi",
                  "  my_s=",
                  "  while [ $# -gt 0 ] && [ \"$my_n\" -gt 0 ]; do",
                  "    my_o=$((0x$1))",
                  "    my_s=\"$my_s\\\\$((my_o / 64))$((my_o / 8 % 8))$((my_o % 8))\"",
                  "    my_n=$((my_n - 1))",
                  "    shift",
                  "  done",
                  "  seen=\"error $my_code: $(printf \"$my_s\" | tr '\\n\\r\\t' '   ' | sed 's/ *$//' | cut -c 1-200)\"",
                  "  return 1",
                  "}")));

  /**
   * HTTP and HTTPS expectations. {@code check_http_expect BOUND URL STATUSES BODY} (busybox wget)
   * and {@code check_https_expect BOUND URL STATUSES BODY [CURL_OPTIONS...]} (curl, which verifies
   * the certificate; e.g. {@code --cacert FILE}) follow redirects and judge the final answer.
   * STATUSES is a comma-separated list of codes ({@code 200}), ranges ({@code 200-299}) and classes
   * ({@code 2xx}); empty means {@code 2xx}. BODY, when not empty, must occur in one line of the
   * body (a plain substring, no pattern). The reason names the status seen: {@code HTTP 503,
   * expected 2xx}, {@code HTTP 200, but the body has no "ok"}, or the tool's own error line.
   *
   * <p>{@code sg_http_judge FORMAT STATUSES BODY} reads the tool's output. wget ({@code -q -S -O
   * -}) writes each response's status line and headers indented by two spaces on stderr, an
   * indented empty line after the headers of the answer it reads, then the body on stdout; busybox
   * wget reads no body of an answer that is not 2xx, nor of a 205-299 one (it refuses those), so a
   * body can be expected only with a 200-204 status there (the reason says so). curl writes the
   * body, then the final status through {@code --write-out}. A body cut short has no final line
   * break, so the tool's error that follows it starts within its last line: taken from there.
   */
  static final List<String> HTTP_JUDGE =
      List.of(
          "sg_http_judge() {",
          "  sg_http_want=$3 awk -v fmt=\"$1\" -v list=\"$2\" '",
          "    function accepted(s, n, i, a, r) {",
          "      n = split(list, a, \",\")",
          "      for (i = 1; i <= n; i++) {",
          "        if (a[i] ~ /^[1-5]xx$/) {",
          "          if (substr(s, 1, 1) == substr(a[i], 1, 1)) return 1",
          "        } else if (a[i] ~ /^[0-9]+-[0-9]+$/) {",
          "          split(a[i], r, \"-\")",
          "          if (s + 0 >= r[1] + 0 && s + 0 <= r[2] + 0) return 1",
          "        } else if (s == a[i]) return 1",
          "      }",
          "      return 0",
          "    }",
          "    function line(l, f) {",
          "      if (head && l ~ /^  [Hh][Tt][Tt][Pp]\\/[0-9.]+ +[0-9][0-9][0-9]([^0-9]|$)/) { split(l, f, \" \"); st = substr(f[2], 1, 3); sl = substr(l, 3); loc = \"\"; return }",
          "      if (head && tolower(l) ~ /^  location:[ \\t]*[^ \\t]/) { loc = l; sub(/^  [^:]*:[ \\t]*/, \"\", loc); sub(/[ \\t].*$/, \"\", loc); if (rel == \"\" && st ~ /^3/ && (loc ~ /^\\/\\// || loc !~ /^\\// && loc !~ /:\\/\\//)) rel = loc } # curl follows it (not an empty one)",
          "      if (head && l ~ /^  [^ :]+( |$)/) { st = \"?\"; sl = substr(l, 3, 80); return } # a status line, not HTTP: wget takes its second word as the code",
          "      if (head && l == \"  \") { if (st !~ /^1/ && !(fmt == \"curl\" && st ~ /^3/ && loc)) head = 0; return } # after 1xx (100 Continue), or a redirect curl follows, a head follows",
          "      if (head && l ~ /^  /) return",
          "      head = 0",
          "      if (want != \"\" && index(l, want)) found = 1",
          "    }",
          "    function last(l, i, n, p) { # the error of wget is the last line it writes, maybe after a body cut short on that line",
          "      n = split(length(l) > 8192 ? substr(l, length(l) - 8191) : l, p, \"wget: \"); i = rc == 0 ? 0 : l == \"wget: server returned error: \" sl ? 1 : n > 1 ? length(l) - length(p[n]) - 5 : 0 # its last \"wget: \" after a failure (a body may hold one; in the last 8 KiB: a split of a long line is slow in busybox awk), but for the reason phrase of a status line",
          "      if (i == 1) { err = l; return }",
          "      if (i > 1) { err = substr(l, i); l = substr(l, 1, i - 1) }",
          "      line(l)",
          "    }",
          "    BEGIN { head = 1; want = ENVIRON[\"sg_http_want\"] }",
          "    fmt == \"curl\" && /^startgate-http-status [0-9][0-9][0-9]$/ { st = $2; next }",
          "    /^startgate-exit [0-9]+$/ { rc = $2; if (n == 2 && p2 == \"\") last(p1); else { if (n == 2) line(p1); if (n) last(p2) } n = 0; next }",
          "    fmt == \"curl\" && /^curl: \\([0-9]+\\)/ { if (err == \"\") err = $0; next }",
          "    fmt == \"curl\" && (i = index($0, \"curl: (\")) > 1 { err = substr($0, i); raw = $0; $0 = substr($0, 1, i - 1) } # its error amid the body it cut short, or text of the body (raw: when curl exits 0)",
          "    fmt == \"curl\" && head && $0 == \"\" { if (pend) line(\"  \"); pend = 1; next } # an empty line: the end of the head, or the first of --write-out",
          "    fmt == \"curl\" { if (pend) line(\"  \"); pend = 0; if (head) { sub(/\\r$/, \"\"); $0 = \"  \" $0 } line($0); if (raw != \"\" && !head && want != \"\" && index(raw, want)) whole = 1; raw = \"\"; next } # heads (--dump-header -) as wget indents them",
          "    { if (n == 2) line(p1); p1 = p2; p2 = $0; n += (n < 2) } # two lines behind: the last ones may hold the error of wget",
          "    END {",
          "      if (st == \"?\") { print \"an answer that is not HTTP: \" sl; exit }",
          "      if (fmt == \"curl\" && rc == 1 && st ~ /^3/) { print \"not HTTP \" st \" to a URL that is not https:// (not followed)\"; exit }",
          "      if (fmt == \"wget\" && rel != \"\") { print \"not a redirect to \" rel \", which busybox wget cannot follow (no URL, no absolute path); wait for the URL it leads to\"; exit } # as check_http",
          "      if (st == \"\" || st == \"000\" || (rc != 0 && err != \"wget: server returned error: \" sl)) { print \"no \" (rc ~ /^(124|137|143)$/ || fmt == \"curl\" && rc == 28 ? \"\" : err); exit } # no answer when the bound ended it (curl: its --max-time), whatever the body cut off there holds",
          "      if (fmt == \"curl\" && head) { print \"not HTTP \" st \" cut off in its headers\"; exit } # curl takes it for a whole answer",
          "      if (!accepted(st)) { print \"not HTTP \" st (rc == 0 && st ~ /^30[0-37-8]$/ && (loc == \"\" || fmt == \"curl\") ? \" without a Location to follow\" : \", expected \" list); exit } # a redirect wget takes as done (it refuses 304, 305), curl leaves: as check_http",
          "      if (want == \"\" || found || whole && rc == 0) { print \"ok\"; exit }",
          "      if (fmt == \"wget\" && (st !~ /^2/ || rc != 0)) {",
          "        print \"not HTTP \" st \": wget reads no body of a \" (st ~ /^2/ ? \"205-299\" : \"non-2xx\") \" answer to look for \\\"\" want \"\\\"\"",
          "      } else print \"not HTTP \" st \", but the body has no \\\"\" want \"\\\"\"",
          "    }'",
          "}");

  /** {@code check_http_expect BOUND URL STATUSES BODY}: see {@link #HTTP_JUDGE}. */
  static final Check HTTP_EXPECT =
      new Check(
          5,
          with(
              HTTP_JUDGE,
              List.of(
                  "check_http_expect() {",
                  "  opts \"$2\"",
                  "  he_r=$({ timeout \"$1\" wget -q -S -O \"$ob\" \"$u\" </dev/null 2>&1; printf '\\nstartgate-exit %s\\n' $?; } 2>/dev/null |",
                  "    sg_http_judge wget \"$s\" \"$w\")",
                  "  case $he_r in",
                  "    ok) return 0 ;;",
                  "    '') seen=\"no verdict: the check stopped without one (out of memory? a body on one long line needs memory to match: raise resources.busybox.memory)\" ;;",
                  "    \"no \") seen=\"no answer within ${1}s\" ;;",
                  "    \"no \"*refused*) seen=\"connection refused\" ;; \"no \"*\"bad address\"*) seen=\"no such host\" ;; # as check_http",
                  "    \"no \"*) seen=${he_r#no } ;;",
                  "    *) seen=${he_r#not } ;;",
                  "  esac",
                  "  seen=$(printf '%s\\n' \"$seen\" | head -n 1 | cut -c 1-200)",
                  "  return 1",
                  "}")));

  /**
   * {@code check_https_expect BOUND URL STATUSES BODY [CURL_OPTIONS...]}: see {@link #HTTP_JUDGE}.
   */
  static final Check HTTPS_EXPECT =
      new Check(
          5,
          with(
              HTTP_JUDGE,
              List.of(
                  "check_https_expect() {",
                  "  opts \"$2\"",
                  "  he_r=$({ curl --silent --show-error --location --globoff --proto-redir =https --max-time \"$1\" \\",
                  "    --dump-header - --output \"$ob\" --write-out '\\nstartgate-http-status %{http_code}\\n' \"$u\" </dev/null 2>&1",
                  "    printf 'startgate-exit %s\\n' $?; } | sg_http_judge curl \"$s\" \"$w\")",
                  "  case $he_r in",
                  "    ok) return 0 ;;",
                  "    '') seen=\"no verdict: the check stopped without one (out of memory? a body on one long line needs memory to match: raise resources.curl.memory)\" ;;",
                  "    \"no \" | \"no curl: (28)\"*) seen=\"no answer within ${1}s\" ;;",
                  "    \"no curl: (6)\"*) seen=\"no such host\" ;;",
                  "    \"no curl: (7)\"*) seen=\"connection refused\" ;;",
                  "    \"no curl: (\"*) seen=${he_r#no curl: (*) } ;;",
                  "    \"no \"*) seen=${he_r#no } ;;",
                  "    *) seen=${he_r#not } ;;",
                  "  esac",
                  "  seen=$(printf '%s\\n' \"$seen\" | head -n 1 | cut -c 1-200)",
                  "  return 1",
                  "}")));

  private static List<List<String>> withHelpers(List<String> lines) {
    return List.of(NC_FLAGS, HOST_PORT, NC_HELPERS, lines);
  }

  private static List<List<String>> with(List<String> helpers, List<String> lines) {
    return List.of(OPTIONS, helpers, lines);
  }
}
