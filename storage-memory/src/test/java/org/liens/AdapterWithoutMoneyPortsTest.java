package org.liens;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.liens.storage.memory.MoneyWorld;
import org.liens.Liens;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.accompaniment.Accompaniment;
import org.liens.staff.StaffId;
import org.liens.catalog.OfferCode;
import org.liens.household.HouseholdProfile;
import org.liens.household.Parent;
import org.liens.organisation.OrganisationKind;
import org.liens.pricing.Money;
import org.liens.referral.Consent;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralRequest;
import org.liens.referral.ReferralSource;
import org.liens.shared.PersonName;
import org.liens.storage.Accompaniments;
import org.liens.storage.AuditTrail;
import org.liens.storage.CreditNotes;
import org.liens.storage.EventOutbox;
import org.liens.storage.FundingAgreements;
import org.liens.storage.Households;
import org.liens.storage.InvoiceNumberSequences;
import org.liens.storage.Invoices;
import org.liens.storage.Organisations;
import org.liens.storage.Quotes;
import org.liens.storage.Referrals;
import org.liens.storage.Repositories;
import org.liens.storage.StaffRegistry;
import org.liens.storage.Storage;
import org.liens.storage.WorkshopSeriesStore;
import org.liens.storage.memory.InMemoryStorage;
import org.liens.storage.tck.Staffing;
import org.liens.storage.tck.TestClock;

/**
 * An adapter that does not store money yet (a host's own adapter whose money ports fail) still runs referrals and
 * accompaniments: no use case without money touches the money ports.
 */
class AdapterWithoutMoneyPortsTest {

  /** Exposes only the ports that existed before the money side; the money ports throw. */
  static final class OldAdapter implements Storage {
    private final InMemoryStorage delegate = new InMemoryStorage();

    @Override
    public <T> T inTransaction(Function<Repositories, T> work) {
      return delegate.inTransaction(r -> work.apply(restrict(r)));
    }

    @Override
    public <T> T read(Function<Repositories, T> work) {
      return delegate.read(r -> work.apply(restrict(r)));
    }

    private static Repositories restrict(Repositories r) {
      return new Repositories() {
        @Override
        public Households households() {
          return r.households();
        }

        @Override
        public Organisations organisations() {
          return r.organisations();
        }

        @Override
        public StaffRegistry staff() {
          return r.staff();
        }

        @Override
        public Referrals referrals() {
          return r.referrals();
        }

        @Override
        public Accompaniments accompaniments() {
          return r.accompaniments();
        }

        @Override
        public EventOutbox outbox() {
          return r.outbox();
        }

        @Override
        public AuditTrail auditTrail() {
          return r.auditTrail();
        }

        @Override
        public FundingAgreements fundingAgreements() {
          throw unsupported("funding agreements");
        }

        @Override
        public Quotes quotes() {
          throw unsupported("quotes");
        }

        @Override
        public WorkshopSeriesStore workshopSeries() {
          throw unsupported("workshop series");
        }

        @Override
        public Invoices invoices() {
          throw unsupported("invoices");
        }

        @Override
        public CreditNotes creditNotes() {
          throw unsupported("credit notes");
        }

        @Override
        public InvoiceNumberSequences invoiceNumberSequences() {
          throw unsupported("invoice numbering");
        }
      };
    }

    private static UnsupportedOperationException unsupported(String what) {
      return new UnsupportedOperationException("this adapter does not store " + what);
    }
  }

  @Test
  void referralsWithoutAgreementAndAccompanimentsStillWork() {
    LocalDate today = LocalDate.of(2023, 9, 4);
    Liens liens = Liens.builder().storage(new OldAdapter())
        .clock(new TestClock(today)).seller(MoneyWorld.SELLER).build();
    Actor coordinator = Actor.of("u1", Role.COORDINATOR);
    var departement = liens.organisations().register(coordinator, "CD30", OrganisationKind.DEPARTEMENT);
    Parent parent = new Parent(PersonName.of("Anne", "Martin"));
    var household = liens.households().register(coordinator,
        HouseholdProfile.builder().parent(parent).singleParent(true).build());
    var referral = liens.referrals().receive(coordinator, ReferralRequest.of(household.id(), OfferCode.MIP,
        ReferralSource.familyRequest(), departement.id(), today, ReferralReason.FAMILY_EVENT));
    liens.referrals().recordConsent(coordinator, referral.id(), Consent.of(today, parent.id()));
    liens.referrals().assess(coordinator, referral.id(), new NeedsAssessment(today, "besoins"));
    StaffId educator = StaffId.of(UUID.randomUUID());
    Staffing.register(liens, coordinator, educator);
    Accompaniment validated = liens.referrals().validate(coordinator, referral.id(), List.of(educator));
    Accompaniment started = liens.accompaniments().start(coordinator, validated.id(), today);
    assertThat(started.tariff().orElseThrow().price()).isEqualTo(Money.euros(1800));
    assertThatThrownBy(() -> liens.billing().prepare(coordinator, started.id()))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("does not store");
  }
}
