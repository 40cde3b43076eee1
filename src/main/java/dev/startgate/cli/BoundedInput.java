package dev.startgate.cli;

import dev.startgate.yaml.YamlLimits;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnmappableCharacterException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The one way every mode reads its input, stdin, files and {@code --config} alike: never more than
 * {@link #LIMIT} bytes into memory, and strict UTF-8.
 */
final class BoundedInput {
  private BoundedInput() {}

  /** The most any one input may hold. */
  static final int LIMIT = YamlLimits.DEFAULT.maxInputChars();

  /**
   * Files at least this large are read by {@link #byName}; a smaller one's copy costs less than the
   * classes that read takes, which a small run's class-data archive does not hold (4-5 ms of a 55
   * ms run on one Job).
   */
  private static final int BY_NAME = 1 << 20;

  /** The text of {@code file}, bounded. */
  static String readFile(Path file) throws IOException {
    long size = Files.isRegularFile(file) ? Files.size(file) : -1;
    String text = size >= BY_NAME ? byName(file, size) : null;
    if (text != null) {
      return collected(text, size);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return decoded(readAtMost(in, LIMIT));
    }
  }

  /**
   * The text of the regular file {@code file}, {@code size} bytes long, by {@link
   * Files#readString}, which keeps ASCII text in the array it read the file into where decoding
   * copies it: one copy of the input fewer, which lived on in the old generation (10,000 resources:
   * 12 MB). Null if it is larger than the limit, changed size while it was read (what was read is
   * dropped: the caller's bounded read decides), or is not UTF-8 (the caller's read finds where).
   */
  private static String byName(Path file, long size) throws IOException {
    if (size > LIMIT) {
      return null;
    }
    String text;
    try {
      text = Files.readString(file);
    } catch (MalformedInputException | UnmappableCharacterException e) {
      return null;
    }
    return Files.size(file) == size ? text : null;
  }

  /** The text of {@code in}, bounded. */
  static String read(InputStream in) throws IOException {
    Path file = in instanceof ProcessStdin ? fileFromStart(in) : null;
    if (file != null) {
      try {
        long size = Files.size(file);
        String text = byName(file, size);
        if (text != null) {
          skipRead(in, size);
          return collected(text, size);
        }
      } catch (IOException e) {
        // Not to be opened again by its name (sudo -u with a file only root may read): the
        // stream, which the name's open left where it was.
      }
    }
    return decoded(readAtMost(in, LIMIT));
  }

  /**
   * {@code bytes}, read from a stream, decoded; after a full collection when they are many: the
   * stream's read left two copies of them besides (the buffers of the read and their join), and the
   * decoding one or two more, in the old generation, where nothing is collected in a run (a 22 MB
   * stream through a pipe, ASCII: 245 MB peak RSS, 179 MB with the collection).
   */
  private static String decoded(byte[] bytes) throws CharacterCodingException {
    String text = decode(bytes);
    int size = bytes.length;
    bytes = null; // for the collection below, also in interpreted code
    if (size >= COLLECT) {
      System.gc();
    }
    return text;
  }

  /**
   * {@code text}, decoded from {@code size} bytes, after a full collection when it holds non-ASCII
   * text and is large: decoding such a text makes a copy or two of it besides the string (two bytes
   * a char where one is not Latin-1), which go straight to the old generation, where nothing is
   * collected in a run, and stayed there to its end (10,000 resources, 22 MB with one emoji: 266 MB
   * peak RSS, 233 MB with the collection; one é: 223 and 181 MB). ASCII text, as Kubernetes YAML
   * usually is, is kept in one copy and skips it.
   */
  private static String collected(String text, long size) {
    if (size >= COLLECT && text.length() != size) {
      System.gc();
    }
    return text;
  }

  /**
   * Inputs at least this large are collected after: read through a stream ({@link #decoded}), or
   * holding non-ASCII text ({@link #collected}).
   */
  private static final int COLLECT = 4 << 20;

  /**
   * Leaves {@code stdin} where a read of the stream would have, for whatever reads it next ({
   * startgate; cat; } < file): after the {@code size} bytes read by name (short of that if the file
   * shrank since: the text read stands).
   */
  private static void skipRead(InputStream stdin, long size) {
    try {
      stdin.skipNBytes(size);
    } catch (IOException e) {
      // at its end already
    }
  }

  /**
   * The process's stdin, {@code stdin}, marked as such: when a command reads it and it is a regular
   * file from its start, it is read by its name ({@link #read}). Nothing is read here: a command
   * that does not read stdin leaves it as it was (while read f; do startgate rewrite "$f"; done).
   */
  static InputStream fromStart(InputStream stdin) {
    return new ProcessStdin(stdin);
  }

  /**
   * The regular file of at least {@link #BY_NAME} bytes {@code stdin} reads from its start
   * (startgate < file.yaml), by a name Linux gives it (/proc/self/fd/0); null for a pipe, a
   * terminal, a file read from elsewhere than its start, one open for writing only (0>>file: its
   * read fails here as it does after), or a system without that name: the stream is read then.
   */
  private static Path fileFromStart(InputStream stdin) {
    try {
      // A pipe says what it holds now, a file what is left of it: below BY_NAME, the stream.
      if (!stdin.markSupported() || stdin.available() < BY_NAME) {
        return null;
      }
      Path fd0 = Path.of("/proc/self/fd/0");
      if (!Files.isRegularFile(fd0)) {
        return null;
      }
      stdin.mark(1);
      stdin.read();
      stdin.reset();
      return stdin.available() == Files.size(fd0) ? fd0 : null;
    } catch (IOException | RuntimeException e) {
      return null; // not a file startgate can read by name
    }
  }

  /** The process's stdin: {@link #fromStart}. */
  private static final class ProcessStdin extends FilterInputStream {
    ProcessStdin(InputStream stdin) {
      super(stdin);
    }
  }

  /** Reads all of {@code in}, but never more than {@code limit} bytes into memory. */
  static byte[] readAtMost(InputStream in, int limit) throws IOException {
    // A regular file (given, or stdin redirected from one) says how much of it is left: that is
    // read into one array of its size. Read in chunks and joined, the input was once more in the
    // old generation, where nothing is collected in a run (10,000 resources: 12 MB).
    int known = Math.min(in.available(), limit);
    byte[] head = new byte[Math.max(known, 0)];
    int read = in.readNBytes(head, 0, head.length);
    if (read < head.length) {
      return Arrays.copyOf(head, read);
    }
    byte[] rest = in.readNBytes(limit - head.length);
    if (rest.length == limit - head.length && in.read() >= 0) {
      throw new TooLarge(limit);
    }
    if (rest.length == 0) {
      return head;
    }
    if (head.length == 0) {
      return rest;
    }
    byte[] all = Arrays.copyOf(head, head.length + rest.length);
    System.arraycopy(rest, 0, all, head.length, rest.length);
    return all;
  }

  static String mib(int bytes) {
    return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MiB" : bytes + " bytes";
  }

  /** More input than the limit allows. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    final int limit;

    TooLarge(int limit) {
      super("more than " + limit + " bytes");
      this.limit = limit;
    }
  }

  static String decode(byte[] bytes) throws CharacterCodingException {
    // The lenient decoder writes straight into the string (one byte per char for ASCII); the
    // strict one below goes through a char buffer twice the input's size. Lenient decoding marks
    // a malformed sequence with U+FFFD, so text without one was valid UTF-8.
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0) {
      return text;
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new NotUtf8(bytes, in.position());
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  /** Input that is not UTF-8, and where: its first bad byte. */
  static final class NotUtf8 extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    final int line;
    final int offset;

    NotUtf8(byte[] bytes, int offset) {
      int line = 1;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      this.line = line;
      this.offset = offset;
    }

    @Override
    public String getMessage() {
      return where(this);
    }
  }

  /**
   * Where {@code e} found the input not UTF-8, like {@code " at line 3 (byte offset 41)"}, or "".
   */
  static String where(CharacterCodingException e) {
    return e instanceof NotUtf8 n ? " at line " + n.line + " (byte offset " + n.offset + ")" : "";
  }

  /**
   * The error for input that is not UTF-8, after the file's name ({@code stdin}: the standard
   * input, which has none), in every mode alike.
   */
  static String notUtf8(CharacterCodingException e, boolean stdin) {
    return (stdin ? "input is " : "")
        + "not valid UTF-8"
        + where(e)
        + "; save the file as UTF-8 and run again";
  }

  /** The error for input over the limit, after the file's name ({@code stdin}: it has none). */
  static String tooLarge(TooLarge e, boolean stdin) {
    return stdin
        ? "input is larger than " + mib(e.limit) + "; run startgate on smaller parts"
        : "larger than " + mib(e.limit) + "; split the file";
  }
}
