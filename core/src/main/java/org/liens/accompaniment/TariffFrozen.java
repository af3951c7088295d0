package org.liens.accompaniment;

import java.time.LocalDate;
import org.liens.catalog.OfferCode;
import org.liens.pricing.Money;
import org.liens.pricing.PriceBasis;

/** The tariff in force on the first appointment was frozen on the accompaniment (R3). */
public record TariffFrozen(
    AccompanimentId accompaniment, OfferCode offer, PriceBasis basis, LocalDate effectiveFrom, Money price,
    LocalDate firstAppointment) implements AccompanimentEvent {}
