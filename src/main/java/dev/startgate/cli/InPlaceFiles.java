package dev.startgate.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Files that {@code rewrite} replaces in place: a temporary file beside each, then a rename. */
final class InPlaceFiles {
  private InPlaceFiles() {}

  /** Why {@code target} cannot be rewritten in place, or null if it can. */
  static String problem(Path target) {
    PosixFileAttributeView posix = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    boolean ownerWrites;
    try {
      // Root may write anything; the owner's write bit is what the user set to protect a file.
      ownerWrites =
          posix == null
              || posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
    } catch (IOException e) {
      ownerWrites = false;
    }
    boolean writable = ownerWrites && Files.isWritable(target);
    if (!writable && readOnlyFileSystem(target)) {
      return "the file system it is on is mounted read-only (a checkout mounted :ro into a"
          + " container, say); run where it is writable, or see the changes with rewrite --check";
    }
    if (!ownerWrites && ownedByThisUser(target)) {
      return "the file is read-only; make it writable (chmod u+w) and run again";
    }
    if (!writable) {
      return "the file is not writable by this user (it belongs to another user, who may write"
          + " it); run as a user who may write it, or make it writable for you";
    }
    Path folder = target.toAbsolutePath().getParent();
    return Files.isWritable(folder)
        ? null
        : "its folder "
            + folder
            + " is not writable, and startgate writes the new file beside the old one and renames"
            + " it into place (so that no reader sees half a file); make the folder writable and"
            + " run again";
  }

  /**
   * True if {@code target} is on a mount that is read-only, as {@code /proc/self/mountinfo} lists
   * it (its mount options hold {@code ro}): the JDK's file store does not tell a read-only bind
   * mount from the file system under it, and opening the file to write fails for its permissions
   * first when those forbid it. False if it cannot be told (no such file: not Linux).
   */
  private static boolean readOnlyFileSystem(Path target) {
    try {
      String path = target.toRealPath().toString();
      String best = "";
      boolean readOnly = false;
      for (String line : Files.readAllLines(Path.of("/proc/self/mountinfo"))) {
        String[] f = line.split(" ");
        if (f.length < 6) {
          continue;
        }
        String mount = f[4].replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\");
        boolean under =
            path.equals(mount) || path.startsWith(mount.endsWith("/") ? mount : mount + "/");
        if (under && mount.length() >= best.length()) {
          best = mount;
          readOnly = (',' + f[5] + ',').contains(",ro,");
        }
      }
      return readOnly;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** True if this user owns {@code target} (or it cannot be told): only then is chmod theirs. */
  private static boolean ownedByThisUser(Path target) {
    try {
      return Files.getOwner(target).getName().equals(System.getProperty("user.name"));
    } catch (IOException | UnsupportedOperationException e) {
      return true;
    }
  }

  /**
   * A temporary file (see {@link #temporary}) for each target and its text, or none: on any failure
   * those made are deleted again.
   */
  static List<Path> temporaries(List<Map.Entry<Path, String>> targets) throws WriteFailed {
    List<Path> temps = new ArrayList<>();
    Path at = null;
    try {
      for (Map.Entry<Path, String> t : targets) {
        at = t.getKey();
        temps.add(temporary(t.getKey(), t.getValue()));
      }
      return temps;
    } catch (IOException e) {
      for (Path t : temps) {
        deleteQuietly(t);
      }
      throw new WriteFailed(at, e);
    } catch (RuntimeException | OutOfMemoryError e) {
      for (Path t : temps) {
        deleteQuietly(t);
      }
      throw e;
    }
  }

  /** A temporary file could not be written: for which target, and why. */
  static final class WriteFailed extends IOException {
    private static final long serialVersionUID = 1L;

    /** The file whose temporary file failed. */
    final transient Path target;

    WriteFailed(Path target, IOException cause) {
      super(cause.getMessage(), cause);
      this.target = target;
    }

    /** Why. */
    IOException why() {
      return (IOException) getCause();
    }
  }

  /**
   * The setuid, setgid and sticky bits of {@code target} on {@code temp} too, which the POSIX view
   * leaves out, as sed -i keeps them: a writer that is not root ({@code root} false) loses setuid,
   * and setgid on a group-executable file, as the kernel takes them from a file it writes (and
   * setgid outside the file's group).
   */
  private static void keepSpecialBits(Path target, Path temp, boolean root) throws IOException {
    int mode;
    try {
      mode = (Integer) Files.getAttribute(target, "unix:mode") & 07777;
    } catch (UnsupportedOperationException | IllegalArgumentException noUnixView) {
      return;
    }
    mode = kept(mode, root);
    if ((mode & 07000) != 0) {
      Files.setAttribute(temp, "unix:mode", mode);
    }
  }

  /** The mode {@code mode} a rewrite by root, or else by another user, leaves: as with sed -i. */
  static int kept(int mode, boolean root) {
    return root ? mode : mode & ~(04000 | ((mode & 00010) != 0 ? 02000 : 0));
  }

  /** True if {@code temp}, a file this process just made, is root's: the writer is root. */
  private static boolean writtenByRoot(Path temp) throws IOException {
    try {
      return Integer.valueOf(0).equals(Files.getAttribute(temp, "unix:uid"));
    } catch (UnsupportedOperationException | IllegalArgumentException noUnixView) {
      return false;
    }
  }

  /**
   * A hidden temporary file beside {@code target} holding {@code text}, with its mode, and its
   * owner and group where this process may set them (root: a pre-commit run in a container on a
   * user's checkout must not hand the user's files to root).
   */
  static Path temporary(Path target, String text) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".startgate-tmp");
    try {
      Files.write(temp, text.getBytes(StandardCharsets.UTF_8));
      boolean root = writtenByRoot(temp);
      PosixFileAttributeView posix =
          Files.getFileAttributeView(target, PosixFileAttributeView.class);
      if (posix != null) {
        PosixFileAttributes was = posix.readAttributes();
        PosixFileAttributeView now = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        try {
          if (!now.readAttributes().owner().equals(was.owner())) {
            now.setOwner(was.owner());
          }
        } catch (IOException | SecurityException notRoot) {
          // Another user's file, written by a user who is not root: it becomes the writer's, as
          // with sed -i.
        }
        try {
          if (!now.readAttributes().group().equals(was.group())) {
            now.setGroup(was.group());
          }
        } catch (IOException | SecurityException notMember) {
          // A group the writer is not in: the writer's group, as with sed -i.
        }
        Files.setPosixFilePermissions(temp, was.permissions());
        keepSpecialBits(target, temp, root);
      }
      return temp;
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      deleteQuietly(temp);
      throw e;
    }
  }

  static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // Best effort: the temporary file is hidden and named after the file it was for.
    }
  }
}
