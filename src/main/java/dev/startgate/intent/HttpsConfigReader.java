package dev.startgate.intent;

import dev.startgate.intent.ConfigInput.Field;
import java.util.regex.Pattern;

/** The {@code https.*} fields: a CA bundle from a ConfigMap for HTTPS gates. */
final class HttpsConfigReader {
  private static final Pattern CONFIG_MAP_NAME =
      Pattern.compile(
          "(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final Pattern CONFIG_MAP_KEY = Pattern.compile("[-._a-zA-Z0-9]{1,253}");

  private HttpsConfigReader() {}

  static HttpsSettings read(ConfigInput in) {
    Field configMap = in.take(ConfigField.HTTPS_CA_CONFIG_MAP);
    Field key = in.take(ConfigField.HTTPS_CA_KEY);
    String name = null;
    if (configMap != null) {
      if (CONFIG_MAP_NAME.matcher(configMap.text()).matches()) {
        name = configMap.text();
      } else {
        in.invalid(
            configMap,
            "not a valid ConfigMap name (a DNS subdomain: lowercase letters, digits, - and .)",
            ConfigField.HTTPS_CA_CONFIG_MAP.example());
      }
    }
    String caKey = HttpsSettings.DEFAULT.caKey();
    if (key != null) {
      if (configMap == null) {
        in.error(
            key,
            "a key needs https.caConfigMap, the ConfigMap that holds it; add "
                + in.written(ConfigField.HTTPS_CA_CONFIG_MAP));
      } else {
        boolean chars = CONFIG_MAP_KEY.matcher(key.text()).matches();
        // Kubernetes refuses . and .. and a key starting with .. (acceptance CS): no ConfigMap
        // holds one, and the volume's item path would climb out of its folder.
        boolean dots = key.text().equals(".") || key.text().startsWith("..");
        if (chars && !dots) {
          caKey = key.text();
        } else {
          in.invalid(
              key,
              chars
                  ? "not a valid ConfigMap key (Kubernetes refuses . and .. and a key starting"
                      + " with ..)"
                  : "not a valid ConfigMap key (letters, digits, -, _ and .)",
              ConfigField.HTTPS_CA_KEY.example());
        }
      }
    }
    return new HttpsSettings(name, caKey);
  }
}
