package org.liens.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.liens.accompaniment.AccompanimentEvent;
import org.liens.agreement.FundingAgreementEvent;
import org.liens.billing.CreditNoteEvent;
import org.liens.billing.InvoiceEvent;
import org.liens.event.EventPayload;
import org.liens.household.HouseholdEvent;
import org.liens.organisation.OrganisationEvent;
import org.liens.orientation.OrientationEvent;
import org.liens.referral.ReferralEvent;
import org.liens.staff.StaffMemberEvent;
import org.liens.workshop.QuoteEvent;
import org.liens.workshop.WorkshopSeriesEvent;

/**
 * The event payload types of core, derived from the sealed event family of each aggregate: a new event is added to
 * its family's {@code permits} list and nowhere else. Type names are the records' simple names, the names the
 * outbox stores ({@link EventPayload#type()}), so events stored before still read.
 */
final class EventTypes {
  /** One sealed family per aggregate. */
  static final List<Class<? extends EventPayload>> FAMILIES = List.of(
      HouseholdEvent.class,
      OrganisationEvent.class,
      ReferralEvent.class,
      AccompanimentEvent.class,
      FundingAgreementEvent.class,
      QuoteEvent.class,
      WorkshopSeriesEvent.class,
      InvoiceEvent.class,
      CreditNoteEvent.class,
      StaffMemberEvent.class,
      OrientationEvent.class);

  /** Every payload record, by type name, in the order of the families and of their {@code permits} lists. */
  static final Map<String, Class<? extends EventPayload>> BY_NAME = byName();

  private EventTypes() {}

  private static Map<String, Class<? extends EventPayload>> byName() {
    Map<String, Class<? extends EventPayload>> byName = new LinkedHashMap<>();
    for (Class<? extends EventPayload> family : FAMILIES) {
      for (Class<?> type : family.getPermittedSubclasses()) {
        Class<? extends EventPayload> payload = type.asSubclass(EventPayload.class);
        if (byName.put(payload.getSimpleName(), payload) != null) {
          throw new IllegalStateException("two event payloads named " + payload.getSimpleName());
        }
      }
    }
    return Collections.unmodifiableMap(byName);
  }
}
