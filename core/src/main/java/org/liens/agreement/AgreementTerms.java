package org.liens.agreement;

import java.util.List;
import org.liens.shared.Checks;

/**
 * The terms of a funding agreement (convention, R10), as the parties sign them.
 *
 * <pre>{@code
 * new AgreementTerms("CEJ-2023-07", AgreementPeriod.year(2023),
 *     List.of(FunderShare.of(caf, "33.33"), FunderShare.of(msa, "33.33"), FunderShare.of(figeac, "33.34")),
 *     List.of(AgreementLineTerms.atTariff(OfferCode.MADI, 10)));
 * }</pre>
 *
 * @param reference the agreement's reference, printed on its invoices
 * @param period the period it covers
 * @param funders who pays which share (adding up to 100 %)
 * @param lines places per offer
 */
public record AgreementTerms(
    String reference, AgreementPeriod period, List<FunderShare> funders, List<AgreementLineTerms> lines) {
  /**
   * Checks the components: {@code period} required; {@code reference} a bounded, non-blank text; {@code funders} and
   * {@code lines} copied unmodifiable, without null element.
   *
   * @param reference the agreement's reference, printed on its invoices
   * @param period the period it covers
   * @param funders who pays which share (adding up to 100 %)
   * @param lines places per offer
   */
  public AgreementTerms {
    reference = Checks.name(reference, "reference");
    Checks.required(period, "period");
    funders = Checks.listOf(funders, "funders");
    lines = Checks.listOf(lines, "lines");
  }
}
