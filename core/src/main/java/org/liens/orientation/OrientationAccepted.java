package org.liens.orientation;

import java.time.LocalDate;

/**
 * The partner accepted the orientation.
 *
 * @param orientation the orientation
 * @param on the on
 */
public record OrientationAccepted(OrientationId orientation, LocalDate on) implements OrientationEvent {}
