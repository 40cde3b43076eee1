package dev.startgate.render;

import java.util.List;

/**
 * The shell functions of the Kubernetes gate that wait for a custom resource (README "Custom
 * resources"), POSIX sh for the kubectl image (Debian's dash, coreutils {@code timeout}, {@code jq}
 * 1.6). {@code wait_custom TARGET DEADLINE INTERVAL TYPE NAMESPACE NAME RULE} looks at the object
 * once ({@code kubectl get -o json}), then watches it ({@code kubectl get --watch
 * --output-watch-events -o json} with a name field selector, so {@code resourceNames} covers it)
 * and hands every event to one jq program, each kubectl call bounded by the time left to the
 * DEADLINE (epoch seconds). It returns 0 once ready, 2 at once on {@code Stalled=True} (with the
 * condition's reason and message), 1 at the deadline; the log lines follow the Gates v2 contract.
 * RULE is {@link dev.startgate.intent.ResourceTarget#ruleJson()}, read by jq as JSON, never by the
 * shell. {@code custom_try BOUND TYPE NAMESPACE NAME RULE} is the single look, for the re-check
 * after {@code startgate.dev/uptime}; both set {@code seen} to what the last look saw.
 *
 * <p>The verdict, in order: being deleted, no status, {@code status.observedGeneration} differing
 * from {@code metadata.generation}, {@code Reconciling=True}: not ready; {@code Stalled=True}:
 * failed; then every check of RULE must hold (a named condition with the wanted status and not
 * about an older generation; a field with the wanted printed value, or set).
 */
public final class CustomResourceWait {
  private CustomResourceWait() {}

  /** The functions, one shell line per element. */
  public static final List<String> LINES =
      List.of(
          "# startgate: custom resources (README \"Custom resources\"): the generic kstatus checks, then the named ones.",
          "custom_jq='def cond($t): [(.status.conditions // [])[]? | select(type == \"object\" and .type == $t)] | first;",
          "def why: [.reason, .message] | map(select(. != null and . != \"\") | tostring) | join(\": \") | if . == \"\" then \"\" else \": \" + . end;",
          "def at($steps): reduce $steps[] as $s (.;",
          "  if ($s | has(\"key\")) then (if type == \"object\" then .[$s.key] else null end)",
          "  elif ($s | has(\"index\")) then (if type == \"array\" then .[$s.index] else null end)",
          "  elif type == \"array\" then [.[] | select(type == \"object\" and .[$s.where] == $s.is)] | first",
          "  else null end);",
          "def shown: if type == \"string\" then . else tojson end;",
          "def check($c; $gen):",
          "  if ($c | has(\"condition\")) then",
          "    cond($c.condition) as $k",
          "    | if $k == null then \"no \\($c.condition) condition yet\"",
          "      elif $k.observedGeneration != null and $gen != null and $k.observedGeneration < $gen then",
          "        \"\\($c.condition) condition is about generation \\($k.observedGeneration), not \\($gen)\"",
          "      elif $k.status == $c.status then empty",
          "      else \"\\($c.condition)=\\($k.status)\\($k | why)\" end",
          "  else at($c.steps) as $v",
          "    | if ($c | has(\"value\") | not) then (if $v == null then \"\\($c.field) is not set\" else empty end)",
          "      elif $v != null and ($v | shown) == $c.value then empty",
          "      else \"\\($c.field) is \\(if $v == null then \"not set\" else $v | shown end), not \\($c.value)\" end",
          "  end;",
          "def verdict:",
          "  .metadata.generation as $gen",
          "  | if .metadata.deletionTimestamp != null then [\"wait\", \"being deleted\"]",
          "    elif (.status | type) != \"object\" or .status == {} then [\"wait\", \"no status yet\"]",
          "    elif .status.observedGeneration != null and $gen != null and .status.observedGeneration != $gen then",
          "      [\"wait\", \"observedGeneration \\(.status.observedGeneration) of generation \\($gen)\"]",
          "    elif cond(\"Stalled\").status == \"True\" then [\"failed\", \"Stalled\\(cond(\"Stalled\") | why)\"]",
          "    elif cond(\"Reconciling\").status == \"True\" then [\"wait\", \"Reconciling\\(cond(\"Reconciling\") | why)\"]",
          "    else . as $o | [$rule.checks[] as $c | $o | check($c; $gen)] as $no",
          "      | if $no == [] then [\"ready\", \"\"] else [\"wait\", ($no | join(\"; \"))] end end;",
          "if has(\"object\") and (has(\"kind\") | not) then",
          "  if .type == \"DELETED\" then [\"wait\", \"deleted\"]",
          "  elif .type == \"ERROR\" then [\"wait\", \"watch: \\(.object.message // \"error\")\"]",
          "  elif .type == \"BOOKMARK\" then empty",
          "  else .object | verdict end",
          "else verdict end",
          "| \"\\(.[0])\\t\\(.[1] | gsub(\"[[:cntrl:]]+\"; \" \"))\"'",
          "# custom_try BOUND TYPE NAMESPACE NAME RULE: one look; 0 ready, 1 not yet, 2 failed; sets seen.",
          "custom_try() {",
          "  [ -d \"${cr_dir:-}\" ] || cr_dir=$(mktemp -d \"${TMPDIR:-${HOME:-/tmp}}/startgate.XXXXXX\") || return 1",
          "  _ns=; [ -z \"$3\" ] || _ns=--namespace=$3",
          "  timeout \"$1\" kubectl get \"$2\" \"$4\" $_ns -o json >\"$cr_dir/get\" 2>\"$cr_dir/err\"",
          "  _gr=$?",
          "  if [ \"$_gr\" -eq 0 ]; then",
          "    _v=$(jq -r --argjson rule \"$5\" \"$custom_jq\" <\"$cr_dir/get\" 2>\"$cr_dir/err\") || _v=",
          "  else",
          "    _v=",
          "  fi",
          "  seen=${_v#*\t}",
          "  if [ -z \"$_v\" ]; then",
          "    seen=$(tail -n 1 \"$cr_dir/err\")",
          "    seen=${seen:-kubectl get exit $_gr}",
          "  fi",
          "  case $_v in ready*) return 0 ;; failed*) return 2 ;; *) return 1 ;; esac",
          "}",
          "# wait_custom TARGET DEADLINE INTERVAL TYPE NAMESPACE NAME RULE: 0 ready, 1 deadline, 2 failed.",
          "# Looks once, then watches (no polling) until a verdict or the DEADLINE (epoch seconds).",
          "wait_custom() {",
          "  _t=$1 _start=$(date +%s) _n=0 _rc=1 _last=",
          "  while _left=$(($2 - $(date +%s))) && [ \"$_left\" -gt 0 ]; do",
          "    custom_try \"$_left\" \"$4\" \"$5\" \"$6\" \"$7\"",
          "    _rc=$?",
          "    [ \"$_rc\" -eq 1 ] || break",
          "    [ \"$seen\" = \"$_last\" ] || { _n=$((_n + 1)); _last=$seen; echo \"startgate: $_t: try $_n: not ready ($seen)\"; }",
          "    _left=$(($2 - $(date +%s)))",
          "    [ \"$_left\" -gt 0 ] || break",
          "    rm -f \"$cr_dir/w\" \"$cr_dir/v\" && mkfifo \"$cr_dir/w\" \"$cr_dir/v\" || break",
          "    timeout \"$_left\" kubectl get \"$4\" $_ns --field-selector=\"metadata.name=$6\" --watch \\",
          "      --output-watch-events -o json >\"$cr_dir/w\" 2>\"$cr_dir/err\" &",
          "    _k=$!",
          "    jq --unbuffered -r --argjson rule \"$7\" \"$custom_jq\" <\"$cr_dir/w\" >\"$cr_dir/v\" 2>>\"$cr_dir/err\" &",
          "    _j=$!",
          "    while IFS= read -r _v; do",
          "      seen=${_v#*\t}",
          "      case $_v in ready*) _rc=0; break ;; failed*) _rc=2; break ;; esac",
          "      [ \"$seen\" = \"$_last\" ] || { _n=$((_n + 1)); _last=$seen; echo \"startgate: $_t: try $_n: not ready ($seen)\"; }",
          "    done <\"$cr_dir/v\"",
          "    kill \"$_k\" \"$_j\" 2>/dev/null",
          "    wait \"$_k\" \"$_j\" 2>/dev/null",
          "    [ \"$_rc\" -eq 1 ] || break",
          "    [ ! -s \"$cr_dir/err\" ] || seen=$(tail -n 1 \"$cr_dir/err\")",
          "    _left=$(($2 - $(date +%s)))",
          "    [ \"$_left\" -gt \"$3\" ] || break",
          "    sleep \"$3\"",
          "  done",
          "  rm -rf \"$cr_dir\"",
          "  cr_dir=",
          "  _took=$(($(date +%s) - _start))",
          "  case $_rc in",
          "    0) echo \"startgate: $_t: ready (try $((_n + 1)), after ${_took}s)\" ;;",
          "    2) echo \"startgate: $_t: failed after ${_took}s ($seen)\" ;;",
          "    *) echo \"startgate: $_t: not ready after ${_took}s (${seen:-no answer})\" ;;",
          "  esac",
          "  return \"$_rc\"",
          "}");

  /** {@link #LINES} joined with newlines. */
  public static String script() {
    return String.join("\n", LINES) + "\n";
  }
}
