package org.liens.orientation;

import java.time.LocalDate;

/**
 * The orientation was declined, with a reason of the policy's list.
 *
 * @param orientation the orientation
 * @param reason the reason
 * @param on the on
 */
public record OrientationDeclined(OrientationId orientation, String reason, LocalDate on) implements OrientationEvent {}
