package org.liens.orientation;

import java.time.LocalDate;
import org.liens.accompaniment.AccompanimentId;
import org.liens.partner.PartnerServiceId;

/**
 * An educator or the coordinator oriented a household member to a partner service.
 *
 * @param orientation the orientation
 * @param accompaniment the accompaniment
 * @param service the service
 * @param expiresOn the expiresOn
 */
public record OrientationProposed(OrientationId orientation, AccompanimentId accompaniment, PartnerServiceId service, LocalDate expiresOn) implements OrientationEvent {}
