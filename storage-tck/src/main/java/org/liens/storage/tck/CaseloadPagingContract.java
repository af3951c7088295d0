package org.liens.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.liens.accompaniment.Accompaniment;
import org.liens.organisation.Organisation;
import org.liens.staff.StaffId;
import org.liens.storage.Accompaniments;
import org.liens.storage.CaseloadCursor;
import org.liens.storage.PageRequest;
import org.liens.storage.Repositories;
import org.liens.storage.Storage;

/**
 * The caseload pages (issue 13): for every view (the whole caseload, each prescriber, funder and educator), reading
 * page after page from the first, each in its own read, returns exactly the unpaged list, in the caseload order
 * ({@link Accompaniments#CASELOAD_ORDER}: opening date, then id as an unsigned number), every page full but the last.
 * Accompaniments are squeezed onto a few opening days so that the order between ids on one day is exercised.
 */
public interface CaseloadPagingContract extends StorageFactory {

  /** {@return up to sixteen random accompaniments opened on a handful of days} */
  @Provide
  default Arbitrary<List<Population.Spec>> crowdedPopulations() {
    return Population.specs().map(s -> new Population.Spec(s.household(), s.offer(), s.prescriber(), s.funder(),
        s.team(), s.receivedDay() % 3, s.openedAfter() % 2, s.startAfter(), s.visits(), s.ending(), s.sharing()))
        .list().ofMaxSize(16);
  }

  /**
   * Contract (caseload pages): paging through every view equals its unpaged list, in the caseload order.
   *
   * @param specs the random accompaniments written
   * @param size the size of the pages
   */
  @Property(tries = 30)
  @Label("caseload pages: paging through all pages equals the unpaged list in the caseload order, on every view")
  default void paging_through_all_pages_equals_the_unpaged_list(
      @ForAll("crowdedPopulations") List<Population.Spec> specs, @ForAll @IntRange(min = 1, max = 5) int size) {
    Storage storage = newStorage();
    Population p = Population.write(storage, specs);

    samePages(storage, size, Accompaniments::open, Accompaniments::open);
    for (Organisation o : p.organisations) {
      samePages(storage, size, a -> a.openOfPrescriber(o.id()), (a, page) -> a.openOfPrescriber(o.id(), page));
      samePages(storage, size, a -> a.openOfFunder(o.id()), (a, page) -> a.openOfFunder(o.id(), page));
    }
    for (StaffId e : Population.EDUCATORS) {
      samePages(storage, size, a -> a.openOfEducator(e), (a, page) -> a.openOfEducator(e, page));
    }
    long open = p.accompaniments.stream().filter(Accompaniment::isOpen).count();
    Statistics.label("open accompaniments against the page size").collect(
        open == 0 ? "none" : open <= size ? "one page" : "several pages");
    Statistics.label("open accompaniments sharing an opening day").collect(p.accompaniments.stream()
        .filter(Accompaniment::isOpen).map(Accompaniment::openedOn).distinct().count() < open ? "yes" : "no");
  }

  /**
   * Contract (caseload pages): the pages after a cursor hold exactly what follows it in the caseload order when they
   * are read, whatever was opened in between (here on the first opening day): a keyset page repeats and skips nothing
   * of what was already shown, as an offset would when rows are inserted before it.
   *
   * @param specs the random accompaniments written
   * @param later the accompaniments written between the first page and the others
   */
  @Property(tries = 20)
  @Label("caseload pages: the pages after a cursor hold what follows it, whatever was opened in between")
  default void pages_after_a_cursor_hold_what_follows_it(
      @ForAll("crowdedPopulations") List<Population.Spec> specs,
      @ForAll("crowdedPopulations") List<Population.Spec> later) {
    Storage storage = newStorage();
    Population population = Population.write(storage, specs);
    List<Accompaniment> firstPage = storage.read(r -> r.accompaniments().open(PageRequest.first(2)));
    List<Accompaniment> before = storage.read(r -> r.accompaniments().open());
    population.writeMore(storage, later.stream().map(s -> new Population.Spec(s.household(), s.offer(), s.prescriber(),
        s.funder(), s.team(), 0, 0, s.startAfter(), s.visits(), s.ending(), s.sharing())).toList());

    List<Accompaniment> rest = new ArrayList<>();
    if (firstPage.size() == 2) {
      CaseloadCursor cursor = CaseloadCursor.of(firstPage.get(1));
      List<Accompaniment> all = storage.read(r -> r.accompaniments().open());
      rest.addAll(readAll(storage, PageRequest.after(cursor, 3), Accompaniments::open));
      assertThat(rest).containsExactlyElementsOf(all.stream()
          .filter(a -> cursor.compareTo(CaseloadCursor.of(a)) < 0).toList());
      assertThat(before).startsWith(firstPage.toArray(Accompaniment[]::new));
    } else {
      assertThat(firstPage).containsExactlyElementsOf(before);
    }
  }

  private static void samePages(Storage storage, int size, Function<Accompaniments, List<Accompaniment>> unpaged,
      BiFunction<Accompaniments, PageRequest, List<Accompaniment>> paged) {
    List<Accompaniment> expected = storage.read(r -> unpaged.apply(r.accompaniments()));
    assertThat(expected).isSortedAccordingTo(Accompaniments.CASELOAD_ORDER);
    assertThat(readAll(storage, PageRequest.first(size), paged)).containsExactlyElementsOf(expected);
  }

  /** Every page from {@code page} on, each in its own read; every page but the last is full. */
  private static List<Accompaniment> readAll(Storage storage, PageRequest page,
      BiFunction<Accompaniments, PageRequest, List<Accompaniment>> paged) {
    List<Accompaniment> all = new ArrayList<>();
    PageRequest next = page;
    while (true) {
      PageRequest current = next;
      List<Accompaniment> rows = storage.read((Repositories r) -> paged.apply(r.accompaniments(), current));
      assertThat(rows).hasSizeLessThanOrEqualTo(current.size());
      all.addAll(rows);
      if (rows.size() < current.size()) {
        return all;
      }
      next = PageRequest.after(CaseloadCursor.of(rows.get(rows.size() - 1)), current.size());
    }
  }
}
