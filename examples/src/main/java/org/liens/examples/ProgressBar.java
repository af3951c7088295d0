package org.liens.examples;

import java.time.Duration;
import java.util.Locale;
import org.liens.storage.jdbc.ImportProgress;

/**
 * Draws an {@link ImportProgress} as one line of text, such as
 * {@code [#####-----]  50% 1000/2000 rows, 8000 rows/s, 0.1 s left}.
 */
final class ProgressBar {
  private ProgressBar() {}

  /** {@return the progress as a bar of {@code width} cells, the percentage, the rows, the rate and the time left} */
  static String render(ImportProgress progress, int width) {
    int filled = (int) Math.floor(progress.fraction() * width);
    String left = progress.estimatedTimeLeft().map(ProgressBar::seconds).orElse("?");
    return String.format(Locale.ROOT, "[%s%s] %3d%% %d/%d rows, %.0f rows/s, %s left",
        "#".repeat(filled), "-".repeat(width - filled), (int) Math.floor(progress.fraction() * 100),
        progress.rowsDone(), progress.rowsTotal(), progress.rowsPerSecond(), left);
  }

  private static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }
}
