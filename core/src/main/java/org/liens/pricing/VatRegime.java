package org.liens.pricing;

import java.math.BigDecimal;
import java.util.Optional;
import org.liens.shared.Checks;

/**
 * How VAT applies to a price (DESIGN §6). Prices in Liens are TTC (R3: "1800 € TTC"); the regime says how much of
 * a TTC amount is VAT.
 *
 * <ul>
 *   <li>{@link Exempt}: no VAT; the invoice prints a legal exemption mention. Which exemption an association
 *       qualifies for is the accountant's call, so the mention is <b>configuration</b>: carried by the tariff
 *       when the host's tariff file gives one, otherwise taken from the seller's configuration
 *       ({@code Seller#vatExemptionMention}). Liens never ships legal text.
 *   <li>{@link Taxed}: VAT at a rate; the amount is broken down with {@link VatBreakdown#of(Money, VatRegime)}.
 * </ul>
 *
 * The default for the 2023 tariffs is exempt without a mention of its own (DESIGN §1: "an organisation is
 * VAT-exempt unless its tariff says otherwise").
 */
public sealed interface VatRegime {

  /** {@return an exemption whose mention to print is taken from the seller's configuration} */
  static VatRegime exempt() {
    return new Exempt(Optional.empty());
  }

  /**
   * {@return an exemption with this mention to print}
   * @param legalMention the exemption mention, as given by the host's configuration (e.g. the article of the tax code)
   */
  static VatRegime exempt(String legalMention) {
    return new Exempt(Optional.of(Checks.notBlank(legalMention, "legalMention")));
  }

  /**
   * {@return VAT at {@code rate}}
   * @param rate the VAT rate
   */
  static VatRegime taxed(VatRate rate) {
    return new Taxed(rate);
  }

  /** {@return the rate; zero when exempt} */
  BigDecimal ratePercent();

  /**
   * Exempt from VAT (franchise, or an exemption of social-sector services).
   *
   * @param legalMention the mention to print, when the tariff's configuration gives one; empty to use the
   *     seller's configured mention
   */
  record Exempt(Optional<String> legalMention) implements VatRegime {
    /**
     * Checks the components: {@code legalMention} an {@code Optional}, never null.
     *
     * @param legalMention the mention to print, when the tariff's configuration gives one; empty to use the seller's
     *     configured mention
     */
    public Exempt {
      legalMention = Checks.optional(legalMention, "legalMention").map(m -> Checks.notBlank(m, "legalMention"));
    }

    @Override
    public BigDecimal ratePercent() {
      return BigDecimal.ZERO;
    }

    @Override
    public String toString() {
      return "exempt";
    }
  }

  /** Subject to VAT at {@code rate}. */
  record Taxed(VatRate rate) implements VatRegime {
    /**
     * Checks the components: {@code rate} required.
     *
     * @param rate the VAT rate applied to the net amounts
     */
    public Taxed {
      Checks.required(rate, "rate");
    }

    @Override
    public BigDecimal ratePercent() {
      return rate.percent();
    }

    @Override
    public String toString() {
      return "VAT " + rate;
    }
  }
}
