package org.liens.accompaniment;

import java.time.LocalDate;
import java.util.List;
import org.liens.household.PersonId;
import org.liens.referral.ConsentPurpose;

/**
 * A consent was revoked on an open accompaniment (R7, R8), by the people named by id; the history keeps it. For
 * {@link ConsentPurpose#SHARING_WITH_PRESCRIBER} the accompaniment leaves the prescriber's view at once.
 *
 * @param accompaniment the accompaniment
 * @param purpose what the consent was for
 * @param by who revoked it, by person id
 * @param on the day it was revoked
 */
public record ConsentRevoked(AccompanimentId accompaniment, ConsentPurpose purpose, List<PersonId> by, LocalDate on)
    implements AccompanimentEvent {}
