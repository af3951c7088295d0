package org.liens.storage.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A DataSource for fault injection: every statement execution ({@code execute…}, {@code executeBatch}) and every
 * {@code commit} of its connections is a numbered fault point, at which a {@link Fault} sees the SQL and the server
 * session behind the connection (its id captured when the connection is lent, before Liens uses it), and may kill
 * that session from an independent admin connection before the call goes on. Unlike {@link InterceptingDataSource},
 * which sees each statement once when it is prepared, a batch is a point per {@code executeBatch}: the place to
 * kill an import between two batches of one statement.
 */
final class FaultPoints extends DelegatingDataSource {

  /**
   * One call about to reach the server.
   *
   * @param index 1 for the first point since the fault was armed
   * @param sql the statement's SQL, or "COMMIT"
   * @param session the server's id of the session ({@code pg_backend_pid()}, {@code CONNECTION_ID()})
   */
  record Point(int index, String sql, long session) {
    boolean commit() {
      return sql.equals("COMMIT");
    }

    boolean write() {
      return sql.startsWith("INSERT") || sql.startsWith("UPDATE") || sql.startsWith("DELETE");
    }
  }

  /** What to do at a point; an exception thrown here reaches Liens as the driver's own would. */
  @FunctionalInterface
  interface Fault {
    void before(Point point) throws SQLException;
  }

  private final TestDatabase kind;
  private final Map<Connection, Long> sessions = Collections.synchronizedMap(new IdentityHashMap<>());
  private final AtomicInteger points = new AtomicInteger();
  private volatile Fault fault = p -> {};

  FaultPoints(DataSource delegate, TestDatabase kind) {
    super(delegate);
    this.kind = kind;
  }

  /** Sets the fault and numbers the points from 1 again. */
  void arm(Fault value) {
    points.set(0);
    fault = value;
  }

  /** No fault any more. */
  void disarm() {
    arm(p -> {});
  }

  /** How many points were reached since the fault was armed. */
  int reached() {
    return points.get();
  }

  /** Kills the session of {@code point} from the server's admin connection, as an operator or a crash would. */
  void kill(Point point) throws SQLException {
    kind.kill(kind.adminDataSource(), point.session());
  }

  /**
   * Cancels the statement that the session of {@code point} runs, leaving the session alive:
   * PostgreSQL {@code pg_cancel_backend}, MariaDB {@code KILL QUERY}.
   */
  void cancel(Point point) throws SQLException {
    String sql = switch (kind) {
      case POSTGRESQL -> "SELECT pg_cancel_backend(" + point.session() + ")";
      case MARIADB -> "KILL QUERY " + point.session();
      case H2 -> throw new UnsupportedOperationException("no cancel from another session on H2");
    };
    kind.execute(sql);
  }

  /** Whether the session of {@code point} waits for a lock that another transaction holds. */
  boolean waitsForALock(Point point) throws SQLException {
    String sql = switch (kind) {
      case POSTGRESQL -> "SELECT COUNT(*) FROM pg_stat_activity WHERE pid = ? AND wait_event_type = 'Lock'";
      case MARIADB -> "SELECT COUNT(*) FROM information_schema.INNODB_TRX WHERE trx_mysql_thread_id = ?"
          + " AND trx_state = 'LOCK WAIT'";
      case H2 -> throw new UnsupportedOperationException("no lock view on H2");
    };
    try (Connection c = kind.adminDataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, point.session());
      try (ResultSet rows = s.executeQuery()) {
        return rows.next() && rows.getLong(1) > 0;
      }
    }
  }

  /**
   * Polls until the session waits for a lock, then kills it or cancels its statement; sent again while the session
   * still waits (a cancel that reaches the server just before the wait begins can be missed), done once it no longer
   * waits.
   *
   * @return true once the session waited and no longer does
   */
  boolean stopOnceItWaitsForALock(Point point, boolean kill) {
    boolean waited = false;
    int polls = 0;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    try {
      while (System.nanoTime() < deadline) {
        polls++;
        if (waitsForALock(point)) {
          waited = true;
          if (kill) {
            kill(point);
          } else {
            cancel(point);
          }
          Thread.sleep(200);
        } else if (waited) {
          return true;
        } else {
          Thread.sleep(150); // MariaDB refreshes INNODB_TRX only when it was last read over 100 ms ago
        }
      }
      throw new IllegalStateException("session " + point.session() + (waited ? " still waits" : " never waited")
          + " for the lock after " + polls + " polls; " + describe(point));
    } catch (SQLException | InterruptedException e) {
      throw new IllegalStateException("cannot watch the waiting session after " + polls + " polls", e);
    }
  }

  /** What the server says the session does, for the message of a failure. */
  private String describe(Point point) throws SQLException {
    String sql = kind == TestDatabase.POSTGRESQL
        ? "SELECT state || ' / ' || coalesce(wait_event_type, '-') || ' / ' || coalesce(wait_event, '-') || ' / '"
            + " || left(query, 60) FROM pg_stat_activity WHERE pid = ?"
        : "SELECT CONCAT(p.id, ' ', p.command, ' / ', coalesce(p.state, '-'), ' / ', p.time, ' / ',"
            + " coalesce(left(p.info, 60), '-'), ' / trx ', coalesce(t.trx_state, '-'), '; ')"
            + " FROM information_schema.PROCESSLIST p LEFT JOIN information_schema.INNODB_TRX t"
            + " ON t.trx_mysql_thread_id = p.id WHERE p.id = ? OR p.db = DATABASE() OR t.trx_state IS NOT NULL";
    StringBuilder text = new StringBuilder();
    try (Connection c = kind.adminDataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, point.session());
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          text.append(rows.getString(1));
        }
      }
    }
    return text.length() == 0 ? "no such session" : text.toString();
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection real = delegate.getConnection();
    long session;
    Long known = sessions.get(unwrapped(real));
    if (known == null) {
      session = kind.sessionId(real);
      sessions.put(unwrapped(real), session);
    } else {
      session = known;
    }
    return (Connection) proxy(Connection.class, real, (method, args) -> {
      if (method.getName().equals("commit")) {
        fault.before(new Point(points.incrementAndGet(), "COMMIT", session));
      }
      Object result = invoke(real, method, args);
      if (result instanceof Statement statement) {
        String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
        return statement(statement, sql, session);
      }
      return result;
    });
  }

  /** The pool lends a new proxy of the same driver connection each time: the driver's connection is the key. */
  private static Connection unwrapped(Connection lent) throws SQLException {
    return lent.isWrapperFor(Connection.class) ? lent.unwrap(Connection.class) : lent;
  }

  private Object statement(Statement statement, String prepared, long session) {
    Class<?> type = statement instanceof CallableStatement ? CallableStatement.class
        : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
    return proxy(type, statement, (method, args) -> {
      if (method.getName().startsWith("execute")) {
        String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : prepared;
        fault.before(new Point(points.incrementAndGet(), String.valueOf(sql).strip(), session));
      }
      return invoke(statement, method, args);
    });
  }

  @FunctionalInterface
  private interface Handler {
    Object handle(Method method, Object[] args) throws Throwable;
  }

  private Object proxy(Class<?> type, Object target, Handler handler) {
    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type},
        (proxy, method, args) -> handler.handle(method, args));
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("one user");
  }
}
