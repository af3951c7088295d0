package org.liens.storage.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A small connection pool for the tests, as a host's pool would be: connections are opened on demand, and a closed
 * one goes back to the pool once it is reset (rolled back, auto-commit on, and if they were changed read-write and
 * the isolation it was opened with) and still answers; one that does not (killed, broken) is dropped. Opening a server connection per
 * transaction cost more than the transaction itself.
 */
final class PooledDataSource implements DataSource, AutoCloseable {
  private static final int MAX_IDLE = 8;

  private final DataSource source;
  private final Deque<Slot> idle = new ArrayDeque<>();
  private boolean closed;

  PooledDataSource(DataSource source) {
    this.source = source;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Slot slot;
    synchronized (this) {
      if (closed) {
        throw new SQLException("the test pool is closed");
      }
      slot = idle.pollFirst();
    }
    if (slot == null) {
      Connection real = source.getConnection();
      slot = new Slot(real, real.getTransactionIsolation());
    }
    return lease(slot);
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("the test pool has one user");
  }

  /** Closes the idle connections; those still lent are closed when they come back. */
  @Override
  public void close() {
    Deque<Slot> leftover;
    synchronized (this) {
      closed = true;
      leftover = new ArrayDeque<>(idle);
      idle.clear();
    }
    leftover.forEach(slot -> discard(slot.real));
  }

  /** A pooled connection and the isolation it was opened with. */
  private record Slot(Connection real, int isolation) {}

  private Connection lease(Slot slot) {
    Connection real = slot.real;
    AtomicBoolean returned = new AtomicBoolean();
    AtomicBoolean changed = new AtomicBoolean();
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          switch (method.getName()) {
            case "close" -> {
              if (returned.compareAndSet(false, true)) {
                giveBack(slot, changed.get());
              }
              return null;
            }
            case "isClosed" -> {
              return returned.get() || real.isClosed();
            }
            case "setReadOnly", "setTransactionIsolation" -> changed.set(true);
            default -> {
              // passed on below
            }
          }
          if (returned.get()) {
            throw new SQLException("connection already closed", "08003");
          }
          try {
            return method.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  private void giveBack(Slot slot, boolean changed) {
    Connection real = slot.real;
    try {
      if (real.isClosed() || !real.isValid(5)) {
        discard(real);
        return;
      }
      if (!real.getAutoCommit()) {
        real.rollback();
        real.setAutoCommit(true);
      }
      if (changed) {
        real.setReadOnly(false);
        real.setTransactionIsolation(slot.isolation);
      }
    } catch (SQLException e) {
      discard(real);
      return;
    }
    synchronized (this) {
      if (!closed && idle.size() < MAX_IDLE) {
        idle.addFirst(slot);
        return;
      }
    }
    discard(real);
  }

  private static void discard(Connection real) {
    try {
      real.close();
    } catch (SQLException e) {
      // already gone
    }
  }

  // ------------------------------------------------------------------ nothing to configure

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no logger");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("not a wrapper of " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
