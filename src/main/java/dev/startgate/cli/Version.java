package dev.startgate.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest. */
final class Version implements IVersionProvider {
  static String text() {
    String v = Version.class.getPackage().getImplementationVersion();
    return "startgate " + (v == null ? "dev" : v);
  }

  @Override
  public String[] getVersion() {
    return new String[] {text()};
  }
}
