package org.liens.storage.jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.liens.shared.Aggregate;
import org.liens.shared.Checks;
import org.liens.shared.ConcurrentUpdateException;
import org.liens.shared.EntityId;
import org.liens.shared.ErrorCode;
import org.liens.shared.IntegrityViolationException;
import org.liens.shared.NotFoundException;
import org.liens.storage.AggregateKind;
import org.liens.storage.AggregateKind.Reference;
import org.liens.storage.AggregateStore;

/**
 * The table of one aggregate type, and the save every aggregate shares: the checks of the in-memory adapter, in
 * its order (references first, then the aggregate's unique values, then duplicate id, then version), made by one
 * query before the write, so that a refused save leaves the transaction usable on every database; then an INSERT
 * at version 1 or an {@code UPDATE … WHERE id = ? AND version = ?}. The constraints of the schema (primary keys,
 * unique keys, foreign keys) still guard against concurrent transactions, whose violations are translated the
 * same way. The references to check are those {@link AggregateKind} declares for every adapter.
 *
 * @param <A> the aggregate
 * @param <I> its id
 */
abstract class AggregateTable<A extends Aggregate, I extends EntityId> implements AggregateStore<A, I> {
  final Session session;
  final Transaction tx;
  private final AggregateKind kind;
  private final String table;
  private final String alias;
  private final String what;
  private final List<String> columns;
  private final Transaction.RowMapper<A> reader;
  private final BiFunction<A, Long, A> atVersion;
  private final Columns<A, ?> mapping;

  /**
   * @param kind the aggregate kind, which names it in messages and declares its references
   * @param table the table
   * @param alias the table's alias in the queries of {@link #select(String)}, {@link #find} and {@link #list}
   * @param columns every column but {@code id} and {@code version}, in the order {@link #bind} binds them
   * @param reader reads an aggregate from a row of {@link #select(String)} (null if the subclass reads its own)
   * @param atVersion the aggregate at another version
   */
  AggregateTable(Session session, AggregateKind kind, String table, String alias, List<String> columns,
      Transaction.RowMapper<A> reader, BiFunction<A, Long, A> atVersion) {
    this(session, kind, table, alias, columns, reader, atVersion, null);
  }

  /**
   * A table whose row is declared as a column table: its columns, its reader and its binding all come from
   * {@code mapping}.
   *
   * @param kind the aggregate kind, which names it in messages and declares its references
   * @param table the table
   * @param alias the table's alias in the queries of {@link #select(String)}, {@link #find} and {@link #list}
   * @param mapping every column but {@code id} and {@code version}, in order, with how each is read and bound
   * @param atVersion the aggregate at another version
   */
  AggregateTable(Session session, AggregateKind kind, String table, String alias, Columns<A, ?> mapping,
      BiFunction<A, Long, A> atVersion) {
    this(session, kind, table, alias, mapping.names(), mapping::read, atVersion, mapping);
  }

  private AggregateTable(Session session, AggregateKind kind, String table, String alias, List<String> columns,
      Transaction.RowMapper<A> reader, BiFunction<A, Long, A> atVersion, Columns<A, ?> mapping) {
    this.session = session;
    this.tx = session.transaction;
    this.kind = kind;
    this.table = table;
    this.alias = alias;
    this.what = kind.what();
    this.columns = columns;
    this.reader = reader;
    this.atVersion = atVersion;
    this.mapping = mapping;
  }

  /** The table of each aggregate kind, where its references are looked for. */
  static String tableOf(AggregateKind kind) {
    return switch (kind) {
      case HOUSEHOLD -> HouseholdRepository.TABLE;
      case ORGANISATION -> OrganisationRepository.TABLE;
      case REFERRAL -> ReferralRepository.TABLE;
      case ACCOMPANIMENT -> AccompanimentRepository.TABLE;
      case FUNDING_AGREEMENT -> FundingAgreementRepository.TABLE;
      case QUOTE -> QuoteRepository.TABLE;
      case WORKSHOP_SERIES -> WorkshopSeriesRepository.TABLE;
      case INVOICE -> InvoiceRepository.TABLE;
      case CREDIT_NOTE -> CreditNoteRepository.TABLE;
      case STAFF_MEMBER -> StaffRepository.TABLE;
      case ORIENTATION -> OrientationRepository.TABLE;
    };
  }

  /**
   * A value no other aggregate may hold (an invoice number, the quote of a workshop series): {@code countSql}
   * counts the other rows that hold it, and must count none; otherwise the save fails with
   * {@link ErrorCode#DUPLICATE_ID} and {@code message}.
   */
  record Unique(String countSql, Transaction.Binder binder, String message) {}

  /**
   * Binds the columns of {@link #columns}, in order; without the references that may form cycles between the rows
   * of one import (a referral and the accompaniment it opened, a predecessor and its successor) when {@code links}
   * is false (see {@link BulkImport}). A table declared by a column table binds through it; any other overrides this.
   */
  void bind(Args args, A aggregate, boolean links) throws SQLException {
    if (mapping == null) {
      throw new IllegalStateException(what + ": a table without a column table binds its own columns");
    }
    mapping.bind(args, aggregate, links);
  }

  @Override
  public Optional<A> find(I id) {
    Checks.required(id, "id");
    return one("find " + what, alias + ".id = ?", args -> args.uuid(id.value()));
  }

  /** The aggregate matching {@code where} (on the alias), if any. */
  Optional<A> one(String operation, String where, Transaction.Binder binder) {
    session.usable();
    return tx.queryOne(operation, select(alias) + " WHERE " + where, binder, reader);
  }

  /**
   * The aggregates matching {@code where} (on the alias; null for all), fetched in {@code orderBy} (null for any),
   * returned in the port's {@code order}: ties go by {@link UUID#compareTo}, which no database orders the same way.
   */
  List<A> list(String operation, String where, Transaction.Binder binder, String orderBy, Comparator<A> order) {
    session.usable();
    String sql = select(alias) + (where == null ? "" : " WHERE " + where)
        + (orderBy == null ? "" : " ORDER BY " + orderBy);
    List<A> found = new ArrayList<>(tx.query(operation, sql, binder, reader));
    found.sort(order);
    return List.copyOf(found);
  }

  /** Deletes the child rows of {@code id} in these tables, before a save writes them again. */
  void deleteChildren(String operation, String column, UUID id, List<String> tables) {
    for (String child : tables) {
      tx.update(operation, "DELETE FROM " + child + " WHERE " + column + " = ?", args -> args.uuid(id));
    }
  }

  /** The unique values of the aggregate, in the order the in-memory adapter checks them (after the references). */
  List<Unique> uniques(A aggregate) {
    return List.of();
  }

  /**
   * Writes the rows the aggregate's row refers to and that belong to it (the number an invoice takes), before that
   * row. Returns what undoes them if the aggregate's row then cannot be written (a concurrent save won), or null.
   */
  Runnable writeBefore(A aggregate) {
    return null;
  }

  /** Writes the child rows after the aggregate's row; {@code inserted} when there were none before. */
  void writeChildren(A aggregate, boolean inserted) {}

  /** {@code SELECT id, version, <columns> FROM <table>}, with the table aliased {@code alias}. */
  String select(String alias) {
    return "SELECT " + alias + ".id, " + alias + ".version, "
        + columns.stream().map(c -> alias + "." + c).collect(Collectors.joining(", "))
        + " FROM " + table + " " + alias;
  }

  /** {@return the table's name} */
  String tableName() {
    return table;
  }

  /** {@return the columns an INSERT writes: {@code id}, {@code version}, then those {@link #bind} binds} */
  List<String> insertColumns() {
    List<String> all = new ArrayList<>(columns.size() + 2);
    all.add("id");
    all.add("version");
    all.addAll(columns);
    return all;
  }

  String insertSql() {
    return "INSERT INTO " + table + " (id, version, " + String.join(", ", columns) + ") VALUES (?, ?"
        + ", ?".repeat(columns.size()) + ")";
  }

  String updateSql() {
    return "UPDATE " + table + " SET version = ?, "
        + columns.stream().map(c -> c + " = ?").collect(Collectors.joining(", "))
        + " WHERE id = ? AND version = ?";
  }

  /**
   * Takes a row lock on the aggregate ({@code SELECT … FOR UPDATE}) until the transaction ends. In a read-only
   * session, only checks that it exists, as the in-memory adapter does.
   */
  @Override
  public void lock(I id) {
    Checks.required(id, "id");
    session.usable();
    String sql = "SELECT id FROM " + table + " WHERE id = ?" + (session.readOnly() ? "" : " FOR UPDATE");
    boolean exists = tx.queryOne("lock " + what, sql, args -> args.uuid(id.value()), row -> Boolean.TRUE)
        .isPresent();
    if (!exists) {
      throw new NotFoundException(ErrorCode.NOT_FOUND, "no such aggregate: " + id);
    }
  }

  @Override
  public A save(A aggregate) {
    Checks.required(aggregate, what);
    session.writable();
    UUID id = aggregate.uuid();
    List<Reference> references = kind.references(aggregate);
    List<Unique> uniques = uniques(aggregate);
    Precheck check = precheck(id, references, uniques);
    for (int i = 0; i < references.size(); i++) {
      if (!check.exists().get(i)) {
        Reference missing = references.get(i);
        throw new IntegrityViolationException(ErrorCode.DANGLING_REFERENCE, missing.missing());
      }
    }
    for (int i = 0; i < uniques.size(); i++) {
      if (check.taken().get(i)) {
        throw new IntegrityViolationException(ErrorCode.DUPLICATE_ID, uniques.get(i).message());
      }
    }
    if (aggregate.version() == 0 && check.stored().isPresent()) {
      throw new IntegrityViolationException(ErrorCode.DUPLICATE_ID,
          aggregate.aggregateType() + " " + id + " already exists");
    }
    long stored = check.stored().orElse(0L);
    if (aggregate.version() != stored) {
      throw conflict(aggregate, stored);
    }
    long next = stored + 1;
    Runnable undo = writeBefore(aggregate);
    if (stored == 0) {
      tx.update("insert " + what, insertSql(), args -> {
        args.uuid(id).number(next);
        bind(args, aggregate, true);
      });
    } else {
      int changed = tx.update("update " + what, updateSql(), args -> {
        args.number(next);
        bind(args, aggregate, true);
        args.uuid(id).number(stored);
      });
      if (changed == 0) {
        // another transaction saved it between the check and the update
        if (undo != null) {
          undo.run();
        }
        throw conflict(aggregate, stored + 1);
      }
    }
    writeChildren(aggregate, stored == 0);
    return atVersion.apply(aggregate, next);
  }

  private ConcurrentUpdateException conflict(A aggregate, long stored) {
    return new ConcurrentUpdateException(ErrorCode.CONCURRENT_UPDATE, aggregate.aggregateType() + " "
        + aggregate.uuid() + " is at version " + stored + ", the update was based on " + aggregate.version());
  }

  private record Precheck(Optional<Long> stored, List<Boolean> exists, List<Boolean> taken) {}

  /** The stored version, whether each reference exists and whether each unique value is taken, in one round trip. */
  private Precheck precheck(UUID id, List<Reference> references, List<Unique> uniques) {
    StringBuilder sql = new StringBuilder("SELECT (SELECT version FROM ").append(table).append(" WHERE id = ?) AS stored");
    for (int i = 0; i < references.size(); i++) {
      sql.append(", (SELECT COUNT(*) FROM ").append(tableOf(references.get(i).kind())).append(" WHERE id = ?) AS r").append(i);
    }
    for (int i = 0; i < uniques.size(); i++) {
      sql.append(", (").append(uniques.get(i).countSql()).append(") AS u").append(i);
    }
    return tx.queryOne("check " + what, sql.toString(), args -> {
      args.uuid(id);
      for (Reference reference : references) {
        args.uuid(reference.id());
      }
      for (Unique unique : uniques) {
        unique.binder().bind(args);
      }
    }, row -> {
      List<Boolean> exists = new ArrayList<>();
      for (int i = 0; i < references.size(); i++) {
        exists.add(row.number("r" + i) > 0);
      }
      List<Boolean> taken = new ArrayList<>();
      for (int i = 0; i < uniques.size(); i++) {
        taken.add(row.number("u" + i) > 0);
      }
      return new Precheck(row.optionalNumber("stored"), exists, taken);
    }).orElseThrow();
  }
}
