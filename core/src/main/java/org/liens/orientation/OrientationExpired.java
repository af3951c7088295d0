package org.liens.orientation;

import java.time.LocalDate;

/**
 * The orientation expired unanswered.
 *
 * @param orientation the orientation
 * @param on the on
 */
public record OrientationExpired(OrientationId orientation, LocalDate on) implements OrientationEvent {}
