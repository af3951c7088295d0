package org.liens.accompaniment;

import java.time.LocalDate;

/** The action report was written, with the contacts done (R8). */
public record ActionReportWritten(AccompanimentId accompaniment, LocalDate writtenOn, int homeVisits, int remoteContacts, int workshopSessions) implements AccompanimentEvent {}
