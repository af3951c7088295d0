package org.liens.einvoice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.liens.billing.CreditLine;
import org.liens.billing.CreditNote;
import org.liens.billing.VatTotal;
import org.liens.pricing.Money;
import org.liens.pricing.VatBreakdown;
import org.liens.pricing.VatRegime;

/** The totals per VAT regime of a credit note, as {@code Invoice.vatTotals()} gives an invoice's. */
final class VatTotals {
  private VatTotals() {}

  static List<VatTotal> of(CreditNote note) {
    Map<VatRegime, List<VatBreakdown>> byRegime = new LinkedHashMap<>();
    for (CreditLine line : note.lines()) {
      byRegime.computeIfAbsent(line.vat(), k -> new ArrayList<>()).add(line.breakdown());
    }
    List<VatTotal> totals = new ArrayList<>();
    byRegime.forEach((regime, list) -> totals.add(new VatTotal(regime, VatBreakdown.ofNetAndVat(
        Money.sum(list.stream().map(VatBreakdown::net).toList()),
        Money.sum(list.stream().map(VatBreakdown::vat).toList())))));
    return List.copyOf(totals);
  }
}
