package org.liens.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
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
    Path eInvoices = Path.of("target", "host-application-e-invoices");
    int events = new HostApplication(new PrintStream(buffer, true, StandardCharsets.UTF_8), eInvoices).run(storage);
    String output = buffer.toString(StandardCharsets.UTF_8);
    assertThat(output)
        .contains("Eligible before consent? false")
        .contains("last day 2024-03-14")
        .contains("MIP is now SUCCEEDED")
        .contains("MADI closed on 2024-05-21");
    // issue 14: the due list on a chosen day, then the appointment it names settled as missed
    assertThat(output).contains("What is due on 2023-11-20 (issue 14):\n  PLANNED_CONTACT MIP 2023-10-30 overdue\n"
        + "  PLANNED_VISIT MIP 2023-11-14 overdue\n")
        .contains("settled as missed: 1 home visit missed");
    assertThat(output).contains("Invoice F-2024-00001 to the département: 1800.00 EUR TTC (MIP")
        .contains("Invoice F-2024-00002 to the département: 2000.00 EUR TTC (MADI");
    // issue 15: the Factur-X of each invoice, written where the output says
    for (String number : List.of("F-2024-00001", "F-2024-00002")) {
      Path facturX = eInvoices.resolve(number + ".pdf").toAbsolutePath();
      assertThat(output).contains("its Factur-X (EN_16931, for Chorus Pro) is written to " + facturX);
      assertThat(facturX).isRegularFile();
      assertThat(eInvoices.resolve(number + "-cii.xml")).content(StandardCharsets.UTF_8)
          .contains("<ram:GlobalID schemeID=\"0009\">22300001900016</ram:GlobalID>")
          .contains("<ram:BuyerReference>SERVICE-ASE</ram:BuyerReference>")
          .contains("<ram:IssuerAssignedID>EJ-2023-0042</ram:IssuerAssignedID>");
    }
    // the story's 32 events (with the appointment planned, then missed), and the 3 of registering the association and
    // its two staff members
    assertThat(events).isEqualTo(35);
  }
}
