package org.liens.storage.memory;

import java.time.LocalDate;
import java.util.List;
import org.liens.agreement.AgreementId;
import org.liens.agreement.FundingAgreement;
import org.liens.catalog.OfferCode;
import org.liens.organisation.OrganisationId;
import org.liens.shared.Checks;
import org.liens.storage.AggregateKind;
import org.liens.storage.FundingAgreements;

/** The funding agreements (R10), by offer with places left and by funder. */
final class FundingAgreementRepository extends AggregateTable<FundingAgreement, AgreementId>
    implements FundingAgreements {
  FundingAgreementRepository(Session session) {
    super(session, AggregateKind.FUNDING_AGREEMENT, session.store.agreements, FundingAgreement::withVersion);
  }

  @Override
  public List<FundingAgreement> withPlacesLeft(OfferCode offer, LocalDate on) {
    Checks.required(on, "on");
    List<FundingAgreement> found =
        table.rows(store.agreementsWithPlacesLeft.get(Checks.required(offer, "offer")));
    found.removeIf(a -> !a.period().contains(on));
    session.usable();
    found.sort(BY_PERIOD);
    return List.copyOf(found);
  }

  @Override
  public List<FundingAgreement> ofFunder(OrganisationId funder) {
    return session.query(table, store.agreementsByFunder.get(Checks.required(funder, "funder")), BY_PERIOD);
  }

  @Override
  public List<FundingAgreement> inForce(LocalDate on) {
    Checks.required(on, "on");
    List<FundingAgreement> found = table.rows(table.ids());
    found.removeIf(a -> !a.period().contains(on));
    session.usable();
    found.sort(BY_PERIOD);
    return List.copyOf(found);
  }
}
