package org.liens.orientation;

import java.time.LocalDate;

/**
 * The outcome of an accepted orientation was recorded (its reason stays with the orientation).
 *
 * @param orientation the orientation
 * @param tookPart the tookPart
 * @param on the on
 */
public record OrientationOutcomeRecorded(OrientationId orientation, boolean tookPart, LocalDate on) implements OrientationEvent {}
