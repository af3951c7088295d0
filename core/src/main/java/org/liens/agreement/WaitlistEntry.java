package org.liens.agreement;

import java.time.LocalDate;
import org.liens.accompaniment.AccompanimentId;
import org.liens.catalog.OfferCode;
import org.liens.shared.Checks;

/** An accompaniment validated under an agreement with no place left, waiting (waitlist policy {@code WAITLIST}). */
public record WaitlistEntry(AccompanimentId accompaniment, OfferCode offer, LocalDate since) {
  public WaitlistEntry {
    Checks.required(accompaniment, "accompaniment");
    Checks.required(offer, "offer");
    Checks.required(since, "since");
  }
}
