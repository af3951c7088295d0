package org.liens.storage.jdbc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.agreement.FundingAgreement;
import org.liens.agreement.Place;
import org.liens.figures.AgreementFact;
import org.liens.figures.FileFact;
import org.liens.figures.HouseholdFact;
import org.liens.figures.PlaceFact;
import org.liens.household.Household;
import org.liens.organisation.OrganisationId;
import org.liens.referral.Referral;
import org.liens.referral.ReferralId;
import org.liens.shared.EntityId;

/**
 * The figure facts of a {@link BulkImport} (issue 12): the rows the use cases would have written had they created the
 * imported aggregates, so that a report counts imported files, families and places as it counts the others. One
 * household fact per household; one file fact per accompaniment, and per referral not validated (a validated
 * referral's file is its accompaniment's, as {@code FigureProjection} decides); one agreement fact per agreement (its
 * lines and funders); one place fact per accompaniment holding or having held a place of an imported agreement. Each
 * at the revision a creating use case gives it (the aggregate's version 0, so any later change of the stored
 * aggregate writes a higher one), stamped with the storage's clock, to the microsecond. The rows go as the import's
 * other rows do: multi-row INSERTs, or COPY ({@link BulkImport#insertRows}). The columns are listed, so a column
 * added to the fact tables with a default needs nothing here.
 */
final class ImportFacts {
  static final List<String> FILE_COLUMNS = List.of("file_id", "revision", "recorded_at", "household_id", "offer",
      "prescriber_id", "funder_id", "received_day", "outcome", "state", "first_day", "ended_day", "exit_reason",
      "home_visits", "remote_contacts", "home_min", "home_max", "remote_min", "remote_max");
  static final List<String> HOUSEHOLD_COLUMNS = List.of("household_id", "revision", "recorded_at", "children",
      "single_parent", "employment", "below_poverty_line", "territory");
  static final List<String> AGREEMENT_COLUMNS = List.of("agreement_id", "offer", "recorded_at", "places", "start_day",
      "end_day");
  static final List<String> AGREEMENT_FUNDER_COLUMNS = List.of("agreement_id", "funder_id");
  static final List<String> PLACE_COLUMNS = List.of("agreement_id", "accompaniment_id", "revision", "recorded_at",
      "offer", "taken_day", "released_day");

  private ImportFacts() {}

  /** The instant imported facts are recorded at: the storage's clock, to the microsecond every database keeps. */
  static Instant now(Transaction tx) {
    return tx.settings.clock().instant().truncatedTo(ChronoUnit.MICROS);
  }

  /** {@return the figure tables this import fills, for ANALYZE} */
  static List<String> tables(boolean households, boolean files, boolean agreements) {
    List<String> tables = new ArrayList<>();
    if (households) {
      tables.add(FigureFactsRepository.HOUSEHOLD);
    }
    if (files) {
      tables.add(FigureFactsRepository.FILE);
    }
    if (agreements) {
      tables.addAll(List.of(FinanceFactsSql.AGREEMENT, FinanceFactsSql.AGREEMENT_FUNDER, FinanceFactsSql.PLACE));
    }
    return tables;
  }

  /** Writes the facts of the imported aggregates, recorded at {@code at}. */
  static void insert(Transaction tx, boolean copy, Instant at, Collection<Household> households,
      Collection<Referral> referrals, Collection<Accompaniment> accompaniments, Collection<FundingAgreement> agreements) {
    BulkImport.insertRows(tx, copy, "import household facts", FigureFactsRepository.HOUSEHOLD, HOUSEHOLD_COLUMNS,
        households.stream().map(HouseholdFact::of).toList(), (args, h) -> args
            .uuid(h.household().value()).number(h.revision()).instant(at).integer(h.children())
            .integer(h.singleParent() ? 1 : 0).text(h.employment().name()).integer(h.belowPovertyLine() ? 1 : 0)
            .text(h.territory()), n -> { });
    BulkImport.insertRows(tx, copy, "import file facts", FigureFactsRepository.FILE, FILE_COLUMNS,
        files(referrals, accompaniments), (args, f) -> args
            .uuid(f.file().value()).number(f.revision()).instant(at).uuid(f.household().value())
            .text(f.offer().value()).uuid(f.prescriber().map(EntityId::value)).uuid(f.funder().value())
            .integer(day(f.receivedOn())).text(f.outcome().name()).text(f.state().map(Enum::name))
            .integer(f.firstAppointment().map(ImportFacts::day)).integer(f.endedOn().map(ImportFacts::day))
            .text(f.exitReason()).integer(f.homeVisits()).integer(f.remoteContacts())
            .integer(f.targets().map(t -> t.homeVisits().min())).integer(f.targets().map(t -> t.homeVisits().max()))
            .integer(f.targets().map(t -> t.remoteContacts().min()))
            .integer(f.targets().map(t -> t.remoteContacts().max())), n -> { });
    List<AgreementFact> concluded = agreements.stream().map(AgreementFact::of).toList();
    List<Map.Entry<AgreementFact, AgreementFact.Line>> lines = new ArrayList<>();
    List<Map.Entry<AgreementFact, OrganisationId>> funders = new ArrayList<>();
    for (AgreementFact a : concluded) {
      a.lines().forEach(line -> lines.add(Map.entry(a, line)));
      a.funders().forEach(funder -> funders.add(Map.entry(a, funder)));
    }
    BulkImport.insertRows(tx, copy, "import agreement facts", FinanceFactsSql.AGREEMENT, AGREEMENT_COLUMNS, lines,
        (args, l) -> args.uuid(l.getKey().agreement().value()).text(l.getValue().offer().value()).instant(at)
            .integer(l.getValue().places()).integer(day(l.getKey().start()))
            .integer(day(l.getKey().endExclusive())), n -> { });
    BulkImport.insertRows(tx, copy, "import agreement funders", FinanceFactsSql.AGREEMENT_FUNDER,
        AGREEMENT_FUNDER_COLUMNS, funders,
        (args, f) -> args.uuid(f.getKey().agreement().value()).uuid(f.getValue().value()), n -> { });
    BulkImport.insertRows(tx, copy, "import place facts", FinanceFactsSql.PLACE, PLACE_COLUMNS, places(agreements),
        (args, p) -> args.uuid(p.agreement().value()).uuid(p.accompaniment().value()).number(p.revision())
            .instant(at).text(p.offer().value()).integer(day(p.takenOn()))
            .integer(p.releasedOn().map(ImportFacts::day)), n -> { });
  }

  /**
   * One fact per file: an accompaniment's, or a referral's own while it is not validated; a file given twice keeps
   * its highest revision (its accompaniment's), as a use case that changes both does.
   */
  static List<FileFact> files(Collection<Referral> referrals, Collection<Accompaniment> accompaniments) {
    Map<ReferralId, FileFact> files = new LinkedHashMap<>();
    for (Referral referral : referrals) {
      if (FileFact.ownFact(referral)) {
        keep(files, FileFact.of(referral));
      }
    }
    for (Accompaniment accompaniment : accompaniments) {
      keep(files, FileFact.of(accompaniment));
    }
    return List.copyOf(files.values());
  }

  private static void keep(Map<ReferralId, FileFact> files, FileFact fact) {
    files.merge(fact.file(), fact, (a, b) -> a.revision() >= b.revision() ? a : b);
  }

  /** The place facts of the agreements: one per accompaniment that holds or held a place, as last taken or released. */
  static List<PlaceFact> places(Collection<FundingAgreement> agreements) {
    List<PlaceFact> facts = new ArrayList<>();
    for (FundingAgreement agreement : agreements) {
      Map<AccompanimentId, Place> last = new LinkedHashMap<>();
      for (Place place : agreement.places()) {
        last.put(place.accompaniment(), place);
      }
      last.values().forEach(place -> facts.add(PlaceFact.of(agreement, place)));
    }
    return facts;
  }

  private static int day(LocalDate date) {
    return Math.toIntExact(date.toEpochDay());
  }
}
