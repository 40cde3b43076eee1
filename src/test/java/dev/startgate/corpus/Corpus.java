package dev.startgate.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The real-world corpus (docs/corpus.md): Kubernetes files shipped by packages on the registries
 * this project reaches, at pinned versions. Maven artifacts are copied to {@code target/corpus/} by
 * the build (pom.xml, execution {@code copy-corpus}) and checked here against their SHA-256; an npm
 * package's files are vendored under {@code src/test/resources/corpus/}; a Helm chart is scaffolded
 * and rendered at test time ({@link HelmCharts}).
 */
final class Corpus {
  /** A jar from Maven Central and which of its entries are corpus files. */
  record Jar(String coordinates, String fileName, String sha256, Predicate<String> entries) {}

  static final Path TARGET = Path.of("target/corpus");

  static final List<Jar> JARS =
      List.of(
          new Jar(
              "org.springframework.cloud:spring-cloud-kubernetes-test-support:3.1.3",
              "spring-cloud-kubernetes-test-support-3.1.3.jar",
              "d461eb0bc70b1e5b4ebbb6a617200b6bfc289bc9cb5585951b3e266e82fc1b87",
              name -> name.endsWith(".yaml")),
          new Jar(
              "org.apache.flink:flink-kubernetes-operator-api:1.10.0",
              "flink-kubernetes-operator-api-1.10.0.jar",
              "b1f44814e17514fa8395c61b329a3ee9087123a5bda5b21fe1a495d5182c30b6",
              name -> name.startsWith("META-INF/fabric8/") && name.endsWith(".yml")));

  /** Folders under {@code src/test/resources/corpus/}, each one package's files, vendored. */
  static final Path VENDORED = Path.of("src/test/resources/corpus");

  private Corpus() {}

  /** Every corpus file, sorted by id. */
  static List<CorpusFile> load() throws IOException, InterruptedException {
    List<CorpusFile> out = new ArrayList<>();
    for (Jar jar : JARS) {
      out.addAll(fromJar(jar));
    }
    out.addAll(vendored());
    out.addAll(HelmCharts.render(TARGET.resolve("helm")));
    out.sort((a, b) -> a.id().compareTo(b.id()));
    return Collections.unmodifiableList(out);
  }

  private static List<CorpusFile> fromJar(Jar jar) throws IOException {
    Path file = TARGET.resolve(jar.fileName());
    if (!Files.exists(file)) {
      throw new AssertionError(
          file
              + " is missing: the build copies it (pom.xml, copy-corpus); run mvn test, not an IDE");
    }
    String actual = sha256(Files.readAllBytes(file));
    if (!actual.equals(jar.sha256())) {
      throw new AssertionError(
          file
              + " has SHA-256 "
              + actual
              + ", expected "
              + jar.sha256()
              + " ("
              + jar.coordinates());
    }
    String prefix = jar.fileName().replaceFirst("\\.jar$", "") + "/";
    List<CorpusFile> out = new ArrayList<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry e : Collections.list(zip.entries())) {
        if (!e.isDirectory() && jar.entries().test(e.getName())) {
          try (InputStream in = zip.getInputStream(e)) {
            out.add(new CorpusFile(prefix + e.getName(), jar.coordinates(), in.readAllBytes()));
          }
        }
      }
    }
    return out;
  }

  private static List<CorpusFile> vendored() throws IOException {
    List<CorpusFile> out = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(VENDORED)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(p -> p.toString().matches(".*\\.(ya?ml|json)$"))
              .sorted()
              .toList();
    }
    for (Path p : files) {
      String id = VENDORED.relativize(p).toString().replace('\\', '/');
      out.add(
          new CorpusFile(
              id, "vendored " + id.substring(0, id.indexOf('/')), Files.readAllBytes(p)));
    }
    return out;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
