package org.liens.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.liens.storage.Storage;
import org.liens.storage.memory.InMemoryStorage;

class HostApplicationTest {
  @Test
  void the_demo_runs_on_the_in_memory_adapter() {
    runsTheStory(new InMemoryStorage());
  }

  @Test
  void the_demo_runs_on_its_embedded_default_h2() {
    runsTheStory(HostApplication.h2("jdbc:h2:mem:host-application-test;DB_CLOSE_DELAY=-1"));
  }

  void runsTheStory(Storage storage) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    int events = new HostApplication(new PrintStream(buffer, true, StandardCharsets.UTF_8)).run(storage);
    String output = buffer.toString(StandardCharsets.UTF_8);
    assertThat(output)
        .contains("Eligible before consent? false")
        .contains("last day 2024-03-14")
        .contains("MIP is now SUCCEEDED")
        .contains("MADI closed on 2024-05-21");
    assertThat(output).contains("Invoice F-2024-00001 to the département: 1800.00 EUR TTC (MIP")
        .contains("Invoice F-2024-00002 to the département: 2000.00 EUR TTC (MADI");
    // the story's 30 events, and the 3 of registering the association and its two staff members
    assertThat(events).isEqualTo(33);
  }
}
