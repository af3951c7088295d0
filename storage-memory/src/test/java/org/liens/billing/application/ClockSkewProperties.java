package org.liens.billing.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.liens.Liens;
import org.liens.accompaniment.AccompanimentId;
import org.liens.billing.BillingPolicy;
import org.liens.billing.Invoice;
import org.liens.billing.InvoiceStatus;
import org.liens.billing.IssueDatePolicy;
import org.liens.catalog.OfferCode;
import org.liens.shared.ErrorCode;
import org.liens.shared.LiensException;
import org.liens.storage.memory.MoneyWorld;
import org.liens.storage.tck.TestClock;

/**
 * Issue 10, defect 1: two hosts share one storage; the second one's clock is behind by 0 to 4 days at each call.
 * Within the {@link IssueDatePolicy} tolerance its invoices are dated with the series' last date, beyond it they
 * are refused with CLOCK_BEHIND_SERIES and take no number; issue dates never decrease along the numbers.
 */
class ClockSkewProperties {
  private static final LocalDate START = LocalDate.of(2024, 6, 3);

  @Property(tries = 25)
  void issueDatesNeverDecreaseAlongTheNumbersWhateverTheHostsClocks(
      @ForAll @IntRange(min = 0, max = 2) int tolerance,
      @ForAll @Size(min = 1, max = 10) List<@IntRange(min = 0, max = 4) Integer> behind,
      @ForAll @Size(min = 10, max = 10) List<@IntRange(min = 0, max = 2) Integer> advance) {
    BillingPolicy policy = BillingPolicy.standard().withIssueDates(new IssueDatePolicy(tolerance));
    MoneyWorld ahead = new MoneyWorld(START, b -> b.billingPolicy(policy));
    TestClock lateClock = new TestClock(START);
    Liens late = ahead.reconfigured(b -> b.billingPolicy(policy).clock(lateClock)).liens;
    AccompanimentId child = ahead.started(OfferCode.ARCS).id();
    ahead.clock.advanceDays(5);
    List<Invoice> issued = new ArrayList<>();
    for (int i = 0; i < behind.size(); i++) {
      ahead.clock.advanceDays(advance.get(i));
      lateClock.set(ahead.today().minusDays(behind.get(i)));
      Liens host = behind.get(i) == 0 ? ahead.liens : late;
      LocalDate hostToday = behind.get(i) == 0 ? ahead.today() : lateClock.today();
      LocalDate last = issued.isEmpty() ? LocalDate.MIN : issued.get(issued.size() - 1).issuedOn().orElseThrow();
      host.accompaniments().recordWorkshopSession(ahead.coordinator, child, hostToday, ahead.educator,
          Duration.ofMinutes(60));
      Invoice draft = host.billing().prepare(ahead.coordinator, child).get(0);
      try {
        Invoice invoice = host.billing().issue(ahead.coordinator, draft.id());
        assertThat(invoice.issuedOn().orElseThrow()).isEqualTo(hostToday.isBefore(last) ? last : hostToday);
        assertThat(last.toEpochDay() - hostToday.toEpochDay()).isLessThanOrEqualTo(tolerance);
        issued.add(invoice);
      } catch (LiensException e) {
        assertThat(e.code()).isEqualTo(ErrorCode.CLOCK_BEHIND_SERIES);
        assertThat(last.toEpochDay() - hostToday.toEpochDay()).isGreaterThan(tolerance);
        assertThat(ahead.liens.billing().get(ahead.coordinator, draft.id()).status()).isEqualTo(InvoiceStatus.DRAFT);
        ahead.liens.billing().discard(ahead.coordinator, draft.id());
      }
    }
    List<Invoice> stored = ahead.liens.billing().issuedBetween(ahead.coordinator, START, START.plusYears(1));
    assertThat(stored).extracting(i -> i.number().orElseThrow().sequence())
        .containsExactlyElementsOf(LongStream.rangeClosed(1, issued.size()).boxed().toList());
    assertThat(stored).extracting(i -> i.issuedOn().orElseThrow()).isSorted();
  }
}
