package dev.startgate.model;

import java.util.Locale;

/** How bad a result is; any error makes the run fail with exit code 1. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** The word used on the wire ({@code error}, {@code warning}, {@code info}). */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
