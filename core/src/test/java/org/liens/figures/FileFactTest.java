package org.liens.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.ContactId;
import org.liens.accompaniment.ContactStatus;
import org.liens.accompaniment.HomeVisit;
import org.liens.accompaniment.RemoteChannel;
import org.liens.accompaniment.RemoteContact;
import org.liens.catalog.OfferCode;
import org.liens.fixtures.Fixtures;

/** The facts the figures count (issue 12): contacts done are the held ones only (issue 14). */
class FileFactTest {
  static final LocalDate TODAY = LocalDate.of(2023, 12, 1);

  @Test
  void contacts_done_count_only_the_held_ones() {
    Accompaniment a = Fixtures.started(OfferCode.MIP);
    LocalDate day = Fixtures.FIRST_APPOINTMENT;
    for (ContactStatus status : ContactStatus.values()) {
      if (status != ContactStatus.CANCELLED) {
        a = a.record(new HomeVisit(ContactId.of(UUID.randomUUID()), day, Fixtures.LEA, status), TODAY).after();
        a = a.record(new RemoteContact(ContactId.of(UUID.randomUUID()), day, Fixtures.LEA, RemoteChannel.SMS, status),
            TODAY).after();
      }
    }
    FileFact fact = FileFact.of(a);
    assertThat(fact.homeVisits()).isEqualTo(1);
    assertThat(fact.remoteContacts()).isEqualTo(1);
  }
}
