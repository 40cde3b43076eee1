package dev.startgate.cli;

/** Thrown after the reason was printed: the mode stops with {@link #code}. */
final class Stop extends Exception {
  private static final long serialVersionUID = 1L;

  /** 2 for a usage error, 1 for input that is not valid. */
  final int code;

  Stop(int code) {
    super(null, null, false, false);
    this.code = code;
  }
}
