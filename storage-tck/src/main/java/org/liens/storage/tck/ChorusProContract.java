package org.liens.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liens.accompaniment.Accompaniment;
import org.liens.billing.Invoice;
import org.liens.billing.InvoiceStatus;
import org.liens.billing.MissingChorusProDataException;
import org.liens.billing.NumberSeries;
import org.liens.billing.SequencePosition;
import org.liens.organisation.ChorusPro;
import org.liens.organisation.ChorusProField;
import org.liens.organisation.Organisation;
import org.liens.shared.ErrorCode;
import org.liens.storage.Repositories;

/**
 * Issue 15 on every adapter: a funder's Chorus Pro data is stored and read back; an invoice to a funder invoiced
 * through Chorus Pro is refused, naming every missing field, before a number is taken (nothing stored, the series
 * unchanged); once the data is complete, the issued invoice carries it, as stored.
 */
public interface ChorusProContract extends StorageFactory {

  /** Contract (Chorus Pro): stored, required before a number is taken, carried by the issued invoice. */
  @Test
  @DisplayName("Chorus Pro: stored, required before a number is taken, carried by the issued invoice")
  default void chorus_pro_data_is_stored_required_before_a_number_and_carried_by_the_issued_invoice() {
    Ledger ledger = newLedger();
    Organisation gard = ledger.storage.read((Repositories r) -> r.organisations().get(ledger.departement.id()));
    ChorusPro required = ChorusPro.siretUnknown().requiringServiceCode().requiringCommitmentNumber();
    Organisation declared = ledger.liens.organisations().update(Ledger.COORDINATOR, gard.id(), gard.version(),
        gard.details().withChorusPro(required));
    assertThat(ledger.storage.read((Repositories r) -> r.organisations().get(gard.id()))).isEqualTo(declared);
    assertThat(declared.chorusPro()).contains(required);

    Accompaniment mip = ledger.startedMip();
    Invoice draft = ledger.liens.billing().prepare(Ledger.COORDINATOR, mip.id()).get(0);
    NumberSeries series = new NumberSeries(Ledger.SELLER.identity().siren(), "F", ledger.clock.today().getYear());
    Optional<SequencePosition> before = ledger.storage.read((Repositories r) ->
        r.invoiceNumberSequences().current(series));

    MissingChorusProDataException refused = catchThrowableOfType(
        () -> ledger.liens.billing().issue(Ledger.COORDINATOR, draft.id()), MissingChorusProDataException.class);
    assertThat(refused.code()).isEqualTo(ErrorCode.MISSING_CHORUS_PRO_DATA);
    assertThat(refused.missing()).containsExactlyInAnyOrder(ChorusProField.SIRET, ChorusProField.SERVICE_CODE,
        ChorusProField.COMMITMENT_NUMBER);
    assertThat(refused.getMessage()).contains("SIRET", "service code", "commitment number");
    assertThat(ledger.storage.read((Repositories r) -> r.invoices().get(draft.id())).status())
        .isEqualTo(InvoiceStatus.DRAFT);
    assertThat(ledger.storage.read((Repositories r) -> r.invoiceNumberSequences().current(series))).isEqualTo(before);

    ChorusPro complete = required.withSiret("22300001900016").withServiceCode("SERVICE-ASE")
        .withCommitmentNumber("EJ-2023-0042");
    ledger.liens.organisations().update(Ledger.COORDINATOR, gard.id(), declared.version(),
        declared.details().withChorusPro(complete));
    Invoice issued = ledger.liens.billing().issue(Ledger.COORDINATOR, draft.id());

    assertThat(issued.client().chorusPro()).contains(complete);
    assertThat(ledger.storage.read((Repositories r) -> r.invoices().get(draft.id()))).isEqualTo(issued);
  }
}
