package org.liens.billing;

import java.util.List;
import java.util.Optional;
import org.liens.organisation.PostalAddress;
import org.liens.shared.Checks;

/**
 * The organisation that issues invoices, as configured by the host ({@code Liens.builder().seller(…)}): its
 * identity and the mentions its accountant chose. Liens ships no legal text (DESIGN §6): the VAT exemption
 * mention and the payment mentions between professionals (late-penalty rate, the 40 € recovery indemnity) are
 * configuration.
 *
 * <pre>{@code
 * Seller.of("Au bonheur des liens", PostalAddress.of("1 rue …", "30700", "Uzès"), "123456782")
 *     .withVatExemptionMention(mentionChosenByTheAccountant)
 *     .withLegalMentions(List.of(latePenaltyMention, recoveryIndemnityMention));
 * }</pre>
 *
 * @param identity name, address and SIREN
 * @param vatNumber the intra-community VAT number, when the organisation has one
 * @param vatExemptionMention the mention printed for VAT-exempt lines whose tariff gives none
 * @param legalMentions further mentions printed on every invoice and credit note
 * @param paymentTermDays days from the issue date to the due date (default 30)
 */
public record Seller(
    Party identity, Optional<String> vatNumber, Optional<String> vatExemptionMention, List<String> legalMentions,
    int paymentTermDays) {
  /** The payment term when none is configured: 30 days. */
  public static final int DEFAULT_PAYMENT_TERM_DAYS = 30;

  /**
   * Checks the components: {@code identity} required; {@code legalMentions} copied unmodifiable, without null
   * element; {@code vatNumber} and {@code vatExemptionMention} an {@code Optional}, never null; and the rules stated for the type.
   *
   * @param identity name, address and SIREN
   * @param vatNumber the intra-community VAT number, when the organisation has one
   * @param vatExemptionMention the mention printed for VAT-exempt lines whose tariff gives none
   * @param legalMentions further mentions printed on every invoice and credit note
   * @param paymentTermDays days from the issue date to the due date (default 30)
   */
  public Seller {
    Checks.required(identity, "identity");
    vatNumber = Checks.optional(vatNumber, "vatNumber").map(v -> Checks.name(v, "vatNumber"));
    vatExemptionMention = Checks.optional(vatExemptionMention, "vatExemptionMention")
        .map(m -> Checks.shortText(m, "vatExemptionMention"));
    legalMentions = Checks.listOf(legalMentions, "legalMentions").stream()
        .map(m -> Checks.shortText(m, "legal mention")).toList();
    Checks.check(paymentTermDays >= 0 && paymentTermDays <= 365, "a payment term is 0 to 365 days, was " + paymentTermDays);
  }

  /**
   * {@return a seller without VAT number nor mentions, paid at 30 days}
   *
   * @param siren the nine-digit SIREN
   * @param name the seller's name, as printed
   * @param address the seller's postal address, as printed
   */
  public static Seller of(String name, PostalAddress address, String siren) {
    return new Seller(new Party(name, address, siren), Optional.empty(), Optional.empty(), List.of(),
        DEFAULT_PAYMENT_TERM_DAYS);
  }

  /**
   * {@return this seller with an intra-community VAT number}
   *
   * @param value the VAT number
   */
  public Seller withVatNumber(String value) {
    return new Seller(identity, Optional.of(value), vatExemptionMention, legalMentions, paymentTermDays);
  }

  /**
   * {@return this seller with the mention printed for VAT-exempt lines whose tariff gives none}
   *
   * @param value the legal mention, as the accountant words it (configuration, never hard-coded)
   */
  public Seller withVatExemptionMention(String value) {
    return new Seller(identity, vatNumber, Optional.of(value), legalMentions, paymentTermDays);
  }

  /**
   * {@return this seller with further mentions printed on every invoice and credit note}
   *
   * @param values the mentions, in print order
   */
  public Seller withLegalMentions(List<String> values) {
    return new Seller(identity, vatNumber, vatExemptionMention, values, paymentTermDays);
  }

  /**
   * {@return this seller with another payment term}
   *
   * @param days days from the issue date to the due date
   */
  public Seller withPaymentTermDays(int days) {
    return new Seller(identity, vatNumber, vatExemptionMention, legalMentions, days);
  }
}
