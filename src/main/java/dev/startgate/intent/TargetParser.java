// Over 300 lines: one grammar per target kind, each rule with its own message.
package dev.startgate.intent;

import dev.startgate.model.Digits;
import dev.startgate.model.Result;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the targets of a {@code startgate.dev/wait-for} annotation. */
public final class TargetParser {
  /** A parsed target or the reason it is invalid. */
  public record Parsed(Target target, String error) {
    static Parsed ok(Target t) {
      return new Parsed(t, null);
    }

    static Parsed bad(String error) {
      return new Parsed(null, error);
    }
  }

  /**
   * Example of a valid value, quoted in error messages: it pastes into any workload (no service/
   * target, which needs its Service in the input; no Kubernetes target, which could name the
   * workload or its own pods, or need a namespace).
   */
  public static final String EXAMPLE = "tcp://postgres:5432, http://api:8080/healthz";

  private static final Pattern SELECTOR_TERM_WITH_PREFIX =
      Pattern.compile("!?[^=!<>()\\s/]+/[^=!<>()\\s]*\\s*(=|!|<|>|\\s(in|notin)\\s?).*");
  private static final Pattern EXISTS_TERM = Pattern.compile("!?[^\\s=!<>(),/]+/[^\\s=!<>(),/]+");
  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://");
  private static final Pattern SCHEME_OR_KIND = Pattern.compile("[a-z]+:.*|[a-z]+/.*");

  private final CrdIndex crds;
  private final ResourceTargetParser resources = new ResourceTargetParser();

  /**
   * Each text parsed so far and what it parsed to: the workloads of one input repeat their targets
   * (10,000 gated Jobs of the bench name 22 distinct ones), and a result depends on the text and
   * the CRDs only. Not safe to share between threads: a parser reads one input, on one thread.
   */
  private final Map<String, Parsed> parsed = new HashMap<>();

  /** A parser for an input without CustomResourceDefinitions. */
  public TargetParser() {
    this(List.of());
  }

  /** A parser that resolves custom-resource kinds and scopes with {@code crds}. */
  public TargetParser(Collection<CrdFacts> crds) {
    this.crds = new CrdIndex(crds);
  }

  /** Longest target accepted: a host name is at most 253 characters, a sane URL far below this. */
  public static final int MAX_LENGTH = 2048;

  private static final List<String> PREFIXES =
      List.of(
          "tcp://",
          "http://",
          "https://",
          "postgres://",
          "redis://",
          "mysql://",
          "service/",
          "deployment/",
          "statefulset/",
          "daemonset/",
          "job/",
          "pods/");

  /**
   * Splits an annotation value into target texts: newlines always separate; a comma separates only
   * where a new target starts, so {@code pods/app=db,tier=cache} stays one target.
   */
  public static List<String> split(String value) {
    List<String> out = new ArrayList<>();
    // split("\n"), not split("\\r?\\n"): a regular expression compiled for every annotation. A
    // CR goes with the line break after it only; the last piece has none.
    String[] pieces = value.split("\n", -1);
    int lines = 0;
    for (String piece : pieces) {
      lines += piece.isBlank() ? 0 : 1;
    }
    for (int i = 0; i < pieces.length; i++) {
      String line =
          i < pieces.length - 1 && pieces[i].endsWith("\r")
              ? pieces[i].substring(0, pieces[i].length() - 1)
              : pieces[i];
      if (line.isBlank()) {
        continue;
      }
      if (lines > 1) {
        // A list of several lines may end each with a comma: the comma and the line break are
        // one separator (tcp://db:5432, then http://api/healthz on the next line: two targets),
        // also after a body= text, which keeps its other commas.
        String end = line.stripTrailing();
        line = end.endsWith(",") ? end.substring(0, end.length() - 1) : line;
      }
      StringBuilder current = null;
      boolean pods = false;
      // Whether current holds " body=" or " status=": read from each piece as it is added (a
      // piece holds no comma, so neither spans two), not from the whole text again for each piece,
      // which took minutes for one long body= text (review EL).
      boolean hasBody = false;
      boolean hasStatus = false;
      int depth = 0;
      String[] items = line.split(",", -1);
      for (int k = 0; k < items.length; k++) {
        String piece = items[k];
        String p = piece.strip();
        boolean body = current != null && !pods && hasBody;
        // An empty item inside a selector or a status list (status=200,,204) is that target's
        // problem: kept in it, so the error names the target, not ",204"; not where a target
        // follows it (status=200,, tcp://b:2: two commas between targets).
        boolean inList =
            current != null
                && p.isEmpty()
                && (pods || hasStatus)
                && k + 1 < items.length
                && !items[k + 1].isBlank()
                && !startsTarget(items[k + 1].strip());
        if (current != null
            && (body
                || inList
                || !(pods
                    ? startsAfterSelector(
                        p, depth, !piece.isEmpty() && Character.isWhitespace(piece.charAt(0)))
                    : startsTarget(p)))) {
          current.append(',').append(piece);
          hasBody |= piece.contains(" body=");
          hasStatus |= piece.contains(" status=");
          depth += parens(piece);
          continue;
        }
        if (current != null) {
          out.add(strip(current.toString()));
        }
        current = new StringBuilder(piece);
        hasBody = piece.contains(" body=");
        hasStatus = piece.contains(" status=");
        pods = p.toLowerCase(java.util.Locale.ROOT).startsWith("pods/");
        depth = parens(piece);
      }
      out.add(strip(current.toString()));
    }
    return out;
  }

  /**
   * {@code s} without white space at its ends, but for U+2028 and U+2029, which {@link
   * String#strip} takes for white space: a target never holds one (its parse names it), and a body=
   * text ends with what was written.
   */
  static String strip(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && blank(s.charAt(from))) {
      from++;
    }
    while (to > from && blank(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  private static boolean blank(char c) {
    return c != 0x2028 && c != 0x2029 && Character.isWhitespace(c);
  }

  /** Opening minus closing parentheses in {@code s}. */
  private static int parens(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += s.charAt(i) == '(' ? 1 : s.charAt(i) == ')' ? -1 : 0;
    }
    return n;
  }

  /**
   * True if {@code piece} starts a new target after a {@code pods/} selector: never within its
   * parentheses ({@code in (a,b)}), and not for a term with an operator whose key has a one-word
   * prefix ({@code team/name=db}), which is a selector term and no target kind. A dotted key
   * without an operator right after the comma ({@code ,app.kubernetes.io/name}) is a selector term;
   * after a space ({@code spaced}: {@code , certificates.cert-manager.io/web-tls}) it is a
   * custom-resource target.
   */
  private static boolean startsAfterSelector(String piece, int depth, boolean spaced) {
    if (depth > 0) {
      return false;
    }
    if (piece.length() > MAX_LENGTH) {
      return startsTarget(piece);
    }
    String lower = piece.toLowerCase(java.util.Locale.ROOT);
    boolean known =
        PREFIXES.stream().anyMatch(lower::startsWith) || SCHEME.matcher(piece).lookingAt();
    if (!known && SELECTOR_TERM_WITH_PREFIX.matcher(piece).matches()) {
      return false;
    }
    if (!known
        && !spaced
        && EXISTS_TERM.matcher(piece).matches()
        && ResourceTargetParser.isResourceTarget(piece)) {
      // ",app.kubernetes.io/name": a label key that must exist, as before custom resources;
      // ", certificates.cert-manager.io/web-tls" (after a space) is a custom-resource target.
      return false;
    }
    return startsTarget(piece);
  }

  private static boolean startsTarget(String s) {
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    for (String p : PREFIXES) {
      if (lower.startsWith(p)) {
        return true;
      }
    }
    return s.isEmpty()
        || SCHEME_OR_KIND.matcher(lower).matches()
        || ResourceTargetParser.isResourceTarget(s);
  }

  /** A valid target of the same kind as {@code text}, for error messages. */
  public static String exampleFor(String text) {
    String t = text.toLowerCase(java.util.Locale.ROOT);
    if (t.startsWith("tcp")) {
      return "tcp://postgres:5432";
    }
    Protocol protocol = Protocol.of(t);
    if (protocol != null) {
      return protocolExample(protocol, text);
    }
    if (t.startsWith("http") && t.contains(" ")) {
      return (t.startsWith("https") ? "https://api:8443" : "http://api:8080")
          + "/healthz status=200,204 body=ok";
    }
    if (t.startsWith("https")) {
      return "https://api:8443/healthz";
    }
    if (t.startsWith("http")) {
      return "http://api:8080/healthz";
    }
    if (t.startsWith("service/")) {
      // The Service written (and its namespace), when its name reads as one: another name would
      // not resolve.
      String[] parts = text.substring(8).split("/", -1);
      String namespace = parts.length > 1 && TargetSyntax.dnsLabel(parts[0]) ? parts[0] + "/" : "";
      String name = parts[Math.min(parts.length, 2) - 1].split(":", -1)[0];
      return "service/" + namespace + (TargetSyntax.dnsLabel(name) ? name : "postgres") + ":5432";
    }
    if (t.startsWith("pods/")) {
      return "pods/" + SelectorParser.EXAMPLE;
    }
    if (ResourceTargetParser.isResourceTarget(text)) {
      return ResourceTargetParser.EXAMPLE;
    }
    for (WorkloadKind k : WorkloadKind.values()) {
      if (t.startsWith(k.prefix() + "/")) {
        return k.prefix() + "/" + (k == WorkloadKind.JOB ? "migrate" : "api");
      }
    }
    return EXAMPLE;
  }

  /** Parses one target. */
  public Parsed parse(String text) {
    Parsed known = parsed.get(text);
    if (known == null) {
      known = parseNew(text);
      parsed.put(text, known);
    }
    return known;
  }

  /**
   * Two targets written as one, with {@code between} them: the separated form as the example when
   * both are targets, else what is wrong with each that is not (the example would fail next).
   */
  private Parsed twoTargets(String between, String first, String second) {
    StringBuilder m =
        new StringBuilder("two targets with ")
            .append(between)
            .append(" between them; separate targets with commas or newlines");
    String firstError = parse(first).error();
    String secondError = parse(second).error();
    if (firstError == null && secondError == null) {
      return Parsed.bad(m.append(", like ").append(first).append(", ").append(second).toString());
    }
    if (firstError != null) {
      m.append("; and ").append(first).append(": ").append(firstError);
    }
    if (secondError != null) {
      m.append("; and ").append(second).append(": ").append(secondError);
    }
    return Parsed.bad(m.toString());
  }

  private Parsed parseNew(String text) {
    if (text.isEmpty()) {
      return Parsed.bad("empty target");
    }
    if (text.length() > MAX_LENGTH) {
      return Parsed.bad("the target is longer than " + MAX_LENGTH + " characters");
    }
    // Before a body= text, which is taken as written (a body may hold any character).
    int body = text.indexOf(" body=");
    for (int i = 0, end = body < 0 ? text.length() : body; i < end; i++) {
      char c = text.charAt(i);
      if (c == 0x85 || c == 0x2028 || c == 0x2029) {
        // A "\u0085" escape, or one kubectl reads as a line break where startgate reads none.
        return Parsed.bad(
            String.format(
                Locale.ROOT,
                "the target holds U+%04X, a line break no target holds; separate targets with"
                    + " commas or newlines, like tcp://db:5432, http://api/x",
                (int) c));
      }
    }
    String next = secondTarget(text);
    if (next != null) {
      return twoTargets(gap(text), text.substring(0, firstSpace(text)), next);
    }
    int semicolon = text.indexOf(';');
    if (semicolon > 0 && SCHEME.matcher(text.substring(semicolon + 1).strip()).lookingAt()) {
      return twoTargets(
          "a semicolon",
          text.substring(0, semicolon).strip(),
          text.substring(semicolon + 1).strip());
    }
    if (ResourceTargetParser.isResourceTarget(text)) {
      return custom(text);
    }
    if (text.startsWith("tcp://")) {
      return tcp(text);
    }
    if (text.startsWith("http://") || text.startsWith("https://")) {
      return http(text);
    }
    Protocol protocol = Protocol.of(text);
    if (protocol != null) {
      String[] error = new String[1];
      Target t =
          NetworkOptions.protocol(
              text, protocol, TargetParser::checkHost, TargetParser::port, error);
      return t == null ? Parsed.bad(error[0]) : Parsed.ok(t);
    }
    Matcher scheme = SCHEME.matcher(text);
    if (scheme.lookingAt()) {
      String alias =
          SchemeAliases.message(
              text, scheme.group(), t -> !t.equals(text) && parse(t).error() == null);
      if (alias != null) {
        return Parsed.bad(alias);
      }
      return Parsed.bad(
          "unknown scheme \""
              + scheme.group()
              + "\" (known: tcp://, http://, https://, postgres://, redis://, mysql://, in lowercase)");
    }
    int slash = text.indexOf('/');
    if (text.startsWith(",")) {
      return Parsed.bad(
          "two commas with nothing between them before \""
              + text.substring(1)
              + "\"; write one comma between targets, or between the codes of a status list"
              + " (http://api:8080/healthz status=200,204)");
    }
    if (slash <= 0) {
      return Parsed.bad("unknown target form \"" + text + "\"");
    }
    String prefix = text.substring(0, slash);
    String rest = text.substring(slash + 1);
    if (prefix.equals("service")) {
      return service(text, rest);
    }
    WorkloadKind kind = WorkloadKind.ofPrefix(prefix);
    if (kind != null || prefix.equals("pods")) {
      // An option of http:// after a word of its own (not after a selector's comma: a label
      // may be named status).
      Matcher option = HTTP_OPTION.matcher(rest);
      if (option.find()) {
        return Parsed.bad(
            "a "
                + prefix
                + " target takes no options, so not "
                + Result.quoted(rest.substring(option.start() + 1))
                + HTTP_OPTIONS_ONLY
                + ", like "
                + prefix
                + "/"
                + rest.substring(0, option.start() + 1).strip());
      }
    }
    if (prefix.equals("pods")) {
      return pods(text, rest);
    }
    int dot = prefix.indexOf('.');
    String group = dot > 0 ? prefix.substring(dot) : "";
    if (kind == null && !group.equals(group.toLowerCase(java.util.Locale.ROOT))) {
      String lower = prefix.substring(0, dot) + group.toLowerCase(java.util.Locale.ROOT);
      return Parsed.bad(
          "API groups are written in lowercase: \""
              + prefix
              + "\" is probably \""
              + lower
              + "\", like "
              + lower
              + "/"
              + rest);
    }
    if (kind == null) {
      return Parsed.bad(
          "unknown target kind \""
              + prefix
              + "\" (known: tcp://, http://, https://, postgres://, redis://, mysql://, service/,"
              + " deployment/, statefulset/, daemonset/, job/, pods/, and RESOURCE.GROUP/ for a"
              + " custom resource, e.g. certificates.cert-manager.io/web-tls)"
              + (dot < 0 ? KindSuggestions.hint(prefix, rest) : ""));
    }
    String[] parts = rest.split("/", -1);
    if (parts.length > 2) {
      return Parsed.bad(
          Result.quoted(text) + " has too many slashes; write KIND/NAME or KIND/NAMESPACE/NAME");
    }
    String namespace = parts.length == 2 ? parts[0] : null;
    String name = parts[parts.length - 1];
    if (namespace != null && !TargetSyntax.dnsLabel(namespace)) {
      return Parsed.bad(
          Result.quoted(namespace) + " is not a valid namespace" + tooLong(namespace, 63));
    }
    if (!TargetSyntax.dnsSubdomain(name)) {
      return Parsed.bad(
          Result.quoted(name) + " is not a valid " + kind.kind() + " name" + tooLong(name, 253));
    }
    return Parsed.ok(new Target.Workload(text, kind, namespace, name));
  }

  /**
   * The targets one item of a list holds: {@link #split} at commas and newlines, and each part at
   * the spaces between targets.
   */
  static List<String> splitItem(String text) {
    List<String> out = new ArrayList<>();
    for (String part : split(text)) {
      String rest = part;
      while (secondTarget(rest) != null) {
        out.add(rest.substring(0, firstSpace(rest)));
        rest = rest.substring(firstSpace(rest)).strip();
      }
      out.add(rest);
    }
    return out;
  }

  /**
   * The word after the first space of {@code text} when it starts a target of its own ({@code
   * tcp://db:5432 tcp://cache:6379}), else null. Options ({@code status=}, {@code condition=}) and
   * set-based selectors ({@code app in (a,b)}) are no targets.
   */
  private static String secondTarget(String text) {
    int space = firstSpace(text);
    // A selector may hold spaces and prefixed label keys (pods/tier=db, app.kubernetes.io/name in
    // (x)); a word that ends in a comma is inside a list.
    if (text.startsWith("pods/") || space == 0 || text.charAt(space - 1) == ',') {
      return null;
    }
    String rest = text.substring(space).strip();
    if (rest.isEmpty()) {
      return null;
    }
    int end = 0;
    while (end < rest.length() && !Character.isWhitespace(rest.charAt(end))) {
      end++;
    }
    String word = rest.substring(0, end);
    int slash = word.indexOf('/');
    if (word.indexOf('=') >= 0 || slash <= 0) {
      return null;
    }
    String prefix = word.substring(0, slash);
    boolean target =
        word.contains("://")
            || prefix.equals("service")
            || prefix.equals("pods")
            || WorkloadKind.ofPrefix(prefix) != null
            || ResourceTargetParser.isResourceTarget(word);
    return target ? word : null;
  }

  /**
   * What stands between the first two targets of {@code text}: "only a space", or the first other
   * white space character there, named (a carriage return left by a CRLF-edited value reads as a
   * space in a message that does not name it).
   */
  private static String gap(String text) {
    for (int i = firstSpace(text); i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        break;
      }
      switch (c) {
        case ' ' -> {}
        case '\t' -> {
          return "a tab";
        }
        case '\r' -> {
          return "a carriage return (\\r, no line break)";
        }
        case 0x0b -> {
          return "a vertical tab";
        }
        case '\f' -> {
          return "a form feed";
        }
        default -> {
          return String.format(Locale.ROOT, "U+%04X", (int) c);
        }
      }
    }
    return "only a space";
  }

  private static int firstSpace(String text) {
    int space = 0;
    while (space < text.length() && !Character.isWhitespace(text.charAt(space))) {
      space++;
    }
    return space;
  }

  /** A {@code RESOURCE.GROUP/NAME} target: a built-in workload or a custom resource. */
  private Parsed custom(String text) {
    ResourceTargetParser.Parsed p = resources.parse(text, crds);
    if (p.error() != null) {
      return Parsed.bad(p.error());
    }
    if (p.builtIn() != null) {
      return Parsed.ok(p.builtIn());
    }
    ResourceTarget r = p.resource();
    String kind = null;
    CrdFacts crd = crds.byPlural(r.group(), r.resource());
    if (crd != null) {
      kind = crd.kind();
    }
    return Parsed.ok(new Target.Custom(r, kind));
  }

  /** {@code status=} or {@code body=} after a blank that follows a word (not a comma). */
  private static final Pattern HTTP_OPTION = Pattern.compile("[^,\\s][ \\t]+(status|body)=");

  /** Why options after a target that takes none are refused. */
  private static final String HTTP_OPTIONS_ONLY =
      " (status= and body= are options of http:// and https:// targets)";

  /** The first space or tab in {@code s}, or -1. */
  private static int firstBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == ' ' || s.charAt(i) == '\t') {
        return i;
      }
    }
    return -1;
  }

  private Parsed tcp(String text) {
    String rest = text.substring("tcp://".length());
    int colon = rest.lastIndexOf(':');
    // An IPv6 address is bracketed: [::1] alone has colons but no port.
    int slash = rest.indexOf('/');
    int space = firstBlank(rest);
    if (space > colon && colon > 0 && (slash < 0 || slash > space)) {
      return Parsed.bad(
          "a tcp target is HOST:PORT only, without "
              + Result.quoted(rest.substring(space))
              + HTTP_OPTIONS_ONLY
              + ", like tcp://postgres:5432");
    }
    if (slash >= 0 && slash > colon && colon > 0) {
      return Parsed.bad(
          "a tcp target is HOST:PORT only, without "
              + Result.quoted(rest.substring(slash))
              + ", like tcp://postgres:5432");
    }
    if (colon < 0 || slash >= 0 || rest.startsWith("[") && colon < rest.indexOf(']')) {
      return Parsed.bad(
          "a tcp target needs a host and a port, like tcp://postgres:5432 or tcp://[::1]:5432");
    }
    String host = rest.substring(0, colon);
    String error = checkHost(host);
    if (error != null) {
      return Parsed.bad(error);
    }
    int port = port(rest.substring(colon + 1));
    if (port < 0) {
      return Parsed.bad(
          "port \"" + rest.substring(colon + 1) + "\" is not a number from 1 to 65535");
    }
    return Parsed.ok(new Target.Tcp(text, host, port));
  }

  private Parsed http(String text) {
    boolean tls = text.startsWith("https://");
    int space = text.indexOf(' ');
    HttpExpect expect = HttpExpect.DEFAULT;
    if (space > 0) {
      String[] error = new String[1];
      expect = NetworkOptions.expect(text.substring(space + 1), error);
      if (expect == null) {
        return Parsed.bad(error[0]);
      }
      if (!NetworkOptions.bodyPossible(expect)) {
        return Parsed.bad(
            "status="
                + expect.statuses()
                + " with body= never passes: a 204, 205 or 304 answer has no body; accept a status"
                + " that has one (status=200 body="
                + expect.body()
                + ")");
      }
      if (!tls && !NetworkOptions.bodyReadable(expect)) {
        return Parsed.bad(
            "status="
                + expect.statuses()
                + " with body= never passes on http://: busybox wget reads the body of a 200-203"
                + " answer only; accept one of those (status=200 body="
                + expect.body()
                + "), or write https:// if the server has TLS (curl reads every body)");
      }
    }
    String rest = text.substring(tls ? 8 : 7, space > 0 ? space : text.length());
    int hash = rest.indexOf('#');
    if (hash >= 0) {
      return Parsed.bad(
          "a fragment (\""
              + rest.substring(hash)
              + "\") is never sent to the server; leave it out: write "
              + text.substring(0, (tls ? 8 : 7) + hash)
              + (space > 0 ? text.substring(space) : ""));
    }
    // The authority ends at the path, or at a query or fragment without one (http://api:8080?x=1).
    int slash = rest.indexOf('/');
    int query = rest.indexOf('?');
    slash = query >= 0 && (slash < 0 || query < slash) ? query : slash;
    String authority = slash < 0 ? rest : rest.substring(0, slash);
    String path = slash < 0 ? "" : rest.substring(slash);
    if (path.startsWith("?")) {
      String head = text.substring(0, (tls ? 8 : 7) + slash);
      return Parsed.bad(
          "a query needs a path before it"
              + (tls ? "" : " (busybox wget reads the host up to the first /)")
              + "; write "
              + head
              + "/"
              + path);
    }
    if (authority.contains("@")) {
      return Parsed.bad(
          "credentials in the URL are not allowed: the pod spec would show them to anyone who can read it");
    }
    int port = 0;
    String host = authority;
    int colon = authority.lastIndexOf(':');
    if (colon >= 0 && !authority.endsWith("]")) {
      host = authority.substring(0, colon);
      port = port(authority.substring(colon + 1));
      if (port < 0) {
        return Parsed.bad(
            "port \"" + authority.substring(colon + 1) + "\" is not a number from 1 to 65535");
      }
    }
    String error = checkHost(host);
    if (error != null) {
      return Parsed.bad(error);
    }
    if (!TargetSyntax.urlPath(path)) {
      return Parsed.bad("path \"" + path + "\" has characters a URL may not contain unencoded");
    }
    return Parsed.ok(new Target.Http(text, tls, host, port, path, expect));
  }

  private Parsed service(String text, String rest) {
    int blank = firstBlank(rest);
    if (blank > 0) {
      return Parsed.bad(
          "a service target is service/[NAMESPACE/]NAME[:PORT] only, without "
              + Result.quoted(rest.substring(blank))
              + HTTP_OPTIONS_ONLY
              + ", like service/db:postgres");
    }
    String[] parts = rest.split("/", -1);
    if (parts.length > 2) {
      return Parsed.bad(
          Result.quoted(text)
              + " has too many slashes; write service/NAME[:PORT] or service/NAMESPACE/NAME[:PORT]");
    }
    String namespace = parts.length == 2 ? parts[0] : null;
    String nameAndPort = parts[parts.length - 1];
    int colon = nameAndPort.indexOf(':');
    String name = colon < 0 ? nameAndPort : nameAndPort.substring(0, colon);
    String port = colon < 0 ? null : nameAndPort.substring(colon + 1);
    if (namespace != null && !TargetSyntax.dnsLabel(namespace)) {
      return Parsed.bad(
          Result.quoted(namespace) + " is not a valid namespace" + tooLong(namespace, 63));
    }
    if (!TargetSyntax.dnsLabel(name)) {
      return Parsed.bad(Result.quoted(name) + " is not a valid Service name" + tooLong(name, 63));
    }
    if (port != null
        && port(port) < 0
        && !(TargetSyntax.portName(port) && !Digits.only(port, 1, Integer.MAX_VALUE))) {
      return Parsed.bad(
          Result.quoted(port) + " is neither a port number from 1 to 65535 nor a port name");
    }
    // A number is the port it stands for (05432 is 5432, as in tcp://): a port name has a letter.
    int number = port == null ? -1 : port(port);
    return Parsed.ok(
        new Target.Service(text, namespace, name, number > 0 ? String.valueOf(number) : port));
  }

  private Parsed pods(String text, String rest) {
    String namespace = null;
    String selector = rest;
    int slash = rest.indexOf('/');
    if (slash > 0 && TargetSyntax.dnsLabel(rest.substring(0, slash))) {
      namespace = rest.substring(0, slash);
      selector = rest.substring(slash + 1);
    }
    if (selector.isBlank()) {
      return Parsed.bad("a pods target needs a label selector, like pods/app=cache");
    }
    SelectorParser.Parsed parsed = SelectorParser.parse(selector);
    if (parsed.error() != null) {
      return Parsed.bad(
          Result.quoted(selector.strip()) + " is not a valid label selector: " + parsed.error());
    }
    return Parsed.ok(new Target.Pods(text, namespace, parsed.text()));
  }

  /** Why a name past Kubernetes' {@code max} characters is not valid (its value is cut), or "". */
  private static String tooLong(String name, int max) {
    return name.length() > max
        ? ": it is " + name.length() + " characters long, and Kubernetes allows " + max
        : "";
  }

  /**
   * A valid target of {@code protocol} for a message about {@code text}: its own host and port when
   * only a path, options or credentials were wrong ({@code postgres://db:5432/app}), so a copy of
   * the example waits for the right server (review EJ); else {@link
   * NetworkOptions#example(Protocol)}.
   */
  private static String protocolExample(Protocol protocol, String text) {
    String scheme = protocol.scheme() + "://";
    if (text.regionMatches(true, 0, scheme, 0, scheme.length())) {
      String rest = text.substring(scheme.length());
      int cut = cutAt(rest);
      rest = cut >= 0 ? rest.substring(0, cut) : rest;
      rest = rest.substring(rest.lastIndexOf('@') + 1);
      int colon = rest.lastIndexOf(':');
      String host = colon >= 0 ? rest.substring(0, colon) : rest;
      String port = colon >= 0 ? rest.substring(colon + 1) : String.valueOf(protocol.defaultPort());
      if (checkHost(host) == null
          && port.matches("[1-9][0-9]{0,4}")
          && Integer.parseInt(port) <= 65535) {
        return scheme + host + ":" + port;
      }
    }
    return NetworkOptions.example(protocol);
  }

  /** Where a path, query, fragment or option begins in {@code rest}, or -1. */
  private static int cutAt(String rest) {
    for (int i = 0; i < rest.length(); i++) {
      if ("/?# ".indexOf(rest.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static String checkHost(String host) {
    if (host.isEmpty()) {
      return "the host is empty";
    }
    if (TargetSyntax.ipv4(host) || TargetSyntax.bracketedIpv6(host)) {
      return null;
    }
    if (host.startsWith("[") && host.indexOf(']') < 0) {
      // The host as split off at the last colon would show a piece of the address.
      return "the IPv6 address has no closing \"]\"; write it in brackets, like [::1] or [fd00::5]";
    }
    if (TargetSyntax.numberParts(host)) {
      // Hex parts too: busybox's resolver reads 0x7f.1 as 127.0.0.1, as it reads 127.1.
      return Result.quoted(host) + " is not a valid IPv4 address";
    }
    if (host.startsWith("[") && host.indexOf('%') >= 0) {
      // A link-local address's zone names an interface of the node, not of the pod.
      return Result.quoted(host)
          + " has a zone (%...), which a gate cannot use: the pod has its own interfaces; use a"
          + " routable address, like [fd00::5], or a host name";
    }
    if (host.startsWith("[")) {
      return Result.quoted(host)
          + " is not a valid IPv6 address; write one like [::1] or [fd00::5]";
    }
    if (host.indexOf(':') >= 0) {
      // An address split at its last colon leaves an address, a piece ending in ':' ("fd00:" of
      // fd00::5) or three groups or more; anything else is a host and a port with more after them.
      return host.contains("::") || host.endsWith(":") || TargetSyntax.hexGroups(host) >= 3
          ? "an IPv6 address goes in brackets, like [::1] or [fd00::5]"
          : Result.quoted(host)
              + " is not a host: a target has one \":\", before its port (an IPv6 address goes"
              + " in brackets: [fd00::5])";
    }
    if (TargetSyntax.hostname(host)) {
      return null;
    }
    int longest = 0;
    for (String label : host.split("\\.")) {
      longest = Math.max(longest, label.length());
    }
    return Result.quoted(host)
        + " is not a valid host name"
        + Suggestions.foreign(host)
        + (host.length() > 253
            ? ": it is " + host.length() + " characters long, and DNS allows 253"
            : longest > 63
                ? ": a part between dots is " + longest + " characters long, and DNS allows 63"
                : "");
  }

  private static int port(String text) {
    if (!Digits.only(text, 1, 5)) {
      return -1;
    }
    int port = Integer.parseInt(text);
    return port >= 1 && port <= 65535 ? port : -1;
  }
}
