package org.liens.storage.tck.logging;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.helpers.AbstractLogger;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPLogger;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.event.Level;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * An SLF4J provider that, while a {@link LogCapture} recording is open, enables every level of every logger and
 * hands each record to the recording; every record is then passed on to the other provider found on the class
 * path (slf4j-simple in the Liens tests), which prints it according to its own configuration. Code guarded by
 * {@code isTraceEnabled()} therefore runs during a recording, and what the tests print does not change. Outside a
 * recording each logger is exactly as enabled as the printing one, so the other tests pay nothing.
 *
 * <p>Selected explicitly with {@code -Dslf4j.provider=org.liens.storage.tck.logging.CapturingLogProvider}; it is
 * not registered as a service.
 */
public final class CapturingLogProvider implements SLF4JServiceProvider {
  private CapturingLoggerFactory loggers;
  private IMarkerFactory markers;
  private MDCAdapter mdc;

  @Override
  public ILoggerFactory getLoggerFactory() {
    return loggers;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {
    SLF4JServiceProvider delegate = null;
    for (SLF4JServiceProvider candidate : ServiceLoader.load(SLF4JServiceProvider.class,
        CapturingLogProvider.class.getClassLoader())) {
      if (!(candidate instanceof CapturingLogProvider)) {
        delegate = candidate;
        break;
      }
    }
    if (delegate == null) {
      loggers = new CapturingLoggerFactory(name -> NOPLogger.NOP_LOGGER);
      markers = new BasicMarkerFactory();
      mdc = new NOPMDCAdapter();
    } else {
      delegate.initialize();
      ILoggerFactory printing = delegate.getLoggerFactory();
      loggers = new CapturingLoggerFactory(printing);
      markers = delegate.getMarkerFactory();
      mdc = delegate.getMDCAdapter();
    }
  }

  /** Hands out one {@link CapturingLogger} per name. */
  static final class CapturingLoggerFactory implements ILoggerFactory {
    private final ILoggerFactory printing;
    private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();

    CapturingLoggerFactory(ILoggerFactory printing) {
      this.printing = printing;
    }

    @Override
    public Logger getLogger(String name) {
      return loggers.computeIfAbsent(name, n -> new CapturingLogger(n, printing.getLogger(n)));
    }
  }

  /** Enabled at every level while recording; captures each record, then forwards it to the printing logger. */
  static final class CapturingLogger extends AbstractLogger {
    private static final long serialVersionUID = 1L;
    private final transient Logger printing;

    CapturingLogger(String name, Logger printing) {
      this.name = name;
      this.printing = printing;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(
        Level level, Marker marker, String pattern, Object[] arguments, Throwable throwable) {
      String message = MessageFormatter.basicArrayFormat(pattern, arguments);
      LogCapture.capture(new LogLine(level, name, message == null ? "null" : message, Throwables.render(throwable)));
      List<Object> all = new ArrayList<>();
      if (arguments != null) {
        all.addAll(List.of(arguments));
      }
      if (throwable != null) {
        all.add(throwable);
      }
      Object[] forwarded = all.toArray();
      switch (level) {
        case TRACE -> printing.trace(marker, pattern, forwarded);
        case DEBUG -> printing.debug(marker, pattern, forwarded);
        case INFO -> printing.info(marker, pattern, forwarded);
        case WARN -> printing.warn(marker, pattern, forwarded);
        case ERROR -> printing.error(marker, pattern, forwarded);
        default -> throw new IllegalStateException("unknown level " + level);
      }
    }

    @Override
    public boolean isTraceEnabled() {
      return LogCapture.isRecording() || printing.isTraceEnabled();
    }

    @Override
    public boolean isTraceEnabled(Marker marker) {
      return LogCapture.isRecording() || printing.isTraceEnabled(marker);
    }

    @Override
    public boolean isDebugEnabled() {
      return LogCapture.isRecording() || printing.isDebugEnabled();
    }

    @Override
    public boolean isDebugEnabled(Marker marker) {
      return LogCapture.isRecording() || printing.isDebugEnabled(marker);
    }

    @Override
    public boolean isInfoEnabled() {
      return LogCapture.isRecording() || printing.isInfoEnabled();
    }

    @Override
    public boolean isInfoEnabled(Marker marker) {
      return LogCapture.isRecording() || printing.isInfoEnabled(marker);
    }

    @Override
    public boolean isWarnEnabled() {
      return LogCapture.isRecording() || printing.isWarnEnabled();
    }

    @Override
    public boolean isWarnEnabled(Marker marker) {
      return LogCapture.isRecording() || printing.isWarnEnabled(marker);
    }

    @Override
    public boolean isErrorEnabled() {
      return LogCapture.isRecording() || printing.isErrorEnabled();
    }

    @Override
    public boolean isErrorEnabled(Marker marker) {
      return LogCapture.isRecording() || printing.isErrorEnabled(marker);
    }
  }
}
