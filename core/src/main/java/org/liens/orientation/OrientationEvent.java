package org.liens.orientation;

import org.liens.event.EventPayload;

/**
 * What can happen to an {@link Orientation}: the one list of its event payloads (ids, dates, codes, never free text).
 */
public sealed interface OrientationEvent extends EventPayload
    permits OrientationProposed, OrientationAccepted, OrientationDeclined, OrientationExpired,
    OrientationOutcomeRecorded {}
