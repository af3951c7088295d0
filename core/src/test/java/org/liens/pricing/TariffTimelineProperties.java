package org.liens.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.liens.catalog.OfferCode;
import org.liens.shared.ErrorCode;
import org.liens.shared.LiensException;

class TariffTimelineProperties {
  private static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);

  @Provide
  Arbitrary<List<Tariff>> timelines() {
    return Arbitraries.integers().between(0, 3000).set().ofMinSize(1).ofMaxSize(6).flatMap(days ->
        Arbitraries.longs().between(1, 500_000).list().ofSize(days.size()).map(prices -> {
          List<Tariff> values = new ArrayList<>();
          int i = 0;
          for (int d : days) {
            values.add(Tariff.of(OfferCode.MIP, PriceBasis.MODULE, EPOCH.plusDays(d), Money.ofCents(prices.get(i++)),
                VatRegime.exempt()));
          }
          return values;
        }));
  }

  @Property
  @Label("The tariff in force is the last dated on or before the date; before the first there is none")
  void theLastValueOnOrBeforeTheDateApplies(
      @ForAll("timelines") List<Tariff> values, @ForAll @IntRange(min = -30, max = 3500) int day) {
    TariffTimeline timeline = TariffTimeline.of(values);
    LocalDate date = EPOCH.plusDays(day);
    List<Tariff> sorted = values.stream().sorted(Comparator.comparing(Tariff::effectiveFrom)).toList();
    if (date.isBefore(sorted.get(0).effectiveFrom())) {
      assertThatThrownBy(() -> timeline.at(date))
          .extracting(e -> ((LiensException) e).code()).isEqualTo(ErrorCode.NO_TARIFF_BEFORE_DATE);
      Statistics.label("date").collect("before the first value");
      return;
    }
    Tariff expected = sorted.stream().filter(t -> !t.effectiveFrom().isAfter(date)).reduce((a, b) -> b).orElseThrow();
    assertThat(timeline.at(date)).isEqualTo(expected);
    Statistics.label("date").collect(date.isBefore(sorted.get(sorted.size() - 1).effectiveFrom())
        ? "inside the timeline" : "on or after the last value");
    Statistics.label("date").coverage(c -> {
      c.check("before the first value").count(n -> n > 0);
      c.check("inside the timeline").count(n -> n > 0);
      c.check("on or after the last value").count(n -> n > 0);
    });
  }

  @Example
  @Label("A value applies on its own date; after the last one, the last holds")
  void edges() {
    Tariff y2023 = Tariff.of(OfferCode.MIP, PriceBasis.MODULE, LocalDate.of(2023, 1, 1), Money.euros(1800), VatRegime.exempt());
    Tariff y2024 = Tariff.of(OfferCode.MIP, PriceBasis.MODULE, LocalDate.of(2024, 1, 1), Money.euros(1900), VatRegime.exempt());
    TariffBook book = TariffBook.of(List.of(y2024, y2023));
    assertThat(book.inForce(OfferCode.MIP, PriceBasis.MODULE, LocalDate.of(2023, 12, 31)).price()).isEqualTo(Money.euros(1800));
    assertThat(book.inForce(OfferCode.MIP, PriceBasis.MODULE, LocalDate.of(2024, 1, 1)).price()).isEqualTo(Money.euros(1900));
    assertThat(book.inForce(OfferCode.MIP, PriceBasis.MODULE, LocalDate.of(2099, 6, 1)).price()).isEqualTo(Money.euros(1900));
    assertThatThrownBy(() -> book.inForce(OfferCode.MIP, PriceBasis.MODULE, LocalDate.of(2022, 12, 31)))
        .hasMessageContaining("2023-01-01")
        .extracting(e -> ((LiensException) e).code()).isEqualTo(ErrorCode.NO_TARIFF_BEFORE_DATE);
    assertThatThrownBy(() -> book.inForce(OfferCode.MADI, PriceBasis.MODULE, LocalDate.of(2023, 6, 1)))
        .extracting(e -> ((LiensException) e).code()).isEqualTo(ErrorCode.NO_TARIFF);
    assertThatThrownBy(() -> TariffBook.of(List.of(y2023, y2023)))
        .extracting(e -> ((LiensException) e).code()).isEqualTo(ErrorCode.INVALID_VALUE);
  }

  @Example
  @Label("A tariff's price is more than zero")
  void priceMustBePositive() {
    assertThatThrownBy(() -> Tariff.of(OfferCode.MIP, PriceBasis.MODULE, LocalDate.of(2023, 1, 1), Money.ZERO, VatRegime.exempt()))
        .extracting(e -> ((LiensException) e).code()).isEqualTo(ErrorCode.INVALID_AMOUNT);
  }
}
