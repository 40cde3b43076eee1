package dev.startgate.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.startgate.testing.Proc;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/** Loopback servers for gate tests; {@link #close()} stops them all. */
final class LoopbackServers implements AutoCloseable {
  /** Answers one HTTP exchange: sets headers and returns the status to send. */
  interface Answer {
    int of(HttpExchange exchange);
  }

  /** A self-signed certificate for 127.0.0.1 and localhost: its keystore and PEM file. */
  record Tls(Path keystore, Path pem) {}

  private final List<AutoCloseable> open = new CopyOnWriteArrayList<>();

  @Override
  public void close() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
    open.clear();
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /** Remembers {@code c} to close it with the others. */
  <T extends AutoCloseable> T keep(T c) {
    open.add(c);
    return c;
  }

  /**
   * A TCP server on {@code port} after {@code delayMillis}: it accepts every connection and closes
   * it at once, or holds it open without a word when {@code holdOpen} (as Postgres does).
   */
  void tcpLater(int port, long delayMillis, boolean holdOpen) {
    Thread t =
        new Thread(
            () -> {
              try {
                Thread.sleep(delayMillis);
                ServerSocket server = new ServerSocket();
                server.setReuseAddress(true);
                server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                keep(server);
                while (!server.isClosed()) {
                  Socket client = server.accept();
                  if (holdOpen) {
                    keep(client);
                  } else {
                    client.close();
                  }
                }
              } catch (IOException | InterruptedException e) {
                // closed by the test
              }
            });
    t.setDaemon(true);
    t.start();
  }

  /**
   * A loopback listener with backlog 1 that never accepts, its queue filled until a connect times
   * out: from then on Linux drops every SYN, so a connect hangs (a blackholed target).
   */
  int fullBacklog() throws IOException {
    return fullBacklogOn(InetAddress.getLoopbackAddress());
  }

  /** {@link #fullBacklog()} on {@code address} (IPv6's loopback, say). */
  int fullBacklogOn(InetAddress address) throws IOException {
    ServerSocket listener = keep(new ServerSocket(0, 1, address));
    for (int i = 0; i < 64; i++) {
      Socket s = new Socket();
      try {
        s.connect(listener.getLocalSocketAddress(), 300);
        keep(s);
      } catch (java.net.SocketTimeoutException full) {
        s.close();
        return listener.getLocalPort();
      }
    }
    throw new AssertionError("the listen queue never filled up");
  }

  int http(Answer answer) throws IOException {
    return httpOn(0, answer);
  }

  int httpOn(int port, Answer answer) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 8);
    server.createContext("/", exchange -> respond(exchange, answer));
    server.start();
    keep(() -> server.stop(0));
    return server.getAddress().getPort();
  }

  int https(Tls tls, Answer answer) throws Exception {
    char[] password = "changeit".toCharArray();
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (var in = Files.newInputStream(tls.keystore())) {
      ks.load(in, password);
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, password);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(kmf.getKeyManagers(), null, null);
    HttpsServer server =
        HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
    server.setHttpsConfigurator(new HttpsConfigurator(context));
    server.createContext("/", exchange -> respond(exchange, answer));
    server.start();
    keep(() -> server.stop(0));
    return server.getAddress().getPort();
  }

  private static void respond(HttpExchange exchange, Answer answer) throws IOException {
    int code = answer.of(exchange);
    exchange.sendResponseHeaders(code, -1);
    exchange.close();
  }

  /** Redirects {@code /from...} to {@code /to}, answers {@code /to} with {@code status}. */
  static Answer redirectTo(int status) {
    return exchange -> {
      if (exchange.getRequestURI().getPath().startsWith("/from")) {
        exchange.getResponseHeaders().add("Location", "/to");
        return 302;
      }
      return status;
    };
  }

  /** A new self-signed certificate in {@code dir}, made with the JDK's keytool. */
  static Tls selfSigned(Path dir) throws Exception {
    Path keystore = dir.resolve("gate-tls-" + System.nanoTime() + ".p12");
    Proc.Outcome made =
        Proc.run(
            dir,
            "keytool",
            "-genkeypair",
            "-keystore",
            keystore.toString(),
            "-storetype",
            "PKCS12",
            "-storepass",
            "changeit",
            "-keypass",
            "changeit",
            "-alias",
            "gate",
            "-keyalg",
            "RSA",
            "-keysize",
            "2048",
            "-dname",
            "CN=localhost",
            "-ext",
            "SAN=ip:127.0.0.1,dns:localhost",
            "-validity",
            "2");
    assertEquals(0, made.code(), made.err());
    Path pem = keystore.resolveSibling(keystore.getFileName() + ".pem");
    Proc.Outcome exported =
        Proc.run(
            dir,
            "keytool",
            "-exportcert",
            "-rfc",
            "-keystore",
            keystore.toString(),
            "-storepass",
            "changeit",
            "-alias",
            "gate",
            "-file",
            pem.toString());
    assertEquals(0, exported.code(), exported.err());
    return new Tls(keystore, pem);
  }
}
