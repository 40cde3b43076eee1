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
        in.invalid(configMap, "not a ConfigMap name", "company-ca");
      }
    }
    String caKey = HttpsSettings.DEFAULT.caKey();
    if (key != null) {
      if (configMap == null) {
        in.error(key, "https.caKey needs https.caConfigMap, the ConfigMap that holds the key");
      } else if (CONFIG_MAP_KEY.matcher(key.text()).matches()) {
        caKey = key.text();
      } else {
        in.invalid(key, "not a ConfigMap key", "ca.crt");
      }
    }
    return new HttpsSettings(name, caKey);
  }
}
