package org.liens.accompaniment;

import java.time.LocalDate;

/**
 * A contact between the team and the family, recorded with its date, kind and educator (R4): a
 * {@link HomeVisit}, a {@link RemoteContact}, or an ARCS {@link WorkshopSession}.
 */
public sealed interface Contact permits HomeVisit, RemoteContact, WorkshopSession {
  ContactId id();

  LocalDate date();

  EducatorId educator();

  ContactKind kind();
}
