package dev.startgate.intent;

/** When a Job runs relative to the deployment it belongs to. */
public enum Phase {
  PRE_DEPLOY("pre-deploy"),
  POST_DEPLOY("post-deploy");

  private final String text;

  Phase(String text) {
    this.text = text;
  }

  /** As written in the annotation. */
  public String text() {
    return text;
  }

  /** The phase written as {@code text}, or null. */
  public static Phase of(String text) {
    for (Phase p : values()) {
      if (p.text.equals(text)) {
        return p;
      }
    }
    return null;
  }
}
