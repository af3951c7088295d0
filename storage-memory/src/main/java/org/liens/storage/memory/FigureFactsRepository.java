package org.liens.storage.memory;

import java.time.Instant;
import java.util.List;
import org.liens.figures.AgreementFact;
import org.liens.figures.FigureCounts;
import org.liens.figures.MoneyFact;
import org.liens.figures.PlaceFact;
import org.liens.figures.FigureQuery;
import org.liens.figures.FileFact;
import org.liens.figures.HouseholdFact;
import org.liens.shared.Checks;
import org.liens.storage.FigureFacts;

/** The figure facts port over the store's {@link FigureFactsLog}, bound to one session. */
final class FigureFactsRepository implements FigureFacts {
  private final Session session;

  FigureFactsRepository(Session session) {
    this.session = session;
  }

  @Override
  public void record(List<FileFact> files, List<HouseholdFact> households, Instant recordedAt) {
    Journal journal = session.writable();
    session.store.figures.record(journal, Checks.listOf(files, "files"), Checks.listOf(households, "households"),
        Checks.required(recordedAt, "recordedAt"));
  }

  @Override
  public void recordFinance(
      List<MoneyFact> money, List<AgreementFact> agreements, List<PlaceFact> places, Instant recordedAt) {
    session.store.finance.record(session.writable(), Checks.listOf(money, "money"),
        Checks.listOf(agreements, "agreements"), Checks.listOf(places, "places"),
        Checks.required(recordedAt, "recordedAt"));
  }

  @Override
  public void forgetTerritory(org.liens.household.HouseholdId household) {
    session.store.figures.forgetTerritory(session.writable(), Checks.required(household, "household"));
  }

  @Override
  public FigureCounts count(FigureQuery query) {
    session.usable();
    FigureCounts files = session.store.figures.count(Checks.required(query, "query"));
    return session.store.finance.count(query, files, session.store.figures);
  }
}
