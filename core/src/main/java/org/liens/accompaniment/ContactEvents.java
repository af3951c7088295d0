package org.liens.accompaniment;

import java.util.List;
import java.util.Optional;
import org.liens.event.EventPayload;

/** The events that record contacts in their status (issue 14), for {@link Accompaniment}. */
final class ContactEvents {
  private ContactEvents() {}

  /**
   * The event that records {@code contact} in its status: {@link ContactRecorded} when held, {@link ContactPlanned}
   * when planned, {@link ContactNotHeld} when missed or cancelled.
   */
  static AccompanimentEvent recorded(AccompanimentId id, Contact contact) {
    return switch (contact.status()) {
      case HELD -> new ContactRecorded(id, contact.id(), contact.kind(), contact.date(), contact.educator());
      case PLANNED -> new ContactPlanned(id, contact.id(), contact.kind(), contact.date(), contact.educator());
      default -> new ContactNotHeld(id, contact.id(), contact.kind(), contact.date(), contact.status());
    };
  }

  /**
   * The events of an ending: one {@link ContactNotHeld} for each contact still planned, which the ending cancels
   * ({@link FollowUp#ending()}), then {@code ending}.
   */
  static EventPayload[] ending(AccompanimentId id, Optional<FollowUp> started, AccompanimentEvent ending) {
    List<Contact> planned = started.map(FollowUp::stillPlanned).orElse(List.of());
    EventPayload[] events = new EventPayload[planned.size() + 1];
    for (int i = 0; i < planned.size(); i++) {
      Contact c = planned.get(i);
      events[i] = new ContactNotHeld(id, c.id(), c.kind(), c.date(), ContactStatus.CANCELLED);
    }
    events[planned.size()] = ending;
    return events;
  }
}
