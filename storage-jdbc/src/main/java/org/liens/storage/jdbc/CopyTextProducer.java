package org.liens.storage.jdbc;

import java.sql.SQLException;
import java.util.Collection;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The COPY text of a {@link PostgresCopy}, built on a thread of its own while the importing thread sends what is
 * ready: chunks of about {@code chunk} characters, at most {@value #AHEAD} ahead of the sender, each telling the rows
 * whose batch it ends. The binder runs on that thread only, one row after the other, as it would on the importing
 * thread; its failure is handed to the sender ({@link #next}), which fails the copy with it.
 *
 * @param <E> the rows
 */
final class CopyTextProducer<E> {
  /** Chunks built ahead of the sender at most. */
  static final int AHEAD = 8;

  /**
   * Text ready to send.
   *
   * @param bytes the text, UTF-8
   * @param rows the rows of the batch it ends, to report once sent; 0 in the middle of a batch
   */
  record Chunk(byte[] bytes, int rows) {}

  /** The end of the rows, or the binder's failure. */
  private record End(Throwable failure) {}

  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
  private final Thread thread;

  CopyTextProducer(Collection<E> rows, Transaction.RowBinder<E> binder, int batchSize, int chunk) {
    thread = new Thread(() -> produce(rows, binder, batchSize, chunk), "liens-copy-text");
    thread.setDaemon(true);
    thread.start();
  }

  private void produce(Collection<E> rows, Transaction.RowBinder<E> binder, int batchSize, int chunk) {
    try {
      CopyText text = new CopyText();
      Args args = new Args(text);
      int pending = 0;
      for (E row : rows) {
        binder.bind(args, row);
        text.endRow();
        pending++;
        if (pending == batchSize) {
          queue.put(new Chunk(text.take(), pending));
          pending = 0;
        } else if (text.length() >= chunk) {
          queue.put(new Chunk(text.take(), 0));
        }
      }
      if (text.length() > 0) {
        queue.put(new Chunk(text.take(), pending));
      }
      queue.put(new End(null));
    } catch (InterruptedException e) {
      // the sender stopped: nothing more to build
    } catch (SQLException | RuntimeException | Error e) {
      try {
        queue.put(new End(e));
      } catch (InterruptedException stopped) {
        // the sender stopped first
      }
    }
  }

  /**
   * {@return the next chunk to send, or null once every row was built}
   *
   * @throws SQLException the binder's, or if this thread was interrupted while waiting
   */
  Chunk next() throws SQLException {
    Object item;
    try {
      item = queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("the copy was interrupted while its text was built");
    }
    if (item instanceof Chunk chunk) {
      return chunk;
    }
    Throwable failure = ((End) item).failure();
    if (failure == null) {
      return null;
    } else if (failure instanceof SQLException e) {
      throw e;
    } else if (failure instanceof RuntimeException e) {
      throw e;
    }
    throw (Error) failure;
  }

  /** Stops building (after a failure of the copy) and waits for the thread to end. */
  void stop() {
    thread.interrupt();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
