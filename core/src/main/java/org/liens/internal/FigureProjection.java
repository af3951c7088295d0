package org.liens.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.liens.accompaniment.Accompaniment;
import org.liens.figures.FileFact;
import org.liens.figures.HouseholdFact;
import org.liens.household.Household;
import org.liens.referral.Referral;
import org.liens.referral.ReferralId;
import org.liens.shared.Aggregate;
import org.liens.storage.Repositories;

/**
 * Writes the figure facts of the aggregates a unit of work changed (issue 12), in its transaction: one file fact per
 * referral not yet validated or accompaniment, one household fact per household. A file changed twice in one unit
 * (a referral validated into an accompaniment) keeps its highest revision.
 */
final class FigureProjection {
  private FigureProjection() {}

  /** The recorded instant of the facts: the clock's, to the microsecond, the precision every database keeps. */
  static Instant now(java.time.Clock clock) {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }

  static void record(
      Repositories repositories, List<Aggregate> changed, List<org.liens.event.DomainEvent> events, Instant now) {
    for (org.liens.event.DomainEvent event : events) {
      if (event.payload() instanceof org.liens.household.HouseholdAnonymised anonymised) {
        repositories.figureFacts().forgetTerritory(anonymised.household());
      }
    }
    Map<ReferralId, FileFact> files = new LinkedHashMap<>();
    List<HouseholdFact> households = new ArrayList<>();
    for (Aggregate aggregate : changed) {
      if (aggregate instanceof Accompaniment a) {
        keep(files, FileFact.of(a));
      } else if (aggregate instanceof Referral r && FileFact.ownFact(r)) {
        keep(files, FileFact.of(r));
      } else if (aggregate instanceof Household h) {
        households.add(HouseholdFact.of(h));
      }
    }
    FinanceProjection.record(repositories, changed, events, now);
    if (!files.isEmpty() || !households.isEmpty()) {
      repositories.figureFacts().record(List.copyOf(files.values()), households, now);
    }
  }

  private static void keep(Map<ReferralId, FileFact> files, FileFact fact) {
    files.merge(fact.file(), fact, (a, b) -> a.revision() >= b.revision() ? a : b);
  }
}
