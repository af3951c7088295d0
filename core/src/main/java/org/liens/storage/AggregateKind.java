package org.liens.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liens.accompaniment.Accompaniment;
import org.liens.agreement.FundingAgreement;
import org.liens.billing.AgreementRef;
import org.liens.billing.BillingSubject;
import org.liens.billing.CreditNote;
import org.liens.billing.Invoice;
import org.liens.household.Household;
import org.liens.organisation.Organisation;
import org.liens.orientation.Orientation;
import org.liens.referral.Referral;
import org.liens.shared.Aggregate;
import org.liens.shared.EntityId;
import org.liens.shared.ErrorCode;
import org.liens.staff.StaffMember;
import org.liens.workshop.Quote;
import org.liens.workshop.WorkshopSeries;

/**
 * The kinds of aggregate a storage adapter keeps, each with the references it must find before a save, declared
 * once for every adapter. A save whose reference is missing fails with {@link ErrorCode#DANGLING_REFERENCE} and
 * the message {@code "no <what> <id>"} of the first missing one, in the order listed here; nothing is stored.
 * The references carry the rules: a referral comes from a prescriber for a funder (R7, R12), an accompaniment
 * follows its referral and may succeed another (R6, R8), an agreement's places hold accompaniments (R10), a quote
 * opens one workshop series (R9), an invoice and a credit note bill an accompaniment or a series (R3), a staff
 * member works for an organisation.
 */
public enum AggregateKind {
  /** The {@link Household} aggregate. */
  HOUSEHOLD("household", Household.class),
  /** The {@link Organisation} aggregate. */
  ORGANISATION("organisation", Organisation.class),
  /** The {@link Referral} aggregate. */
  REFERRAL("referral", Referral.class),
  /** The {@link Accompaniment} aggregate. */
  ACCOMPANIMENT("accompaniment", Accompaniment.class),
  /** The {@link FundingAgreement} aggregate. */
  FUNDING_AGREEMENT("funding agreement", FundingAgreement.class),
  /** The {@link Quote} aggregate. */
  QUOTE("quote", Quote.class),
  /** The {@link WorkshopSeries} aggregate. */
  WORKSHOP_SERIES("workshop series", WorkshopSeries.class),
  /** The {@link Invoice} aggregate. */
  INVOICE("invoice", Invoice.class),
  /** The {@link CreditNote} aggregate. */
  CREDIT_NOTE("credit note", CreditNote.class),
  /** The {@link StaffMember} aggregate. */
  STAFF_MEMBER("staff member", StaffMember.class),
  /** The {@link Orientation} aggregate (issue 16). */
  ORIENTATION("orientation", Orientation.class);

  private final String what;
  private final Class<? extends Aggregate> type;

  AggregateKind(String what, Class<? extends Aggregate> type) {
    this.what = what;
    this.type = type;
  }

  /** The declaration: for each kind, what it refers to, in the order the adapters check it. */
  private void declare(Aggregate aggregate, References to) {
    switch (this) {
      case HOUSEHOLD, ORGANISATION -> { }
      case REFERRAL -> {
        // the household, the prescriber, the funder, the accompaniment it succeeds, the one it opened, the agreement
        Referral r = (Referral) aggregate;
        to.one(HOUSEHOLD, r.household()).maybe(ORGANISATION, r.source().prescriber()).one(ORGANISATION, r.funder())
            .maybe(ACCOMPANIMENT, r.succeeds()).maybe(ACCOMPANIMENT, r.accompaniment())
            .maybe(FUNDING_AGREEMENT, r.agreement());
      }
      case ACCOMPANIMENT -> {
        // the household, the referral, the prescriber, the funder, the predecessor, the successor, the agreement
        Accompaniment a = (Accompaniment) aggregate;
        to.one(HOUSEHOLD, a.household()).one(REFERRAL, a.referral()).maybe(ORGANISATION, a.prescriber())
            .one(ORGANISATION, a.funder()).maybe(ACCOMPANIMENT, a.predecessor()).maybe(ACCOMPANIMENT, a.successor())
            .maybe(FUNDING_AGREEMENT, a.agreement());
      }
      case FUNDING_AGREEMENT -> {
        // every funder, then the accompaniment of every place, then of every waitlist entry
        FundingAgreement g = (FundingAgreement) aggregate;
        g.funders().forEach(f -> to.one(ORGANISATION, f.funder()));
        g.places().forEach(p -> to.one(ACCOMPANIMENT, p.accompaniment()));
        g.waitlist().forEach(w -> to.one(ACCOMPANIMENT, w.accompaniment()));
      }
      case QUOTE -> {
        // the client, then the series it opened
        Quote q = (Quote) aggregate;
        to.one(ORGANISATION, q.client()).maybe(WORKSHOP_SERIES, q.series());
      }
      case WORKSHOP_SERIES -> {
        // the quote, then the client
        WorkshopSeries w = (WorkshopSeries) aggregate;
        to.one(QUOTE, w.quote()).one(ORGANISATION, w.client());
      }
      case INVOICE -> {
        // the funder, the agreement, then the subject (an accompaniment or a workshop series)
        Invoice i = (Invoice) aggregate;
        to.one(ORGANISATION, i.funder()).maybe(FUNDING_AGREEMENT, i.agreement().map(AgreementRef::id))
            .subject(i.subject());
      }
      case CREDIT_NOTE -> {
        // the invoice, the funder, then the agreement (the subject is the invoice's)
        CreditNote c = (CreditNote) aggregate;
        to.one(INVOICE, c.invoice()).one(ORGANISATION, c.funder())
            .maybe(FUNDING_AGREEMENT, c.agreement().map(AgreementRef::id));
      }
      case STAFF_MEMBER -> to.one(ORGANISATION, ((StaffMember) aggregate).organisation());
      // the household, then the accompaniment (the partner service is public data, kept by id only)
      case ORIENTATION -> to.one(HOUSEHOLD, ((Orientation) aggregate).household())
          .one(ACCOMPANIMENT, ((Orientation) aggregate).accompaniment());
    }
  }

  /** {@return the aggregate's name in messages ("funding agreement")} */
  public String what() {
    return what;
  }

  /**
   * {@return the references {@code aggregate} must find before it is saved, in the order to check them}
   *
   * @throws ClassCastException if {@code aggregate} is not of this kind
   * @param aggregate an aggregate of this kind
   */
  public List<Reference> references(Aggregate aggregate) {
    References to = new References();
    declare(type.cast(aggregate), to);
    return List.copyOf(to.list);
  }

  /** An aggregate of {@code kind} with {@code id} that must exist. */
  public record Reference(AggregateKind kind, UUID id) {
    /** {@return the message of the {@link ErrorCode#DANGLING_REFERENCE} failure when it does not exist} */
    public String missing() {
      return "no " + kind.what() + " " + id;
    }
  }

  /** Collects the references of one aggregate, in order. */
  private static final class References {
    private final List<Reference> list = new ArrayList<>();

    References one(AggregateKind kind, EntityId id) {
      list.add(new Reference(kind, id.value()));
      return this;
    }

    References maybe(AggregateKind kind, Optional<? extends EntityId> id) {
      id.ifPresent(i -> one(kind, i));
      return this;
    }

    References subject(BillingSubject subject) {
      if (subject instanceof BillingSubject.OfAccompaniment a) {
        return one(AggregateKind.ACCOMPANIMENT, a.accompaniment());
      }
      return one(AggregateKind.WORKSHOP_SERIES, ((BillingSubject.OfWorkshopSeries) subject).series());
    }
  }
}
