package org.liens.storage.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A DataSource whose connections call a hook before each {@code prepareStatement} and each {@code commit}: the
 * place where a test kills the connection in the middle of a multi-row write, or simulates a serialization
 * failure. The hook sees the real connection.
 */
final class InterceptingDataSource extends DelegatingDataSource {

  /** What to do before a statement is prepared ({@code sql}) or a commit ({@code sql} is "COMMIT"). */
  @FunctionalInterface
  interface Hook {
    void before(Connection connection, String sql) throws SQLException;
  }

  private volatile Hook hook = (c, sql) -> {};

  InterceptingDataSource(DataSource delegate) {
    super(delegate);
  }

  void hook(Hook value) {
    hook = value;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return intercepted(delegate.getConnection());
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return intercepted(delegate.getConnection(user, password));
  }

  private Connection intercepted(Connection real) {
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          if (method.getName().equals("prepareStatement") && args != null && args[0] instanceof String sql) {
            hook.before(real, sql);
          } else if (method.getName().equals("commit")) {
            hook.before(real, "COMMIT");
          }
          try {
            return method.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }
}
