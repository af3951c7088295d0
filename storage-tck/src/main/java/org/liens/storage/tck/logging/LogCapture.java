package org.liens.storage.tck.logging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Where {@link CapturingLogProvider} puts what it captures. One recording at a time; records logged while none
 * is open are only printed. Thread-safe.
 */
public final class LogCapture {
  private static final AtomicReference<List<LogLine>> CURRENT = new AtomicReference<>();

  private LogCapture() {}

  /**
   * Opens a recording of every record logged from now on, by any thread and any logger, at any level.
   *
   * @return the open recording; close it to stop
   * @throws IllegalStateException when SLF4J is not bound to {@link CapturingLogProvider} in this JVM, or when a
   *     recording is already open
   */
  public static Recording start() {
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (!(factory instanceof CapturingLogProvider.CapturingLoggerFactory)) {
      throw new IllegalStateException("SLF4J is bound to " + factory.getClass().getName() + ", not to "
          + CapturingLogProvider.class.getName() + ": run this test with -Dslf4j.provider="
          + CapturingLogProvider.class.getName() + " (the module's surefire configuration sets it)");
    }
    Recording recording = new Recording();
    if (!CURRENT.compareAndSet(null, recording.lines)) {
      throw new IllegalStateException("a recording is already open");
    }
    return recording;
  }

  /** Whether a recording is open: every level of every logger is enabled only then. */
  static boolean isRecording() {
    return CURRENT.get() != null;
  }

  static void capture(LogLine line) {
    List<LogLine> lines = CURRENT.get();
    if (lines != null) {
      synchronized (lines) {
        lines.add(line);
      }
    }
  }

  /** An open recording; closing it stops the capture. */
  public static final class Recording implements AutoCloseable {
    private final List<LogLine> lines = new ArrayList<>();

    private Recording() {}

    /** {@return a copy of what was captured so far} */
    public List<LogLine> lines() {
      synchronized (lines) {
        return List.copyOf(lines);
      }
    }

    @Override
    public void close() {
      CURRENT.compareAndSet(lines, null);
    }
  }
}
