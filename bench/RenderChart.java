import com.marcnuri.helm.Helm;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders bench/chart with the Helm library inside helm-java (test scope in the pom; never at run
 * time): {@code helm template shop bench/chart --set apps=N}, five objects per app. Run by
 * bench/run.sh with the test classpath:
 *
 * <pre>java -cp CLASSPATH bench/RenderChart.java bench/chart APPS OUT.yaml</pre>
 */
public class RenderChart {
  public static void main(String[] args) throws Exception {
    String rendered =
        new Helm(Path.of(args[0])).template().withName("shop").set("apps", args[1]).call();
    Files.writeString(Path.of(args[2]), rendered);
    System.err.println("Helm " + Helm.version().call().trim() + ": " + args[2]);
  }
}
