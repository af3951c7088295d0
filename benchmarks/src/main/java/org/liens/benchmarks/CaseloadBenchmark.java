package org.liens.benchmarks;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.liens.Liens;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.application.CaseloadPage;
import org.liens.accompaniment.application.PrescriberView;
import org.liens.organisation.OrganisationId;
import org.liens.referral.Referral;
import org.liens.storage.CaseloadCursor;
import org.liens.storage.PageRequest;
import org.liens.storage.PrescriberCaseloadRow;
import org.liens.storage.Storage;
import org.liens.storage.memory.InMemoryStorage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * One prescriber's caseload on the in-memory adapter (issue 13, targets 3 and 7), among {@link #accompaniments}
 * accompaniments of {@link CaseloadFixture}: a page of 50 views through the service (the first one, and one in the
 * middle of the caseload), the same page from storage, and the whole caseload through the service, whose time
 * divided by its rows is the per-row cost; next to its baseline, a scan of every open accompaniment filtered by
 * prescriber in the same run.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CaseloadBenchmark extends BenchmarkSettings {
  static final int PAGE = 50;
  /** The page size: {@link #PAGE}, smaller in the build's set-up check. */
  int pageSize = PAGE;

  @Param({"10000", "100000", "1000000"})
  public int accompaniments;

  Storage storage;
  Liens liens;
  OrganisationId prescriber;
  PageRequest middle;
  final Actor actor = Actor.of("bench", Role.COORDINATOR);

  @Setup
  public void setUp() {
    CaseloadFixture fixture = new CaseloadFixture(13);
    storage = new InMemoryStorage();
    storage.inTransaction(r -> {
      fixture.organisations.forEach(r.organisations()::save);
      return null;
    });
    int batch = 10_000;
    List<CaseloadFixture.Case> cases = new java.util.ArrayList<>(batch);
    fixture.generate(accompaniments, c -> {
      cases.add(c);
      if (cases.size() == batch) {
        save(cases);
      }
    });
    save(cases);
    prescriber = fixture.measured();
    liens = Liens.builder().storage(storage)
        .clock(Clock.fixed(CaseloadFixture.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC)).build();
    List<Accompaniment> all = storage.read(r -> r.accompaniments().openOfPrescriber(prescriber));
    middle = PageRequest.after(CaseloadCursor.of(all.get(all.size() / 2)), pageSize);
    System.out.println("[caseload] memory: " + accompaniments + " accompaniments, the prescriber's caseload: "
        + all.size() + " rows");
  }

  private void save(List<CaseloadFixture.Case> cases) {
    storage.inTransaction(r -> {
      for (CaseloadFixture.Case c : cases) {
        r.households().save(c.household());
        Referral saved = r.referrals().save(c.assessed());
        r.accompaniments().save(c.accompaniment());
        r.referrals().save(saved.validate(c.accompaniment().id(), c.accompaniment().openedOn()).after());
      }
      return null;
    });
    cases.clear();
  }

  /** The prescriber's first screen: 50 views, progress included. */
  @Benchmark
  public CaseloadPage<PrescriberView> firstPage() {
    return liens.caseload().ofPrescriber(actor, prescriber, PageRequest.first(pageSize));
  }

  /** A page in the middle of the caseload: the cost of a page does not depend on where it starts. */
  @Benchmark
  public CaseloadPage<PrescriberView> middlePage() {
    return liens.caseload().ofPrescriber(actor, prescriber, middle);
  }

  /** The same first page from storage, without the views. */
  @Benchmark
  public List<Accompaniment> firstPageFromStorage() {
    return storage.read(r -> r.accompaniments().openOfPrescriber(prescriber, PageRequest.first(pageSize)));
  }

  /** The same first page from storage as the rows the prescriber's screen needs, what the service reads. */
  @Benchmark
  public List<PrescriberCaseloadRow> firstPageRowsFromStorage() {
    return storage.read(r -> r.accompaniments().prescriberCaseload(prescriber, CaseloadFixture.TODAY,
        PageRequest.first(pageSize)));
  }

  /** The same first page from storage, made into views (progress included), without the service's engine. */
  @Benchmark
  public List<PrescriberView> firstPageAsViews() {
    return storage.read(r -> r.accompaniments().openOfPrescriber(prescriber, PageRequest.first(pageSize))).stream()
        .map(a -> PrescriberView.of(a, prescriber, CaseloadFixture.TODAY)).toList();
  }

  /** The whole caseload through the service: divided by its rows, the per-row cost. */
  @Benchmark
  public List<PrescriberView> wholeCaseload() {
    return liens.caseload().ofPrescriber(actor, prescriber);
  }

  /** Baseline: the prescriber's open accompaniments by a scan of every open one, from storage. */
  @Benchmark
  public List<Accompaniment> wholeCaseloadByScan() {
    return storage.read(r -> r.accompaniments().open().stream()
        .filter(a -> a.prescriber().filter(prescriber::equals).isPresent() && a.sharesProgressWithPrescriber())
        .toList());
  }

  /** The whole caseload from storage, by its index, without the views. */
  @Benchmark
  public List<Accompaniment> wholeCaseloadFromStorage() {
    return storage.read(r -> r.accompaniments().openOfPrescriber(prescriber));
  }
}
