package org.liens.storage.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A TCP relay between the JDBC driver and the database server that can lose one answer: once
 * {@link #loseTheNextAnswer()} is called, the next request any client sends (the {@code COMMIT}) reaches the server,
 * which carries it out, and the server's answer is dropped and both sockets closed, as when the network or the
 * client's host fails at that moment. The only way to reproduce, for real, a commit the server made but whose answer
 * never arrived: a kill after the commit comes too late (the driver has nothing left to send and succeeds).
 */
final class LossyRelay implements AutoCloseable {
  private static final Pattern URL = Pattern.compile("^(jdbc:[a-z]+://)([^/:?]+)(?::(\\d+))?(/[^?]*)?(\\?.*)?$");

  private final TestDatabase kind;
  private final String host;
  private final int port;
  private final ServerSocket listener;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private volatile boolean armed;

  /** Listens on a free local port, relaying to the server of {@code kind}. */
  LossyRelay(TestDatabase kind) throws IOException {
    Matcher url = URL.matcher(kind.url());
    if (!url.matches()) {
      throw new IllegalArgumentException("not a server URL: " + kind);
    }
    this.kind = kind;
    this.host = url.group(2);
    this.port = url.group(3) != null ? Integer.parseInt(url.group(3)) : kind == TestDatabase.POSTGRESQL ? 5432 : 3306;
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "lossy-relay-" + listener.getLocalPort());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** A DataSource on the database {@code name} of the server, through this relay. */
  DataSource dataSourceOf(String name) throws SQLException {
    Matcher url = URL.matcher(kind.url());
    url.matches();
    String relayed = url.group(1) + "127.0.0.1:" + listener.getLocalPort() + "/" + name
        + (url.group(5) == null ? "" : url.group(5));
    if (kind == TestDatabase.POSTGRESQL) {
      PGSimpleDataSource ds = new PGSimpleDataSource();
      ds.setURL(relayed);
      ds.setConnectTimeout(5);
      return ds;
    }
    return new MariaDbDataSource(relayed + (relayed.contains("?") ? "&" : "?") + "connectTimeout=5000");
  }

  /** The next request reaches the server; its answer is lost and the connection cut. */
  void loseTheNextAnswer() {
    armed = true;
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        Socket server = new Socket(host, port);
        sockets.add(client);
        sockets.add(server);
        Pair pair = new Pair(client, server);
        start(() -> pair.pump(client, server, true));
        start(() -> pair.pump(server, client, false));
      } catch (IOException e) {
        // closed, or the server refused: the driver sees its connection fail
      }
    }
  }

  private static void start(Runnable pump) {
    Thread thread = new Thread(pump, "lossy-relay-pump");
    thread.setDaemon(true);
    thread.start();
  }

  /** One client connection and its server connection. */
  private final class Pair {
    private final Socket client;
    private final Socket server;
    private volatile boolean losing;

    Pair(Socket client, Socket server) {
      this.client = client;
      this.server = server;
    }

    void pump(Socket from, Socket to, boolean request) {
      byte[] buffer = new byte[16 * 1024];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        for (int n; (n = in.read(buffer)) >= 0; ) {
          if (request && armed) {
            armed = false;
            losing = true; // set before the request leaves: its answer cannot overtake it
          } else if (!request && losing) {
            break; // the server answered the lost request: drop the answer, cut both sides
          }
          out.write(buffer, 0, n);
          out.flush();
        }
      } catch (IOException e) {
        // one side closed
      } finally {
        close(client);
        close(server);
      }
    }
  }

  private void close(Socket socket) {
    sockets.remove(socket);
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() {
    try {
      listener.close();
    } catch (IOException e) {
      // already closed
    }
    sockets.forEach(this::close);
  }
}
