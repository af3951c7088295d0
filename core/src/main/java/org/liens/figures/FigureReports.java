package org.liens.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.liens.catalog.Catalog;
import org.liens.catalog.OfferCode;

/**
 * Builds a {@link FiguresReport} from the unsuppressed counts a storage adapter computed (issue 12): suppression when
 * asked, the shares, the measures, the fingerprint.
 */
public final class FigureReports {
  /** The default smallest count shown: 5 ({@code "< 5"}), the usual rule of French official statistics. */
  public static final int DEFAULT_THRESHOLD = 5;
  private static final String[] CONTACT_MEASURES = {"homeVisits", "homeVisitTargetMin", "homeVisitTargetMax",
      "remoteContacts", "remoteContactTargetMin", "remoteContactTargetMax"};

  private FigureReports() {}

  /**
   * {@return the report of {@code counts}}
   *
   * @param query what was counted
   * @param counts the unsuppressed counts
   * @param catalog the catalogue in use: its offers and exit reasons lay the report out
   * @param suppressed whether to apply small-cell suppression
   * @param threshold the smallest count shown, at least {@link Suppression#MIN_THRESHOLD}
   */
  public static FiguresReport of(
      FigureQuery query, FigureCounts counts, Catalog catalog, boolean suppressed, int threshold) {
    FigureLayout layout = FigureLayout.of(catalog, counts);
    List<Suppression.Table> money = FinanceFigures.tables(catalog, counts);
    List<Suppression.Table> tables = new ArrayList<>(layout.tables());
    tables.addAll(money);
    List<String> others = new ArrayList<>(layout.others());
    others.addAll(FinanceFigures.used(counts));
    Map<String, CellStatus> status = Suppression.apply(counts.counts(), tables, others, threshold);
    FinanceFigures.agreed(counts).forEach(key -> status.put(key, CellStatus.SHOWN));
    if (!suppressed) {
      status.replaceAll((k, v) -> CellStatus.SHOWN);
    }
    List<FigureCell> cells = new ArrayList<>();
    status.forEach((key, s) -> cells.add(new FigureCell(key,
        s == CellStatus.SHOWN ? Optional.of(counts.count(key)) : Optional.empty(), s)));
    List<FigureShare> shares = new ArrayList<>();
    share(shares, "share.eligible", FigureKeys.files(FileOutcome.ELIGIBLE), FigureKeys.FILES, counts, status);
    share(shares, "share.singleParent", FigureKeys.SINGLE_PARENT, FigureKeys.FAMILIES, counts, status);
    share(shares, "share.inWork", FigureKeys.IN_WORK, FigureKeys.FAMILIES, counts, status);
    share(shares, "share.rsa", FigureKeys.RSA, FigureKeys.FAMILIES, counts, status);
    share(shares, "share.belowPovertyLine", FigureKeys.BELOW_POVERTY_LINE, FigureKeys.FAMILIES, counts, status);
    List<FigureMeasure> measures = new ArrayList<>();
    long least = suppressed ? threshold : 1;
    SortedMap<Long, Long> duration = counts.distribution(FigureKeys.DURATION);
    measures.add(measure("duration.average", duration, least, Distributions.average(duration)));
    measures.add(measure("duration.median", duration, least, days(Distributions.percentile(duration, 50))));
    for (String key : List.of(FigureKeys.REFERRAL_TO_FIRST_APPOINTMENT, FigureKeys.FIRST_APPOINTMENT_TO_CLOSURE)) {
      SortedMap<Long, Long> d = counts.distribution(key);
      measures.add(measure(key + ".median", d, least, days(Distributions.percentile(d, 50))));
      measures.add(measure(key + ".p90", d, least, days(Distributions.percentile(d, 90))));
    }
    for (OfferCode offer : layout.offers()) {
      boolean shown = status.get(FigureKeys.contacts(offer, "started")) == CellStatus.SHOWN
          && counts.count(FigureKeys.contacts(offer, "started")) > 0;
      for (String what : CONTACT_MEASURES) {
        String key = FigureKeys.contacts(offer, what);
        measures.add(new FigureMeasure(key,
            shown ? Optional.of(BigDecimal.valueOf(counts.count(key))) : Optional.empty()));
      }
    }
    measures.addAll(FinanceFigures.amounts(money, counts, status));
    return new FiguresReport(query.from(), query.to(), query.filters(), query.knownAt(),
        fingerprint(query, counts, suppressed, threshold), suppressed, threshold, cells, shares, measures);
  }

  private static void share(List<FigureShare> shares, String key, String numerator, String denominator,
      FigureCounts counts, Map<String, CellStatus> status) {
    boolean shown = status.get(numerator) == CellStatus.SHOWN && status.get(denominator) == CellStatus.SHOWN
        && counts.count(denominator) > 0;
    Optional<BigDecimal> percent = shown
        ? Optional.of(BigDecimal.valueOf(counts.count(numerator) * 100L)
            .divide(BigDecimal.valueOf(counts.count(denominator)), 1, RoundingMode.HALF_UP))
        : Optional.empty();
    shares.add(new FigureShare(key, numerator, denominator, percent));
  }

  private static FigureMeasure measure(
      String key, SortedMap<Long, Long> group, long least, Optional<BigDecimal> value) {
    return new FigureMeasure(key, Distributions.size(group) >= least ? value : Optional.empty());
  }

  private static Optional<BigDecimal> days(Optional<Long> value) {
    return value.map(BigDecimal::valueOf);
  }

  /**
   * {@return the SHA-256 (hex) of the query and of the unsuppressed numbers}
   *
   * @param query what was counted
   * @param counts the unsuppressed counts
   * @param suppressed whether small-cell suppression was applied
   * @param threshold the smallest count shown
   */
  public static String fingerprint(FigureQuery query, FigureCounts counts, boolean suppressed, int threshold) {
    StringBuilder text = new StringBuilder()
        .append(query.from()).append('|').append(query.to()).append('|')
        .append(query.filters().prescriber().map(Object::toString).orElse("")).append('|')
        .append(query.filters().funder().map(Object::toString).orElse("")).append('|')
        .append(query.filters().offer().map(OfferCode::value).orElse("")).append('|')
        .append(query.filters().territory().orElse("")).append('|')
        .append(query.knownAt()).append('|').append(suppressed).append('|').append(threshold).append('|');
    counts.counts().forEach((k, v) -> text.append(k).append('=').append(v).append(';'));
    counts.distributions().forEach((k, d) -> {
      text.append(k).append(':');
      d.forEach((days, n) -> text.append(days).append('x').append(n).append(','));
      text.append(';');
    });
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is in every Java runtime", e);
    }
  }
}
