package dev.startgate.intent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Image references as runtimes take them, and the reason given for one they refuse. */
class ImageReferenceTest {
  private static final String HEX =
      "2fb0a0a8b0c6f7a4d4bb4e32bd36d7b8c1f0b1a6a8f5bb35a3f1d0b7a2b1c3d4";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "busybox",
        "busybox:1.37.0@sha256:" + HEX,
        "registry.example:5000/team/busybox:1.37.0",
        "Registry.Example/busybox",
        "[::1]:5000/busybox@sha256:" + HEX
      })
  void referencesRuntimesPull(String image) {
    assertNull(ImageReference.problem(image));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "busybox@sha256:2FB0A0A8B0C6F7A4D4BB4E32BD36D7B8C1F0B1A6A8F5BB35A3F1D0B7A2B1C3D4"
            + "|not an image reference: its digest has upper-case letters; runtimes take it in"
            + " lower case (sha256:"
            + HEX
            + ")",
        "busybox@"
            + HEX
            + "|not an image reference: a digest is @algorithm:hex, like @sha256: and"
            + " 64 hex digits",
        "registry.example/Team/busybox:1.37|not an image reference: its path has upper-case"
            + " letters; runtimes take image paths in lower case",
        "BusyBox|not an image reference: its path has upper-case letters; runtimes take image"
            + " paths in lower case",
        "not an image|not an image reference"
      })
  void aRefusedReferenceSaysWhyWhereASlipIsCommon(String image, String problem) {
    assertEquals(problem, ImageReference.problem(image));
  }
}
