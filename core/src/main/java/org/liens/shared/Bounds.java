package org.liens.shared;

import java.time.LocalDate;

/**
 * The bounds every text and date crossing the core's value constructors respects, so that every storage adapter
 * (memory, H2, PostgreSQL, MariaDB) stores and returns them alike (issue 10, defect 4). Lengths count Unicode code
 * points (an emoji counts one). Checked by {@link Checks#name}, {@link Checks#shortText}, {@link Checks#longText},
 * {@link Checks#date} and {@link Checks#birthDate}; the README's "Input bounds" table lists them.
 */
public final class Bounds {
  private Bounds() {}

  /** Names of people and organisations, address lines, postal codes, cities, territories, short labels. */
  public static final int NAME_MAX = 200;

  /** Short free texts on one or several lines: reasons, needs, missions, actions, stakes, notes. */
  public static final int SHORT_TEXT_MAX = 2_000;

  /** Long free texts: the conclusions of an action report. */
  public static final int LONG_TEXT_MAX = 20_000;

  /** The earliest date Liens accepts (birth dates of elders included). */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

  /** The latest date Liens accepts (agreements and periods far ahead included). */
  public static final LocalDate LATEST_DATE = LocalDate.of(2200, 12, 31);
}
