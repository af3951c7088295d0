package org.liens.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import org.liens.catalog.OfferCode;
import org.liens.catalog.TargetRange;
import org.liens.fixtures.Fixtures;

class ProgressProperties {
  static final LocalDate TODAY = LocalDate.of(2030, 1, 1);

  @Provide
  Arbitrary<Contact> contacts() {
    Arbitrary<Integer> day = Arbitraries.integers().between(0, 181);
    Arbitrary<Boolean> home = Arbitraries.of(true, false);
    return Combinators.combine(day, home).as((d, h) -> {
      LocalDate date = Fixtures.FIRST_APPOINTMENT.plusDays(d);
      ContactId id = ContactId.of(UUID.randomUUID());
      return h ? new HomeVisit(id, date, Fixtures.LEA) : new RemoteContact(id, date, Fixtures.LEA, RemoteChannel.SMS);
    });
  }

  @Property
  @Label("R4: progress counts exactly the contacts recorded on or before the date, by kind")
  void progress_counts_what_was_recorded(
      @ForAll("offers") OfferCode offer, @ForAll List<@net.jqwik.api.From("contacts") Contact> recorded,
      @ForAll @IntRange(min = -5, max = 200) int asOfOffset) {
    Accompaniment accompaniment = Fixtures.opened(offer).start(Fixtures.FIRST_APPOINTMENT).after();
    for (Contact contact : recorded) {
      accompaniment = accompaniment.record(contact, TODAY).after();
    }
    LocalDate asOf = Fixtures.FIRST_APPOINTMENT.plusDays(asOfOffset);
    Progress progress = accompaniment.progressAt(asOf).orElseThrow();

    long homeVisits = recorded.stream().filter(c -> c instanceof HomeVisit && !c.date().isAfter(asOf)).count();
    long remote = recorded.stream().filter(c -> c instanceof RemoteContact && !c.date().isAfter(asOf)).count();
    assertThat(progress.homeVisits().done()).isEqualTo(homeVisits);
    assertThat(progress.remoteContacts().done()).isEqualTo(remote);
    assertThat(accompaniment.contacts()).containsExactlyElementsOf(recorded);
    assertThat(accompaniment.plannedVisits().stream().filter(PlannedVisit::done).count())
        .isEqualTo(Math.min(recorded.stream().filter(c -> c instanceof HomeVisit).count(),
            accompaniment.plannedVisits().size()));
    Statistics.label("home visits status").collect(progress.homeVisits().status());
  }

  @Provide
  Arbitrary<OfferCode> offers() {
    return Arbitraries.of(OfferCode.MIP, OfferCode.MADI, OfferCode.MAPA);
  }

  @Property
  @Label("R4: the status follows the target and the pace, and the expected pace grows with time up to the minimum")
  void status_follows_target_and_pace(
      @ForAll @IntRange(max = 20) int done, @ForAll @IntRange(max = 12) int min, @ForAll @IntRange(max = 6) int extra,
      @ForAll @IntRange(min = 1, max = 400) int periodDays, @ForAll @IntRange(max = 400) int elapsed) {
    int elapsedDays = Math.min(elapsed, periodDays);
    TargetRange target = TargetRange.of(min, min + extra);
    ContactProgress progress = ContactProgress.of(done, target, elapsedDays, periodDays);
    ContactProgress later = ContactProgress.of(done, target, Math.min(periodDays, elapsedDays + 1), periodDays);

    assertThat(progress.expectedByDate()).isBetween(0, min).isLessThanOrEqualTo(later.expectedByDate());
    assertThat(ContactProgress.of(done, target, periodDays, periodDays).expectedByDate()).isEqualTo(min);
    ProgressStatus expected = done > target.max() ? ProgressStatus.OVER
        : done >= min ? ProgressStatus.REACHED
        : done >= progress.expectedByDate() ? ProgressStatus.ON_TRACK
        : ProgressStatus.UNDER;
    assertThat(progress.status()).isEqualTo(expected);
    Statistics.label("status").collect(progress.status()).coverage(c -> {
      c.check(ProgressStatus.UNDER).count(n -> n > 0);
      c.check(ProgressStatus.ON_TRACK).count(n -> n > 0);
      c.check(ProgressStatus.REACHED).count(n -> n > 0);
      c.check(ProgressStatus.OVER).count(n -> n > 0);
    });
  }
}
