package org.liens.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.liens.catalog.OfferCode;
import org.liens.json.TariffsJson;
import org.liens.pricing.Money;
import org.liens.pricing.PriceBasis;
import org.liens.pricing.Tariff;
import org.liens.pricing.TariffBook;
import org.liens.pricing.VatRegime;
import org.liens.shared.ErrorCode;
import org.liens.shared.LiensException;
import org.liens.fixtures.Fixtures;
import org.liens.staff.StaffId;

class FrozenTariffProperties {
  private static final LocalDate REFERRED = LocalDate.of(2023, 3, 1);

  enum Command { RECORD_VISIT, MOVE_APPOINTMENT, CHANGE_TEAM, NEW_PRICE_AND_START_AGAIN, CLOSE }

  @Provide
  Arbitrary<List<Integer>> priceChangeDays() {
    return Arbitraries.integers().between(1, 400).set().ofMaxSize(4).map(ArrayList::new);
  }

  @Property
  @Label("A frozen tariff never changes: the one in force on the first appointment stays, whatever comes after")
  void aFrozenTariffNeverChanges(
      @ForAll("priceChangeDays") List<Integer> priceChangeDays,
      @ForAll @IntRange(min = 0, max = 200) int firstAppointmentDay,
      @ForAll @Size(max = 12) List<Command> commands,
      @ForAll @IntRange(min = 1, max = 99_999) int newPriceEuros) {
    TariffBook book = TariffsJson.standard2023();
    for (int day : priceChangeDays) {
      book = book.with(Tariff.of(OfferCode.MIP, PriceBasis.MODULE, REFERRED.plusDays(day), Money.euros(day + 1000),
          VatRegime.exempt()));
    }
    LocalDate first = REFERRED.plusDays(firstAppointmentDay);
    Tariff inForce = book.inForce(OfferCode.MIP, PriceBasis.MODULE, first);
    Accompaniment a = Fixtures.validated(OfferCode.MIP, REFERRED).start(first, book).after();
    assertThat(a.tariff()).contains(inForce);
    LocalDate today = first.plusMonths(7);
    int visits = 0;
    for (Command command : commands) {
      Accompaniment before = a;
      try {
        a = switch (command) {
          case RECORD_VISIT -> a.record(new HomeVisit(ContactId.of(Fixtures.uuid()), a.period().orElseThrow().start()
              .plusDays(visits++), Fixtures.EDUCATOR), today).after();
          case MOVE_APPOINTMENT -> a.moveFirstAppointment(a.period().orElseThrow().start().plusDays(3)).after();
          case CHANGE_TEAM -> a.changeTeam(List.of(StaffId.of(Fixtures.uuid()))).after();
          case NEW_PRICE_AND_START_AGAIN -> a.start(a.period().orElseThrow().start(), TariffBook.of(List.of(Tariff.of(
              OfferCode.MIP, PriceBasis.MODULE, REFERRED, Money.euros(newPriceEuros), VatRegime.exempt())))).after();
          case CLOSE -> a.close(today, today).after();
        };
      } catch (LiensException refused) {
        assertThat(a).isSameAs(before);
      }
      assertThat(a.tariff()).contains(inForce);
    }
    boolean changedAfter = priceChangeDays.stream().anyMatch(d -> REFERRED.plusDays(d).isAfter(first));
    Statistics.label("a later price exists").collect(changedAfter);
    Statistics.label("a later price exists").coverage(c -> {
      c.check(true).count(n -> n > 0);
      c.check(false).count(n -> n > 0);
    });
  }

  @Example
  @Label("The tariff of the first appointment's date applies, not the validation's")
  void theFirstAppointmentsDateDecides() {
    TariffBook book = TariffsJson.standard2023()
        .with(Tariff.of(OfferCode.MADI, PriceBasis.MODULE, LocalDate.of(2024, 1, 1), Money.euros(2100), VatRegime.exempt()));
    Accompaniment validatedIn2023 = Fixtures.validated(OfferCode.MADI, LocalDate.of(2023, 12, 20));
    assertThat(validatedIn2023.start(LocalDate.of(2023, 12, 29), book).after().tariff().orElseThrow().price())
        .isEqualTo(Money.euros(2000));
    assertThat(validatedIn2023.start(LocalDate.of(2024, 1, 3), book).after().tariff().orElseThrow().price())
        .isEqualTo(Money.euros(2100));
    var change = validatedIn2023.start(LocalDate.of(2024, 1, 3), book);
    assertThat(change.events()).extracting(e -> e.type()).containsExactly("AccompanimentStarted", "TariffFrozen");
  }

  @Example
  @Label("ARCS freezes the hourly tariff; an offer the book does not price starts without one")
  void basisFollowsTheOffer() {
    Accompaniment arcs = Fixtures.validated(OfferCode.ARCS, LocalDate.of(2023, 9, 1))
        .start(LocalDate.of(2023, 9, 4), TariffsJson.standard2023()).after();
    assertThat(arcs.tariff().orElseThrow().basis()).isEqualTo(PriceBasis.HOUR);
    assertThat(arcs.tariff().orElseThrow().price()).isEqualTo(Money.euros(55));
    Accompaniment unpriced = Fixtures.validated(OfferCode.MIP, LocalDate.of(2023, 9, 1))
        .start(LocalDate.of(2023, 9, 4)).after();
    assertThat(unpriced.tariff()).isEmpty();
  }

  @Example
  @Label("A first appointment before the first dated price is refused, nothing changes")
  void beforeTheFirstPrice() {
    Accompaniment a = Fixtures.validated(OfferCode.MIP, LocalDate.of(2022, 11, 1));
    assertThatThrownBy(() -> a.start(LocalDate.of(2022, 12, 15), TariffsJson.standard2023()))
        .extracting(e -> ((LiensException) e).code()).isEqualTo(ErrorCode.NO_TARIFF_BEFORE_DATE);
    assertThat(a.status()).isEqualTo(AccompanimentStatus.VALIDATED);
    assertThat(a.tariff()).isEmpty();
  }
}
