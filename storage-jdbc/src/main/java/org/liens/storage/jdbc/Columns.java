package org.liens.storage.jdbc;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The column table of an aggregate: for each column of its row (or group of columns holding one value), in order,
 * how it is read into the aggregate's builder and how it is bound from the aggregate. A repository declares its
 * mapping once, as this table, and {@link AggregateTable} derives from it the column list of its SQL, the row
 * reader and the binding of an INSERT or UPDATE, so the reading and the binding of a column cannot drift apart.
 *
 * @param <A> the aggregate
 * @param <B> its builder
 */
final class Columns<A, B> {

  /**
   * How a value of one kind is read from a column and bound to a parameter; SQL NULL is {@code null}, or empty for
   * the optional codecs.
   *
   * @param <V> the value
   * @param reader reads the value of a column of the current row
   * @param binder binds a value to the next parameter
   */
  record Codec<V>(ColumnReader<V> reader, Transaction.RowBinder<V> binder) {
    /** Reads the value of {@code column} in the current row. */
    V read(Row row, String column) throws SQLException {
      return reader.read(row, column);
    }

    /** Binds {@code value} to the next parameter. */
    void bind(Args args, V value) throws SQLException {
      binder.bind(args, value);
    }

    /** The same column read as, and bound from, another type ({@code null} stays {@code null}). */
    <W> Codec<W> map(Function<V, W> to, Function<W, V> from) {
      return new Codec<>((row, column) -> {
        V value = read(row, column);
        return value == null ? null : to.apply(value);
      }, (args, value) -> bind(args, value == null ? null : from.apply(value)));
    }

    /** The same column, read as empty when it holds SQL NULL. */
    <W> Codec<Optional<W>> mapOptional(Function<V, W> to, Function<W, V> from) {
      return new Codec<>((row, column) -> Optional.ofNullable(read(row, column)).map(to),
          (args, value) -> bind(args, value.map(from).orElse(null)));
    }
  }

  /**
   * Reads the value of a column of the current row.
   *
   * @param <V> the value
   */
  @FunctionalInterface
  interface ColumnReader<V> {
    /** The value of {@code column}. */
    V read(Row row, String column) throws SQLException;
  }

  /**
   * Several columns that hold one value (a period, a document number), read and bound together, in order.
   *
   * @param <V> the value
   * @param names the columns
   * @param reader reads the value from the columns of the current row
   * @param binder binds the columns, in order
   */
  record Group<V>(List<String> names, Transaction.RowMapper<V> reader, Transaction.RowBinder<V> binder) {}

  /** A UUID column. */
  static final Codec<UUID> ID = new Codec<>(Row::uuid, Args::uuid);
  /** A text column. */
  static final Codec<String> TEXT = new Codec<>(Row::text, Args::text);
  /** A text column that may be NULL. */
  static final Codec<Optional<String>> OPTIONAL_TEXT = new Codec<>(Row::optionalText, Args::text);
  /** A date column. */
  static final Codec<LocalDate> DATE = new Codec<>(Row::date, Args::date);
  /** A date column that may be NULL. */
  static final Codec<Optional<LocalDate>> OPTIONAL_DATE = new Codec<>(Row::optionalDate, Args::date);
  /** An INTEGER column. */
  static final Codec<Integer> INTEGER = new Codec<>(Row::integer, Args::integer);
  /** A boolean column. */
  static final Codec<Boolean> BOOLEAN = new Codec<>(Row::bool, Args::bool);
  /** A BIGINT column. */
  static final Codec<Long> NUMBER = new Codec<>(Row::number, Args::number);
  /** An exact decimal column. */
  static final Codec<BigDecimal> DECIMAL = new Codec<>(Row::decimal, Args::decimal);

  /** An enum, by name. */
  static <E extends Enum<E>> Codec<E> name(Class<E> type) {
    return new Codec<>((row, column) -> row.name(column, type), Args::name);
  }

  /** An enum, by name, that may be NULL. */
  static <E extends Enum<E>> Codec<Optional<E>> optionalName(Class<E> type) {
    return new Codec<>((row, column) -> row.optionalName(column, type),
        (args, value) -> args.text(value.map(Enum::name)));
  }

  /** A nested value, as JSON. */
  static <T> Codec<T> json(Class<T> type) {
    return new Codec<>((row, column) -> row.json(column, type), Args::json);
  }

  /** A nested value, as JSON, that may be NULL. */
  static <T> Codec<Optional<T>> optionalJson(Class<T> type) {
    return new Codec<>((row, column) -> row.optionalJson(column, type), Args::json);
  }

  /** A list, as a JSON array. */
  static <T> Codec<List<T>> jsonList(Class<T> element) {
    return new Codec<>((row, column) -> row.jsonList(column, element), Args::json);
  }

  /** A set, as a JSON array written in the elements' natural order, so that equal sets write equal text. */
  static <T extends Comparable<? super T>> Codec<Set<T>> jsonSet(Class<T> element) {
    return new Codec<>((row, column) -> row.jsonSet(column, element),
        (args, value) -> args.json(value.stream().sorted().toList()));
  }

  /** One column, or a group of columns holding one value, of the table. */
  private record Column<A, B>(List<String> names, Filler<B> reader, Binder<A> binder) {}

  /** Sets on a builder the value of one column or group of the current row. */
  @FunctionalInterface
  private interface Filler<B> {
    void fill(Row row, B builder) throws SQLException;
  }

  /** Binds the parameters of one column or group; {@code links} as in {@link AggregateTable#bind}. */
  @FunctionalInterface
  private interface Binder<A> {
    void bind(Args args, A aggregate, boolean links) throws SQLException;
  }

  private final Supplier<B> builder;
  private final Function<B, ? extends A> build;
  private final BiConsumer<B, UUID> id;
  private final BiConsumer<B, Long> version;
  private final List<Column<A, B>> columns = new ArrayList<>();

  private Columns(Supplier<B> builder, Function<B, ? extends A> build, BiConsumer<B, UUID> id, BiConsumer<B, Long> version) {
    this.builder = builder;
    this.build = build;
    this.id = id;
    this.version = version;
  }

  /**
   * An empty table, to which the columns are added in the order of the SQL.
   *
   * @param builder a new builder of the aggregate
   * @param build builds the aggregate, checking its invariants
   * @param id sets the id, read from the {@code id} column
   * @param version sets the version, read from the {@code version} column
   */
  static <A, B> Columns<A, B> of(
      Supplier<B> builder, Function<B, ? extends A> build, BiConsumer<B, UUID> id, BiConsumer<B, Long> version) {
    return new Columns<>(builder, build, id, version);
  }

  /** A column read back with {@code set} and bound from {@code get}. */
  <V> Columns<A, B> column(String name, Codec<V> codec, Function<A, V> get, BiConsumer<B, V> set) {
    columns.add(new Column<>(List.of(name), (row, b) -> set.accept(b, codec.read(row, name)),
        (args, a, links) -> codec.bind(args, get.apply(a))));
    return this;
  }

  /**
   * A reference that may form a cycle between the rows of one import (see {@link BulkImport}): bound as NULL when
   * the links are left for later.
   */
  <V> Columns<A, B> link(String name, Codec<Optional<V>> codec, Function<A, Optional<V>> get,
      BiConsumer<B, Optional<V>> set) {
    columns.add(new Column<>(List.of(name), (row, b) -> set.accept(b, codec.read(row, name)),
        (args, a, links) -> codec.bind(args, links ? get.apply(a) : Optional.empty())));
    return this;
  }

  /** A column written for the queries and the reports (a total), never read back: the aggregate derives it. */
  <V> Columns<A, B> derived(String name, Codec<V> codec, Function<A, V> get) {
    columns.add(new Column<>(List.of(name), (row, b) -> {}, (args, a, links) -> codec.bind(args, get.apply(a))));
    return this;
  }

  /** A group of columns holding one value, read back with {@code set} and bound from {@code get}. */
  <V> Columns<A, B> group(Group<V> group, Function<A, V> get, BiConsumer<B, V> set) {
    columns.add(new Column<>(group.names(), (row, b) -> set.accept(b, group.reader().map(row)),
        (args, a, links) -> group.binder().bind(args, get.apply(a))));
    return this;
  }

  /** Every column but {@code id} and {@code version}, in order. */
  List<String> names() {
    return columns.stream().flatMap(c -> c.names().stream()).toList();
  }

  /** A builder holding the id, the version and every column of the current row. */
  B fill(Row row) throws SQLException {
    B b = builder.get();
    id.accept(b, row.uuid("id"));
    version.accept(b, row.number("version"));
    for (Column<A, B> column : columns) {
      column.reader().fill(row, b);
    }
    return b;
  }

  /** The aggregate in the current row. */
  A read(Row row) throws SQLException {
    return build.apply(fill(row));
  }

  /** Binds every column, in order; {@code links} as in {@link AggregateTable#bind}. */
  void bind(Args args, A aggregate, boolean links) throws SQLException {
    for (Column<A, B> column : columns) {
      column.binder().bind(args, aggregate, links);
    }
  }
}
