package org.liens.agreement;

import java.time.LocalDate;
import org.liens.accompaniment.AccompanimentId;
import org.liens.catalog.OfferCode;
import org.liens.shared.Checks;

/** An accompaniment validated under an agreement with no place left, waiting (waitlist policy {@code WAITLIST}). */
public record WaitlistEntry(AccompanimentId accompaniment, OfferCode offer, LocalDate since) {
  /**
   * Checks the components: {@code accompaniment}, {@code offer} and {@code since} required.
   *
   * @param accompaniment the validated accompaniment that waits for a place
   * @param offer the offer whose places are all taken
   * @param since the day it joined the waitlist; earlier entries get a freed place first
   */
  public WaitlistEntry {
    Checks.required(accompaniment, "accompaniment");
    Checks.required(offer, "offer");
    Checks.required(since, "since");
  }
}
