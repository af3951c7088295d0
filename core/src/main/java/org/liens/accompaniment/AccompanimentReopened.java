package org.liens.accompaniment;

import java.time.LocalDate;

/**
 * A closed accompaniment was reopened by a coordinator within the reopening window (issue 14): it is active again
 * with its period, contacts and documents.
 *
 * @param accompaniment the accompaniment
 * @param reopenedOn the day it was reopened
 * @param closedOn the day it had been closed
 * @param reason why, as a code
 */
public record AccompanimentReopened(AccompanimentId accompaniment, LocalDate reopenedOn, LocalDate closedOn,
    ReopenReason reason) implements AccompanimentEvent {}
