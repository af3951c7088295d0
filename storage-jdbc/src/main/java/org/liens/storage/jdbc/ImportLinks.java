package org.liens.storage.jdbc;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.referral.Referral;

/**
 * The references between the rows of a {@link BulkImport} that may form cycles (a referral and the accompaniment it
 * opened, a predecessor and its successor): inserted empty, then set here once every row is in, while the foreign
 * keys that would refuse a row pointing to a later one are in place.
 */
final class ImportLinks {
  private ImportLinks() {}

  /** The two references of a row that are set once every row is in: {@code a} and {@code b} may be empty. */
  private record Link(UUID id, Optional<AccompanimentId> a, Optional<AccompanimentId> b) {}

  /** Sets the links of the imported referrals and accompaniments. */
  static void write(Transaction tx, List<Referral> referrals, List<Accompaniment> accompaniments) {
    link(tx, "import referral links", ReferralRepository.TABLE, "succeeds_id", "accompaniment_id",
        referrals.stream().filter(r -> r.succeeds().isPresent() || r.accompaniment().isPresent())
            .map(r -> new Link(r.id().value(), r.succeeds(), r.accompaniment())).toList());
    link(tx, "import accompaniment links", AccompanimentRepository.TABLE, "predecessor_id", "successor_id",
        accompaniments.stream().filter(a -> a.predecessor().isPresent() || a.successor().isPresent())
            .map(a -> new Link(a.id().value(), a.predecessor(), a.successor())).toList());
  }

  /**
   * Sets the two references of {@code table} that may form cycles between imported rows, once every row is in. On
   * PostgreSQL, one {@code UPDATE … FROM (VALUES …)} per 1,000 rows; elsewhere, a batch of one UPDATE per row.
   */
  private static void link(Transaction tx, String operation, String table, String first, String second,
      List<Link> rows) {
    if (tx.dialect == Dialect.POSTGRESQL) {
      tx.multiRow(operation, "UPDATE " + table + " AS t SET " + first + " = v.a, " + second + " = v.b FROM (VALUES ",
          "(CAST(? AS UUID), CAST(? AS UUID), CAST(? AS UUID))", ") AS v (id, a, b) WHERE t.id = v.id", 3, rows,
          (args, link) -> args.uuid(link.id()).uuid(link.a().map(AccompanimentId::value))
              .uuid(link.b().map(AccompanimentId::value)), n -> { });
    } else {
      tx.batch(operation, "UPDATE " + table + " SET " + first + " = ?, " + second + " = ? WHERE id = ?", rows,
          (args, link) -> args.uuid(link.a().map(AccompanimentId::value)).uuid(link.b().map(AccompanimentId::value))
              .uuid(link.id()));
    }
  }
}
