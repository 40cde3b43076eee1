package dev.startgate.intent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every selector form {@code labels.Parse} accepts, and the ones it rejects, with a reason. The
 * canonical form sorts the requirements by key, as Kubernetes does, writes {@code ==} as {@code =}
 * and each requirement once: the same selector written another way is the same target.
 */
class SelectorParserTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "app in (db,cache)          | app in (cache,db)",
        "app notin (db, cache)      | app notin (cache,db)",
        "!app                       | !app",
        "app                        | app",
        "app!=v                     | app!=v",
        "app==v                     | app=v",
        "app = v                    | app=v",
        "app=                       | app=",
        "app.kubernetes.io/name=db  | app.kubernetes.io/name=db",
        "team/name=db,!old          | !old,team/name=db",
        "x in (foo,,baz),y,z notin () | x in (,baz,foo),y,z notin ()",
        "replicas>2,generation<10   | generation<10,replicas>2",
        "in in (in,notin)           | in in (in,notin)",
        "a=in                       | a=in",
        "'  tier in(a)  ,  b  '     | b,tier in (a)",
        "tier=x,app=db              | app=db,tier=x",
        "app=db,app==db,tier=x      | app=db,tier=x",
      })
  void acceptsWhatKubernetesAccepts(String selector, String canonical) {
    SelectorParser.Parsed p = SelectorParser.parse(selector);
    assertNull(p.error(), selector);
    assertEquals(canonical, p.text());
    assertEquals(p.text(), SelectorParser.parse(p.text()).text(), "round trip of " + selector);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "app in db",
        "app in (db",
        "app in (a b)",
        "app=a=b",
        "!app=v",
        "app=,",
        ",app",
        "app,,b",
        "a b",
        "App.Example.com/x=1",
        "/x",
        "a/b/c",
        "-a",
        "a=-v",
        "a>x",
        "a>99999999999999999999",
        "a=vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv",
        "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk",
        "app in (x))",
        "app=(x",
        "=v",
        "app notin",
        "  ",
      })
  void rejectsWithAReason(String selector) {
    SelectorParser.Parsed p = SelectorParser.parse(selector);
    assertNull(p.requirements(), selector);
    assertNotNull(p.error(), selector);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "pods/app in (db,cache)",
        "pods/app notin (db,cache)",
        "pods/!app",
        "pods/app",
        "pods/app!=v",
        "pods/app==v",
        "pods/shop/tier in (db),app.kubernetes.io/name=x"
      })
  void everyFormIsATarget(String text) {
    TargetParser.Parsed p = new TargetParser().parse(text);
    assertNull(p.error(), text);
    assertTrue(p.target() instanceof Target.Pods, text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "pods/app in (db,cache), tcp://db:5432 | pods/app in (db,cache)",
        "pods/app=x,team/name=db, job/x       | pods/app=x,team/name=db",
        "pods/a in (x, job/y)                 | pods/a in (x, job/y)",
      })
  void commasInsideASelectorDoNotSplitTargets(String value, String first) {
    List<String> targets = TargetParser.split(value);
    assertEquals(first, targets.get(0), targets.toString());
  }

  @org.junit.jupiter.api.Test
  void anErrorNamesTheProblemAndTheExampleParses() {
    TargetParser.Parsed p = new TargetParser().parse("pods/app in db");
    assertEquals(
        "\"app in db\" is not a valid label selector: expected \"(\" after \"app in \", found"
            + " \"db\"; write the values in parentheses, like app in (a,b)",
        p.error());
    assertNull(new TargetParser().parse(TargetParser.exampleFor("pods/x")).error());
  }

  @org.junit.jupiter.api.Test
  void anUnclosedSetNamesKeyAndOperatorApart() {
    assertEquals(
        "the values of \"app in\" are not a list of values between commas closed by \")\"",
        SelectorParser.parse("app in (db,cache").error());
    assertEquals(
        "the values of \"tier notin\" are not a list of values between commas closed by \")\"",
        SelectorParser.parse("tier notin (a").error());
  }

  @org.junit.jupiter.api.Test
  void splittingAHugeValueIsLinear() {
    String value = "pods/a=b," + "a/".repeat(500_000) + "," + "x".repeat(1_000_000);
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        java.time.Duration.ofSeconds(10), () -> TargetParser.split(value));
    SelectorParser.Parsed p = SelectorParser.parse("a in (" + "x,".repeat(200_000) + "y)");
    assertNull(p.error());
  }
}
