// Over 300 lines: the Kubernetes gate, one shell program with its jq, kept whole to be read as it
// runs.
package dev.startgate.render;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The script of the {@code startgate-kubernetes} init container, which runs in the kubectl image
 * (Debian's {@code dash} as {@code /bin/sh}, with coreutils and jq): README "How a Kubernetes gate
 * behaves". It is tailored: it holds the jq verdict of only the kinds its targets have.
 *
 * <p>Called as {@code sh -c SCRIPT startgate TIMEOUT INTERVAL UPTIME TARGET...}: one deadline for
 * every target, the seconds between two tries after a kubectl call that ended without a verdict,
 * the seconds every target must stay ready (0: none), then one argument per target: {@code
 * KIND/NAMESPACE/REST} (KIND one of {@code deployment}, {@code statefulset}, {@code daemonset},
 * {@code job}, {@code pods}; REST the name or, for pods, the canonical label selector) or, for a
 * custom resource, {@code TYPE/NAMESPACE/NAME[ RULE]} (TYPE has a dot; NAMESPACE {@code -}:
 * cluster-scoped; RULE the JSON of {@link dev.startgate.intent.ResourceTarget#ruleJson()}, default
 * {@code Ready=True}). An empty NAMESPACE is the pod's own. Arguments are never parsed as code.
 *
 * <p>One mechanism for every kind: {@code kubectl get} once (by name; pods by selector), then
 * {@code kubectl get --watch --output-watch-events -o json} (with a {@code metadata.name} field
 * selector, which {@code resourceNames} authorizes), every object or event fed to one jq program
 * that keeps a map name to verdict and prints the verdict after each. Per kind jq holds a {@code
 * verdict}: kubectl's {@code rollout status} rules ({@code polymorphichelpers/rollout_status.go}),
 * Job Complete or Failed, pods Ready, kstatus for custom resources. kubectl's own {@code rollout
 * status} was not kept: it waits only for rollouts, needs {@code wait --for=create} first when the
 * object is missing, and a Job and pods need the jq watch anyway; one path is shorter and the same
 * rules. One kubectl at a time (that fits the image's memory limit), each call bounded by the time
 * left, a read by 30 seconds at most (a read that hangs says so as its try): every target is read
 * once (Jobs first), so one that failed already ends the gate at once; then the targets not ready
 * are watched in turn, each for five intervals at most while two or more wait, so one that fails
 * later is seen soon too. A watch that prints nothing saw no object (or the API server never
 * answered its list): an object read before and deleted since is not left at the state that read
 * showed. A watch's FIFO is opened for writing, removed and closed once the look ends: a jq that
 * had not opened it yet (a pods/ list already ready) ends instead of waiting for a writer forever.
 * jq runs under {@code timeout} too, with the time left: a whole answer it cannot read before the
 * deadline (thousands of pods on a throttled CPU) ends the try there and says so, as does a jq
 * killed for memory; a watch's jq the deadline cuts ends as the watch does, without a word of its
 * own, but for one still reading the list a pods/ watch starts from, which says so. The pods/
 * list's resourceVersion is read in the background, as a read is, so a TERM ends it.
 */
final class KubernetesGateScript {
  private KubernetesGateScript() {}

  /** What a target argument waits for; each kind brings its own jq verdict. */
  enum Kind {
    DEPLOYMENT,
    STATEFULSET,
    DAEMONSET,
    JOB,
    PODS,
    CUSTOM;

    /** The kind of a target argument ({@code KIND/...}, or a custom {@code TYPE.GROUP/...}). */
    static Kind of(String argument) {
      String word = argument.substring(0, argument.indexOf('/'));
      return word.contains(".") ? CUSTOM : valueOf(word.toUpperCase(java.util.Locale.ROOT));
    }
  }

  /** The script for the target arguments {@code targets}. */
  static String forTargets(List<String> targets) {
    return of(kinds(targets));
  }

  /** The kinds of the target arguments {@code targets}: the script has their verdicts only. */
  static Set<Kind> kinds(List<String> targets) {
    Set<Kind> kinds = EnumSet.noneOf(Kind.class);
    for (String t : targets) {
      kinds.add(Kind.of(t));
    }
    return kinds;
  }

  /** The script with the verdicts of {@code kinds}. */
  static String of(Set<Kind> kinds) {
    StringBuilder jq = new StringBuilder("JQ='");
    if (kinds.contains(Kind.CUSTOM)) {
      jq.append(WHY).append(COND);
    }
    jq.append(SUMMARY);
    for (Kind k : kinds) {
      jq.append(
          switch (k) {
            case DEPLOYMENT -> DEPLOYMENT;
            case STATEFULSET -> STATEFULSET;
            case DAEMONSET -> DAEMONSET;
            case JOB -> JOB;
            case PODS -> PODS;
            case CUSTOM -> CUSTOM;
          });
    }
    String look = LOOK;
    if (kinds.contains(Kind.PODS)) {
      look =
          look.replace(PODS_HOOK, PODS_ARGS)
              .replace(FETCH_HOOK, PODS_FETCH)
              .replace(" e= k=;", " e= k= l=;")
              .replace("$MAIN\" \"$src\"", "$MAIN\" ${l:+\"$f\"} \"$src\"");
    }
    if (kinds.contains(Kind.CUSTOM)) {
      look = look.replace(CUSTOM_HOOK, CUSTOM_ARGS).replace(ERROR_END, FORBIDDEN_HINT);
    }
    return HEAD.replace("@HOME@", AccessObjects.HOME_PATH)
        + jq
        + look.replace(PODS_HOOK, "").replace(CUSTOM_HOOK, "").replace(FETCH_HOOK, "")
        + MAIN;
  }

  private static final String HEAD =
      """
      # startgate Kubernetes gate, README "How a Kubernetes gate behaves": sh -c SCRIPT startgate TIMEOUT INTERVAL UPTIME TARGET...
      [ -w "$HOME" ] || export HOME=@HOME@; f=$HOME/.startgate.$$ start=$(date +%s); end=$((start + $1 + 1)) limit=$1 interval=$2 uptime=$3; shift 3
      say() { sn=${1%% \\{*}; case $sn in *//* | */-/*) sn=${sn%%/*}/${sn#*/*/} ;; esac; printf 'startgate: %s: %s\\n' "$sn" "$2"; }; left() { b=$((end - $(date +%s))); [ "$b" -gt 0 ]; }; trap 'kill $k 2>/dev/null; exit 143' TERM INT # b: seconds left
      hung() { x=$? e=1; case $x in 124 | 137) echo "no answer from the API server within $((b > limit ? limit : b))s" >>"$f.err" ;; esac; } # a read failed (e set): what it printed is not judged, its error is the try's; 124, 137: timeout ended it (the deadline is a second past the timeout: whole seconds)
      slow() { x=$?; case $x in 124) [ -z "$1" ] || return 0; m="did not finish reading the answer within $((b > limit ? limit : b))s: give the gate more CPU (resources.kubectl.cpu)" ;; 137) m="was killed reading the answer (out of memory?): give the gate more memory (resources.kubectl.memory)" ;; *) return "$x" ;; esac
        echo "jq $m" >>"$f.err"; return 3; } # jq runs under timeout with the time left; $1 set: a watch's, which the deadline ends as it ends the watch (124)
      """;

  private static final String WHY =
      """
      def why: [.reason, .message] | map(select(. != null and . != "") | tostring) | join(": ") | if . == "" then . else ": " + . end;
      """;

  private static final String SUMMARY =
      """
      def summary: .[$name] // ["wait", "not found"]; def byname: false;'
      """;

  private static final String COND =
      """
      def conds($t): ($t | ascii_downcase) as $l | [(.status.conditions // [])[]? | select(type == "object" and (.type | strings | ascii_downcase) == $l)];
      def cond($t): conds($t) | first; def on($t): conds($t) | map(select(.status == "True")) | first; # on: any of its kind True
      def gen: if type == "string" then tonumber? // null else . end; # a generation as a number (Argo Rollouts writes a string)
      """;

  private static final String DEPLOYMENT =
      """
      JQ_deployment='def verdict: ({observedGeneration: 0, replicas: 0, updatedReplicas: 0, availableReplicas: 0} + .status) as $s
        | if .metadata.generation > $s.observedGeneration then ["wait", "Waiting for deployment spec update to be observed"]
        elif any(.status.conditions[]?; .reason == "ProgressDeadlineExceeded") then ["failed", "deployment exceeded its progress deadline"]
        elif $s.updatedReplicas < .spec.replicas then ["wait", "\\($s.updatedReplicas) out of \\(.spec.replicas) new replicas have been updated"]
        elif $s.replicas > $s.updatedReplicas then ["wait", "\\($s.replicas - $s.updatedReplicas) old replicas are pending termination"]
        elif $s.availableReplicas < $s.updatedReplicas then ["wait", "\\($s.availableReplicas) of \\($s.updatedReplicas) updated replicas are available"]
        else ["ready"] end;'
      """;

  private static final String STATEFULSET =
      """
      JQ_statefulset='def verdict: ({observedGeneration: 0, readyReplicas: 0, updatedReplicas: 0} + .status) as $s
        | (.spec.updateStrategy // {}) as $u | ($u.rollingUpdate.partition // 0) as $p
        | if ($u.type // "RollingUpdate") != "RollingUpdate" then ["failed", "rollout status is only available for RollingUpdate strategy type"]
        elif $s.observedGeneration == 0 or .metadata.generation > $s.observedGeneration then ["wait", "Waiting for statefulset spec update to be observed"]
        elif $s.readyReplicas < .spec.replicas then ["wait", "Waiting for \\(.spec.replicas - $s.readyReplicas) pods to be ready"]
        elif $u.rollingUpdate != null and .spec.replicas != null and $s.updatedReplicas < .spec.replicas - $p then
          ["wait", "Waiting for partitioned roll out to finish: \\($s.updatedReplicas) out of \\(.spec.replicas - $p) new pods have been updated"]
        elif $u.rollingUpdate == null and $s.updateRevision != $s.currentRevision then
          ["wait", "waiting for statefulset rolling update to complete \\($s.updatedReplicas) pods at revision \\($s.updateRevision)"]
        else ["ready"] end;'
      """;

  private static final String DAEMONSET =
      """
      JQ_daemonset='def verdict: ({observedGeneration: 0, desiredNumberScheduled: 0, updatedNumberScheduled: 0, numberAvailable: 0} + .status) as $s
        | if (.spec.updateStrategy.type // "RollingUpdate") != "RollingUpdate" then ["failed", "rollout status is only available for RollingUpdate strategy type"]
        elif .metadata.generation > $s.observedGeneration then ["wait", "Waiting for daemon set spec update to be observed"]
        elif $s.updatedNumberScheduled < $s.desiredNumberScheduled then ["wait", "\\($s.updatedNumberScheduled) out of \\($s.desiredNumberScheduled) new pods have been updated"]
        elif $s.numberAvailable < $s.desiredNumberScheduled then ["wait", "\\($s.numberAvailable) of \\($s.desiredNumberScheduled) updated pods are available"]
        else ["ready"] end;'
      """;

  private static final String JOB =
      """
      JQ_job='def stuck: [if .spec.suspend == true then "suspended" else empty end, (.status.conditions[]? | select(.type == "FailureTarget" and .status == "True") | "failing: \\(.reason // "FailureTarget")"), if (.status.failed // 0) > 0 then "failed pods: \\(.status.failed)" else empty end] | if . == [] then "" else " (" + join(", ") + ")" end;
        def verdict: stuck as $why | [.status.conditions[]? | select(.status == "True" and (.type == "Complete" or .type == "Failed"))][0]
        | if . == null then ["wait", "neither Complete nor Failed\\($why)"] elif .type == "Complete" then ["ready"] else ["failed", "Job failed\\([.reason, .message] | map(select(. != null and . != "")) | if . == [] then "" else ": " + join(": ") end)"] end;'
      """;

  private static final String PODS =
      """
      JQ_pods='def verdict: if .metadata.deletionTimestamp != null then ["wait", "deleted"] elif any(.status.conditions[]?; .type == "Ready" and .status == "True") then ["ready"] else ["wait"] end;
      def summary: (map(select(.[0] == "ready")) | length) as $r | (map(select(.[1] == "deleted")) | length) as $d | if length == 0 then ["wait", "no pod matches"]
        elif $r == length then ["ready"] else ["wait", "\\($r) of \\(length) pods Ready\\(if $d > 0 then ", \\($d) being deleted" else "" end)"] end;'
      """;

  private static final String CUSTOM =
      """
      JQ_custom='def byname: true; def at($steps): reduce $steps[] as $s (.;
        if ($s | has("key")) then (if type == "object" then .[$s.key] else null end)
        elif ($s | has("index")) then (if type == "array" then .[$s.index] else null end)
        elif type == "array" then [.[] | select(type == "object" and .[$s.where] == $s.is)] | first
        else null end);
      def shown: if type == "string" then . else tojson end;
      def check($c; $g): # $g: a $gen parameter would hide def gen
        if ($c | has("condition")) then cond($c.condition) as $k
          | if $k == null then "no \\($c.condition) condition yet"
            elif ($k.observedGeneration | gen) as $o | $o != null and $g != null and $o < $g then
              "\\($c.condition) condition is about generation \\($k.observedGeneration), not \\($g)"
            elif ($k.status | type) == "string" and ($k.status | ascii_downcase) == ($c.status | ascii_downcase) then empty else "\\($c.condition)=\\($k.status)\\($k | why)" end
        else at($c.steps) as $v
          | if ($c | has("value") | not) then (if $v == null then "\\($c.field) is not set" else empty end)
            elif ($v | type) == "object" or ($v | type) == "array" then "\\($c.field) is \\(if ($v | type) == "object" then "an object" else "a list" end), which neither the gate nor kubectl --for=jsonpath compares with a value; name a field in it"
            elif ($v | type) == "number" and ($v >= 9007199254740992 or $v <= -9007199254740992) then
              "\\($c.field) is a number beyond 2^53, which the gate cannot compare exactly (jq reads it as a double)"
            elif $v != null and ($v | shown) == $c.value then empty
            else "\\($c.field) is \\(if $v == null then "not set" else $v | shown end), not \\($c.value)" end
        end;
      def malformed: .status as $s | ($s.conditions | type) as $t
        | if $t != "null" and $t != "array" then "status.conditions is a\\(if $t == "object" then "n" else "" end) \\($t), not a list"
          elif .metadata.generation != null and ($s | has("observedGeneration") and .observedGeneration == null) then "status.observedGeneration is null"
          else [$s.conditions // [] | to_entries[] | select(.value != null and ((.value | type) != "object" or ([.value | .type, .status, .reason, .message] | any(. != null and type != "string"))))][0]
            | if . == null then null else "status.conditions[\\(.key)] is no condition (\\(.value | tojson | .[0:80]))" end end;
      def verdict: (.metadata.generation | gen) as $gen
        | if .metadata.deletionTimestamp != null then ["wait", "being deleted"]
          elif (.status | type) != "object" or .status == {} then ["wait", "no status yet"]
          elif malformed != null then ["wait", "\\(malformed), which kstatus reads as Unknown"]
          elif (.status.observedGeneration | gen) as $o | $o != null and $gen != null and $o != $gen then
            ["wait", "observedGeneration \\(.status.observedGeneration) of generation \\($gen)"]
          elif on("Stalled") != null then on("Stalled") as $k | ($k.observedGeneration | gen) as $o
            | if $o != null and $gen != null and $o < $gen then ["wait", "Stalled\\($k | why), about generation \\($o), not \\($gen)"]
              else ["failed", "Stalled\\($k | why)"] end
          elif on("Reconciling") != null then ["wait", "Reconciling\\(on("Reconciling") | why)"]
          else . as $o | [($rule | fromjson).checks[] as $c | $o | check($c; $gen)] as $no
            | if $no == [] then ["ready"] else ["wait", ($no | join("; "))] end end;'
      """;

  private static final String PODS_HOOK = "@PODS@\n";
  private static final String PODS_ARGS =
      """
        [ "$kind" != pods ] || set -- pods -l "$name" $nsa
      """;

  /**
   * Pods are watched from a list of their own: a watch replays the pods it lists one event at a
   * time, and the first Ready one would pass the gate before the others were seen. The list seeds
   * jq, and the watch starts at the list's resourceVersion, so no change in between is lost. Both
   * are {@code kubectl get --raw}: kubectl's own list is a List of its making, whose
   * resourceVersion is empty, and its own watch would list again. The same verbs (list, watch).
   */
  private static final String FETCH_HOOK = "@FETCH@\n";

  private static final String PODS_FETCH =
      """
        elif [ "$kind" = pods ]; then src=$f; [ "$b" -le 30 ] || b=30; q=labelSelector=$(jq -rn --arg n "$name" '$n | @uri')
          timeout -k 1 "$b" kubectl get --raw "/api/v1/namespaces/$ns/pods?$q" >"$f" 2>"$f.err" & k=$!; wait $k && mkfifo "$f.w" && { left || b=1
          timeout "$b" jq -r '.metadata.resourceVersion // ""' "$f" >"$f.r" 2>>"$f.err" & k=$!; wait $k 2>/dev/null || slow; } && read -r rv <"$f.r" && q="$q&resourceVersion=$rv" || hung
          [ -n "$e" ] || { l=1 src=$f.w; left || b=1; [ "$b" -le "$slice" ] || b=$slice
            timeout -k 1 "$b" kubectl get --raw "/api/v1/namespaces/$ns/pods?$q&watch=true" >"$f.w" 2>"$f.err" & k=$!; }
      """;

  private static final String CUSTOM_HOOK = "@CUSTOM@\n";
  private static final String CUSTOM_ARGS =
      """
        rule='{"checks":[{"condition":"Ready","status":"True"}]}' fh=; [ "$ns" != - ] || nsa=
        case $kind in *.*) v=$JQ_custom; case $name in *" "*) rule=${name#* } name=${name%% *} ;; esac
          [ -z "$nsa" ] || fh="; if the resource is cluster-scoped, add scope=Cluster to the target or its CRD to startgate's input" ;; esac
      """;

  /**
   * A namespaced custom resource the API server forbids may be cluster-scoped: without its CRD in
   * the input, startgate takes it as namespaced (README "Custom resources") and its Role cannot
   * grant it; the try's error says what to write.
   */
  private static final String ERROR_END = "//')\"; } >\"$f.v\" &";

  private static final String FORBIDDEN_HINT =
      "//' -e \"/(Forbidden)/s/\\$/$fh/\")\"; } >\"$f.v\" &";

  private static final String LOOK =
      """
      MAIN='foreach inputs as $e ({}; if $e.kind != null then (if $e.metadata.name != null then {($e.metadata.name): ($e | verdict)} elif byname then {($name): ["wait", "kubectl read it as a list: it has a field named items"]}
        else $e.items // [] | map({key: .metadata.name, value: verdict}) | from_entries end) elif $e.type == "ERROR" then error($e.object.message) elif $e.type == "BOOKMARK" then . elif $e.type == "DELETED" then del(.[$e.object.metadata.name])
        else .[$e.object.metadata.name] = ($e.object | verdict) end; summary) | "\\(.[0]) \\(.[1] // "" | gsub("\\\\s+"; " "))"'
      # look TARGET [watch]: kubectl get, or watch until a verdict or the deadline; says what it sees when that changes
      look() {
        t=$1 w=$2 kind=${1%%/*} r=${1#*/} e= k=; ns=${r%%/*} name=${r#*/}; eval "v=\\$JQ_${kind%%[!a-z]*}"
        [ -n "$ns" ] || ns=$(cat /var/run/secrets/kubernetes.io/serviceaccount/namespace); nsa=--namespace=$ns
      @CUSTOM@
        set -- "$kind" "$name" $nsa; [ -z "$w" ] || set -- "$kind" --field-selector "metadata.name=$name" $nsa --watch --output-watch-events
      @PODS@
        left || b=1; c=${w:+$slice}; [ "$b" -le "${c:-30}" ] || b=${c:-30}; rm -f "$f.w" "$f.v"; mkfifo "$f.v" # a read: 30s at most
        if [ -z "$w" ]; then src=$f; timeout -k 1 "$b" kubectl get "$@" -o json >"$f" 2>"$f.err" & k=$!; wait $k || hung # wait: a TERM ends it at once
      @FETCH@
        else src=$f.w; mkfifo "$f.w"; timeout -k 1 "$b" kubectl get "$@" -o json >"$f.w" 2>"$f.err" & k=$!; fi
        { [ -z "$e" ] && { left || b=1; timeout "$b" jq -rn --unbuffered --arg rule "$rule" --arg name "$name" "$JQ$v$MAIN" "$src" 2>>"$f.err" || slow "$w"; } && ! grep -qv '^Warning:' "$f.err" || printf 'wait %s\\n' "$(grep -v '^Warning:' "$f.err" | tail -n 1 | sed -e 's/^jq: error (at [^)]*): //' -e 's/^[EFIW][0-9]\\{4\\} [0-9:.]* *[0-9]* [^]]*\\] //')"; } >"$f.v" & # an error (not a server's Warning:) is what the try saw
        g=; while read -r state s; do g=1
          case $state in ready | failed) seen=$s n=$((n + 1)); break ;; esac
          [ "$s" = "$seen" ] || { seen=$s n=$((n + 1)); say "$t" "try $n: not ready ($pre$seen)"; }
        done <"$f.v"
        kill $k $! 2>/dev/null; [ ! -p "$f.w" ] || { exec 3<>"$f.w"; rm -f "$f.w"; exec 3>&-; }; wait; [ -n "$g$e" ] || [ -z "$w" ] || case $seen in "nothing in a watch"* | *"(NotFound)"*) ;; *) [ -n "$l" ] && seen="jq did not finish reading the pod list before the deadline: give the gate more CPU (resources.kubectl.cpu)" || seen="nothing in a watch of $((b > limit ? limit : b))s: no object, or no answer from the API server${seen:+; before it: $seen}"; n=$((n + 1)); say "$t" "try $n: not ready ($seen)" ;; esac; case $state in ready) ;; failed) say "$t" "try $n: failed ($seen)"; eval "seen_$i=\\$seen ok_$i= read_$i="; finish 1 ;; *) return 1 ;; esac
      }
      """;

  private static final String MAIN =
      """
      finish() { # 0: all ready (exit 0); 1: one line per target not ready, with what it last showed (exit 1)
        took=$(($(date +%s) - start)) j=0 bad=0 none=1; shown=$((took > limit ? limit : took)); rm -f "$f" "$f.err" "$f.w" "$f.v" "$f.r"
        [ "$1" = 0 ] && echo "startgate: all $total targets ready after ${took}s" && exit 0
        while [ "$j" -lt "$total" ]; do j=$((j + 1)); eval "[ -n \\"\\$ok_$j\\" ] || none="; done; j=0
        while [ "$j" -lt "$total" ]; do j=$((j + 1)); eval "u=\\$t_$j ok=\\$ok_$j s=\\${seen_$j:-not checked yet} r=\\$read_$j"; [ -z "$r" ] || [ $((took - r)) -le "$interval" ] || s="last read at ${r}s: $s"
          [ -z "$none" ] || { s="ready, but not for ${uptime}s before the deadline" ok=; [ "$uptime" != 0 ] || s="ready, but not read again before the deadline"; } # all ready
          [ -n "$ok" ] || { bad=$((bad + 1)); say "$u" "not ready after ${shown}s ($s)"; }; done
        echo "startgate: $bad of $total targets not ready after ${shown}s"; exit 1; } # the timeout, not the whole seconds counted past it
      n=$#; for t; do case $t in job/*) set -- "$@" "$t" ;; esac; done # Jobs first: a failed Job ends the gate at once
      for t; do case $t in job/*) ;; *) set -- "$@" "$t" ;; esac; done; shift "$n"; total=$# i=0 w= p= again=
      for t; do i=$((i + 1)); eval "t_$i=\\$t"; done
      while :; do i=0 todo=0 sk= nr=0 r0=$(date +%s); [ -z "$p" ] || n0=$(date +%s%N) # a round: read every target not ready yet (then watch each in turn); p set: reads only, timed
        while [ "$i" -lt "$total" ]; do i=$((i + 1)); eval "t=\\$t_$i ok=\\$ok_$i n=\\${try_$i:-0} seen=\\$seen_$i"
          [ -z "$ok" ] || [ -n "$p" ] || { sk=1; continue; }; case $ok$t in 1job/*) continue ;; esac; left || finish 1; pre=$p # p set (uptime, last read): every target but a Job seen Complete (final; its TTL may delete it)
          if ! look "$t" $w; then ok= todo=$((todo + 1)); elif [ -n "$p" ]; then n=$((n - 1)) # no new try
          else ok=1 again=1 nr=$((nr + 1)); say "$t" "ready (try $n, after $(($(date +%s) - start))s)"; [ "$uptime" = 0 ] || say "$t" "ready, must stay ready for ${uptime}s"; fi
          r=$(($(date +%s) - start)); eval "ok_$i=\\$ok try_$i=\\$n seen_$i=\\$seen read_$i=\\$r"
        done; [ -z "$p" ] || rr=$((($(date +%s%N) - n0 + 999999999) / 1000000000)); p=; [ -z "$again" ] || u0=$(date +%s) # u0: when the last of them was ready; rr: whole seconds the last round of reads took
        if [ "$todo" = 0 ]; then # uptime: read all each interval until past; one not ready: wait, start again
          [ "$uptime" -gt 0 ] && d=$((u0 + uptime + 1 - $(date +%s))) && [ "$d" -gt 0 ] || { [ -n "$sk" ] || { [ -n "$w" ] && [ "$nr" -gt 1 ]; } || finish 0
            w= p="no longer ready: "; continue; } # one ready in an earlier round, or before another's watch: read every target again, then end
          left && [ "$b" -ge $((d + ${rr:-1})) ] || finish 1; [ "$d" -le "$interval" ] || d=$interval # the uptime, then a round of reads as long as the last one, before the deadline
          sleep "$d" & k=$!; wait $k; again= w=
          p="no longer ready after $(($(date +%s) - u0))s of ${uptime}s: "; continue
        fi # with two or more not ready, each watch lasts five intervals at most: one that fails is seen soon
        [ -z "$w" ] || [ $(($(date +%s) - r0)) -ge "$interval" ] || { left && sleep $((b < interval ? b : interval)) & k=$!; wait $k; }
        w=watch slice=$((todo > 1 ? interval * 5 : end))
      done
      """;
}
