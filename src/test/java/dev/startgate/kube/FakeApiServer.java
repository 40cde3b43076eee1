package dev.startgate.kube;

import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Headers;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.PemKeyCertOptions;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * A Kubernetes API server for tests, good enough for real kubectl: fabric8's in-memory store
 * ({@link KubernetesCrudDispatcher}) behind a small HTTPS front on 127.0.0.1 that adds what the
 * stock mock lacks. It serves static discovery documents, turns watches into plain chunked HTTP
 * (the mock only upgrades watches to WebSocket, which kubectl does not speak), and logs every
 * request with the bearer token it came with, so a test can hold each request against a Role.
 */
public final class FakeApiServer implements AutoCloseable {
  /** One request as the server saw it. */
  public record Request(
      String token, String method, String path, Map<String, String> query, boolean allowed) {
    /** True for {@code ?watch=true} (or 1). */
    public boolean watch() {
      String w = query.get("watch");
      return "true".equals(w) || "1".equals(w);
    }
  }

  private static final JsonMapper JSON = new JsonMapper();
  private final Vertx vertx = Vertx.vertx();
  private final KubernetesCrudDispatcher store = new KubernetesCrudDispatcher();
  private final List<Request> log = new CopyOnWriteArrayList<>();
  private final Map<String, Predicate<RequestAttributes>> authorizers = new ConcurrentHashMap<>();
  private final List<Consumer<Request>> observers = new CopyOnWriteArrayList<>();
  private final Path dir;
  private final TestCertificate certificate;
  private final HttpServer server;
  private final Discovery discovery;

  /** Starts a server on a free loopback port, with the {@link Discovery#standard()} groups. */
  public FakeApiServer() throws Exception {
    this(Discovery.standard());
  }

  /** Starts a server on a free loopback port that serves {@code discovery}. */
  FakeApiServer(Discovery discovery) throws Exception {
    this.discovery = discovery;
    dir = Files.createTempDirectory("fake-apiserver");
    certificate = TestCertificate.create(dir);
    HttpServerOptions options =
        new HttpServerOptions()
            .setSsl(true)
            .setKeyCertOptions(
                new PemKeyCertOptions()
                    .setCertPath(certificate.certificate().toString())
                    .setKeyPath(certificate.key().toString()));
    server =
        vertx
            .createHttpServer(options)
            .requestHandler(this::handle)
            .listen(0, "127.0.0.1")
            .toCompletionStage()
            .toCompletableFuture()
            .get(30, TimeUnit.SECONDS);
  }

  /** {@code https://127.0.0.1:PORT}. */
  public String url() {
    return "https://127.0.0.1:" + server.actualPort();
  }

  /** The PEM file of the server's self-signed certificate, for a kubeconfig's CA. */
  public Path certificateFile() {
    return certificate.certificate();
  }

  /**
   * Authorizes requests made with {@code token} by {@code allows}; a denied request gets 403
   * Forbidden. Tokens without an authorizer may do anything (the test's own setup).
   */
  public void authorize(String token, Predicate<RequestAttributes> allows) {
    authorizers.put(token, allows);
  }

  /**
   * Calls {@code observer} with each request once it has been served (a watch: once it is open, so
   * a change made after the call reaches it). Runs on the server's thread: do not block.
   */
  void onServed(Consumer<Request> observer) {
    observers.add(observer);
  }

  /**
   * Sends one request to the store from inside the JVM with full rights, as the test's setup does:
   * no process, no TLS, not logged. Watchers see the change as they would see one made over HTTP.
   */
  void apply(String method, String path, String contentType, String json) {
    Headers headers = Headers.builder().add("Content-Type", contentType).build();
    MockResponse response =
        store.dispatch(
            new RecordedRequest(
                method + " " + path + " HTTP/1.1",
                HttpMethod.valueOf(method),
                path,
                headers,
                new io.fabric8.mockwebserver.http.Buffer(json.getBytes(StandardCharsets.UTF_8))));
    if (response.code() >= 300) {
      throw new AssertionError(
          "setup " + method + " " + path + " answered " + response.code() + ": " + json);
    }
  }

  /** Every request so far, in order. */
  public List<Request> requests() {
    return List.copyOf(log);
  }

  /** The requests made with {@code token}. */
  public List<Request> requests(String token) {
    return log.stream().filter(r -> token.equals(r.token())).toList();
  }

  @Override
  public void close() throws Exception {
    server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    Files.delete(certificate.certificate());
    Files.delete(certificate.key());
    Files.delete(dir);
  }

  private void handle(HttpServerRequest req) {
    req.body()
        .onSuccess(
            body -> {
              try {
                serve(req, body.getBytes());
              } catch (RuntimeException e) {
                json(req.response(), 500, status(500, "InternalError", e.toString()));
              }
            });
  }

  private void serve(HttpServerRequest req, byte[] body) {
    String path = req.path();
    Map<String, String> query = query(req.query());
    String auth = req.getHeader("Authorization");
    String token = auth != null && auth.startsWith("Bearer ") ? auth.substring(7) : null;
    Request asked = new Request(token, req.method().name(), path, query, true);
    Predicate<RequestAttributes> authorizer = token == null ? null : authorizers.get(token);
    boolean allowed = authorizer == null || authorizer.test(RequestAttributes.of(asked));
    Request logged = new Request(token, asked.method(), path, query, allowed);
    log.add(logged);
    String accept = req.getHeader("Accept");
    String aggregated =
        accept != null && accept.contains("as=APIGroupDiscoveryList")
            ? discovery.aggregatedDocument(path)
            : null;
    String discovered = discovery.document(path);
    if (!allowed) {
      json(
          req.response(),
          403,
          status(403, "Forbidden", "forbidden: " + RequestAttributes.of(asked)));
    } else if (aggregated != null) {
      req.response()
          .setStatusCode(200)
          .putHeader("Content-Type", Discovery.AGGREGATED_TYPE)
          .end(aggregated);
    } else if (discovered != null) {
      json(req.response(), 200, discovered);
    } else if (path.startsWith("/openapi/") || discovery.isDiscoveryPath(path)) {
      json(req.response(), 404, notFound(path));
    } else if (query.containsKey("labelSelector")
        && LabelQuery.parse(query.get("labelSelector")) == null) {
      json(
          req.response(),
          400,
          status(400, "BadRequest", "unable to parse requirement: " + query.get("labelSelector")));
    } else if (asked.watch()) {
      watch(req, body);
    } else {
      forward(req, body);
    }
    observers.forEach(o -> o.accept(logged));
  }

  private void forward(HttpServerRequest req, byte[] body) {
    Predicate<Map<String, String>> selector = selector(req);
    MockResponse response = store.dispatch(recorded(req, body));
    if (selector == null || response.code() != 200 || response.getBody() == null) {
      reply(req.response(), req.path(), response);
      return;
    }
    JsonNode list =
        JSON.readTree(new String(response.getBody().getBytes(), StandardCharsets.UTF_8));
    if (list.get("items") instanceof ArrayNode items) {
      for (int i = items.size() - 1; i >= 0; i--) {
        if (!selector.test(labels(items.get(i)))) {
          items.remove(i);
        }
      }
    }
    json(req.response(), 200, JSON.writeValueAsString(list));
  }

  /** The request's label selector, applied here: the store would split it at every comma. */
  private static Predicate<Map<String, String>> selector(HttpServerRequest req) {
    String text = query(req.query()).get("labelSelector");
    return text == null ? null : LabelQuery.parse(text);
  }

  private static Map<String, String> labels(JsonNode object) {
    Map<String, String> out = new LinkedHashMap<>();
    JsonNode labels = object.path("metadata").path("labels");
    labels.properties().forEach(e -> out.put(e.getKey(), e.getValue().asString()));
    return out;
  }

  /** Writes the store's answer; an error without a body becomes a Status kubectl understands. */
  private static void reply(HttpServerResponse out, String path, MockResponse response) {
    byte[] bytes = response.getBody() == null ? new byte[0] : response.getBody().getBytes();
    int code = response.code();
    if (bytes.length == 0 && code >= 400) {
      String reason = code == 404 ? "NotFound" : code == 409 ? "AlreadyExists" : "BadRequest";
      json(out, code, status(code, reason, reason + ": " + path));
      return;
    }
    out.setStatusCode(code).putHeader("Content-Type", "application/json");
    out.end(io.vertx.core.buffer.Buffer.buffer(bytes));
  }

  /**
   * Opens the store's watch (a WebSocket listener) on a socket that writes each event as one line
   * of a chunked response, which is what kubectl's watch client reads.
   */
  private void watch(HttpServerRequest req, byte[] body) {
    MockResponse response = store.dispatch(recorded(req, body));
    WebSocketListener listener = response.getWebSocketListener();
    HttpServerResponse out = req.response();
    if (listener == null) {
      reply(out, req.path(), response);
      return;
    }
    out.setStatusCode(200).setChunked(true).putHeader("Content-Type", "application/json");
    out.writeHead();
    RecordedRequest recorded = recorded(req, body);
    Predicate<Map<String, String>> selector = selector(req);
    WebSocket socket =
        new WebSocket() {
          @Override
          public RecordedRequest request() {
            return recorded;
          }

          @Override
          public boolean send(String text) {
            if (selector != null && !selector.test(labels(JSON.readTree(text).path("object")))) {
              return true;
            }
            vertx.runOnContext(v -> out.write(text.endsWith("\n") ? text : text + "\n"));
            return true;
          }

          @Override
          public boolean send(byte[] bytes) {
            return send(new String(bytes, StandardCharsets.UTF_8));
          }

          @Override
          public boolean close(int code, String reason) {
            vertx.runOnContext(v -> out.end());
            return true;
          }
        };
    req.connection().closeHandler(v -> listener.onClosed(socket, 1000, "client gone"));
    listener.onOpen(socket, response);
  }

  private static RecordedRequest recorded(HttpServerRequest req, byte[] body) {
    Headers.Builder headers = Headers.builder();
    req.headers().forEach(e -> headers.add(e.getKey(), e.getValue()));
    String uri = withoutLabelSelector(req.uri());
    return new RecordedRequest(
        req.method().name() + " " + uri + " HTTP/1.1",
        HttpMethod.valueOf(req.method().name()),
        uri,
        headers.build(),
        new io.fabric8.mockwebserver.http.Buffer(body));
  }

  private static String withoutLabelSelector(String uri) {
    int q = uri.indexOf('?');
    if (q < 0) {
      return uri;
    }
    List<String> kept =
        List.of(uri.substring(q + 1).split("&")).stream()
            .filter(p -> !p.startsWith("labelSelector="))
            .toList();
    return uri.substring(0, q) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      out.put(decode(key), decode(value));
    }
    return out;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private static void json(HttpServerResponse out, int code, String body) {
    out.setStatusCode(code).putHeader("Content-Type", "application/json").end(body);
  }

  private static String notFound(String path) {
    return status(404, "NotFound", "the server could not find the requested resource " + path);
  }

  static String status(int code, String reason, String message) {
    return "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"message\":\""
        + message.replace("\\", "\\\\").replace("\"", "\\\"")
        + "\",\"reason\":\""
        + reason
        + "\",\"code\":"
        + code
        + "}";
  }
}
