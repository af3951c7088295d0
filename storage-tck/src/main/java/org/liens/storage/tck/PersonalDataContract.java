package org.liens.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.liens.storage.tck.logging.CapturingLogProvider;
import org.liens.storage.tck.logging.LogCapture;
import org.liens.storage.tck.logging.LogLine;
import org.liens.storage.tck.logging.Throwables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * No name, birth date, health condition or free text of a household ever reaches a log line or an exception
 * message: {@link PersonalDataScenario} runs whole lives of households through the services while every record of
 * every logger is captured at TRACE, then each captured line and each exception of a refused call (its
 * {@code toString()}, causes and suppressed ones included) is searched for every marker value.
 *
 * <p>Not part of {@link StorageContract}: it needs SLF4J bound to {@link CapturingLogProvider} (system property
 * {@code slf4j.provider}), which an adapter's build sets for its tests.
 */
public interface PersonalDataContract extends StorageFactory {

  /**
   * Contract: running every use case, refused calls included, writes none of {@link
   * PersonalDataScenario#personalData()} to a log line or an exception message, nor the organisations' details to
   * Liens's own log lines.
   */
  @Test
  default void noPersonalDataReachesTheLogsNorTheExceptionMessages() {
    List<LogLine> lines;
    PersonalDataScenario scenario;
    try (LogCapture.Recording recording = LogCapture.start()) {
      scenario = PersonalDataScenario.runOn(newStorage());
      lines = recording.lines();
    }

    // the capture works, so that this test can fail: every level was captured
    assertThat(lines).extracting(LogLine::level)
        .as("the scenario logs at every level, TRACE and DEBUG included")
        .contains(Level.TRACE, Level.DEBUG, Level.WARN);
    assertThat(lines).as("Liens's own log lines (the failed host listener, at least)")
        .anyMatch(line -> line.logger().startsWith("org.liens.") && line.level() == Level.WARN);
    assertThat(scenario.refusals()).as("every refused call threw").hasSize(scenario.refusedCalls().size());
    assertThat(scenario.refusals()).as("refused calls").hasSizeGreaterThanOrEqualTo(20);

    List<String> everything = new ArrayList<>(PersonalDataScenario.personalData());
    everything.addAll(PersonalDataScenario.organisationDetails());
    List<String> leaks = new ArrayList<>();
    for (LogLine line : lines) {
      if (isDriverWireTrace(line)) {
        continue;
      }
      // the host's lines print what Liens returned, where an invoice rightly names its client organisation
      boolean host = line.logger().equals(PersonalDataScenario.HOST_LOGGER);
      leaks.addAll(leaksIn("log line " + line.level() + " " + line.logger(), line.text(),
          host ? PersonalDataScenario.personalData() : everything));
    }
    for (int i = 0; i < scenario.refusals().size(); i++) {
      leaks.addAll(leaksIn("exception of '" + scenario.refusedCalls().get(i) + "'",
          Throwables.render(scenario.refusals().get(i)), everything));
    }
    if (Boolean.getBoolean("liens.printRefusals")) {
      Logger log = LoggerFactory.getLogger(PersonalDataContract.class);
      scenario.refusals().forEach(e -> log.info("[refusal] {}", Throwables.render(e).strip()));
    }
    assertThat(leaks).as("personal data found in logs or exception messages").isEmpty();
  }

  /**
   * Checks the check: the leak search finds every marker, whatever its case, and renders the causes of an exception.
   */
  @Test
  default void theSearchFindsEveryMarkerWhereverItIs() {
    List<String> everything = new ArrayList<>(PersonalDataScenario.personalData());
    everything.addAll(PersonalDataScenario.organisationDetails());
    for (String value : everything) {
      assertThat(leaksIn("probe", "INFO x - saved " + value.toUpperCase(Locale.ROOT) + " ok", everything))
          .hasSize(1);
    }
    assertThat(leaksIn("probe", "WARN org.liens.internal.Engine - listener failed on event ReferralRejected",
        everything)).isEmpty();
    assertThat(Throwables.render(new IllegalStateException("outer", new IllegalArgumentException("inner-cause"))))
        .contains("outer").contains("inner-cause");
  }

  /**
   * Whether {@code line} is a JDBC driver's dump of what goes over the wire (MariaDB Connector/J logs every packet
   * at TRACE): it carries the bound values of every statement, whatever Liens does, so a host keeps such loggers
   * below TRACE in production. None by default; an adapter test names its driver's.
   *
   * @param line a captured log line
   * @return true to leave the line out of the search
   */
  default boolean isDriverWireTrace(LogLine line) {
    return false;
  }

  /** One entry per forbidden value found in {@code text}, case-insensitive; names where it was found. */
  private static List<String> leaksIn(String where, String text, List<String> forbidden) {
    List<String> found = new ArrayList<>();
    String haystack = text.toLowerCase(Locale.ROOT);
    for (String value : forbidden) {
      if (haystack.contains(value.toLowerCase(Locale.ROOT))) {
        found.add(where + " contains '" + value + "': " + text);
        break;
      }
    }
    return found;
  }
}
