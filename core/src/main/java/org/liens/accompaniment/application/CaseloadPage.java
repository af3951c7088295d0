package org.liens.accompaniment.application;

import java.util.List;
import java.util.Optional;
import org.liens.accompaniment.Accompaniment;
import org.liens.shared.Checks;
import org.liens.storage.CaseloadCursor;
import org.liens.storage.PageRequest;
import org.liens.storage.PrescriberCaseloadRow;

/**
 * One page of a caseload view (R8, issue 13): its entries in the caseload order (opening date, then id), and the
 * request of the page that follows. Reading {@code next} until it is empty visits every open accompaniment the
 * viewer may see once, none twice, even when accompaniments are opened or closed in between.
 *
 * @param <T> the entry: {@link CaseloadEntry}, {@link PrescriberView} or {@link FunderView}
 * @param entries the entries of this page, at most the requested size
 * @param next the request of the following page; empty once the caseload is read to its end
 */
public record CaseloadPage<T>(List<T> entries, Optional<PageRequest> next) {
  /**
   * Checks the components: both required, {@code entries} copied.
   *
   * @param entries the entries of this page
   * @param next the request of the following page; empty at the end
   */
  public CaseloadPage {
    entries = Checks.listOf(entries, "entries");
    Checks.optional(next, "next");
  }

  /**
   * {@return the page of {@code entries} made of {@code rows}, the accompaniments storage returned for
   * {@code page}}: a full page has a next one, which starts after its last row (even when the viewer's filter left
   * that row out)
   *
   * @param rows the accompaniments storage returned for the page, in the caseload order
   * @param page the request
   * @param entries the viewer's entries made of {@code rows}
   * @param <T> the entry
   */
  static <T> CaseloadPage<T> of(List<Accompaniment> rows, PageRequest page, List<T> entries) {
    return of(rows.size() < page.size() ? null : CaseloadCursor.of(rows.get(rows.size() - 1)), page, entries);
  }

  /**
   * {@return the page of {@code entries} made of {@code rows}, the prescriber's caseload rows storage returned for
   * {@code page}}, as {@link #of(List, PageRequest, List)} makes it of accompaniments
   *
   * @param rows the rows storage returned for the page, in the caseload order
   * @param page the request
   * @param entries the viewer's entries made of {@code rows}
   * @param <T> the entry
   */
  static <T> CaseloadPage<T> ofRows(List<PrescriberCaseloadRow> rows, PageRequest page, List<T> entries) {
    return of(rows.size() < page.size() ? null : rows.get(rows.size() - 1).cursor(), page, entries);
  }

  /** The page of {@code entries}; a next one after {@code last}, the cursor of a full page's last row (else null). */
  private static <T> CaseloadPage<T> of(CaseloadCursor last, PageRequest page, List<T> entries) {
    return new CaseloadPage<>(entries,
        last == null ? Optional.empty() : Optional.of(PageRequest.after(last, page.size())));
  }
}
