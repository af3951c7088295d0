package org.liens.accompaniment;

import java.time.LocalDate;
import java.util.List;
import org.liens.household.PersonId;
import org.liens.referral.ConsentPurpose;

/**
 * A consent was given again on an open accompaniment (R7, R8), by the people named by id; the history keeps it.
 *
 * @param accompaniment the accompaniment
 * @param purpose what the consent is for
 * @param by who gave it, by person id
 * @param on the day it was given
 */
public record ConsentGiven(AccompanimentId accompaniment, ConsentPurpose purpose, List<PersonId> by, LocalDate on)
    implements AccompanimentEvent {}
