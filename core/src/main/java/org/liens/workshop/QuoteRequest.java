package org.liens.workshop;

import java.time.Duration;
import java.time.LocalDate;
import org.liens.accompaniment.WorkshopSession;
import org.liens.organisation.OrganisationId;
import org.liens.shared.Checks;

/**
 * What an institution orders through the coordinator, for the practitioner to quote (R3, R9: "nombre d'enfants
 * par atelier ? fréquence des ateliers ? déplacements ?").
 *
 * @param client the local authority or institution ordering, who pays
 * @param children the number of children, one or more
 * @param sessions the sessions each group will have, one or more
 * @param sessionLength the length of a session, whole minutes from 1 minute to 8 hours
 * @param frequency how often groups meet
 * @param travel the travel to quote
 * @param validUntil the last day the quote may be accepted
 */
public record QuoteRequest(
    OrganisationId client, int children, int sessions, Duration sessionLength, SessionFrequency frequency,
    Travel travel, LocalDate validUntil) {
  /**
   * Checks the components: {@code client}, {@code sessionLength}, {@code frequency} and {@code travel} required;
   * {@code validUntil} within the supported date range; and the rules stated for the type.
   *
   * @param client the local authority or institution ordering, who pays
   * @param children the number of children, one or more
   * @param sessions the sessions each group will have, one or more
   * @param sessionLength the length of a session, whole minutes from 1 minute to 8 hours
   * @param frequency how often groups meet
   * @param travel the travel to quote
   * @param validUntil the last day the quote may be accepted
   */
  public QuoteRequest {
    Checks.required(client, "client");
    Checks.check(children >= 1, "a quote is for one child or more");
    Checks.check(sessions >= 1, "a quote is for one session or more");
    Checks.required(sessionLength, "sessionLength");
    Checks.check(sessionLength.toMinutes() >= 1 && sessionLength.toSeconds() % 60 == 0
            && sessionLength.compareTo(WorkshopSession.MAX_LENGTH) <= 0,
        "a session lasts whole minutes, from 1 minute to 8 hours");
    Checks.required(frequency, "frequency");
    Checks.required(travel, "travel");
    Checks.date(validUntil, "validUntil");
  }

  /**
   * {@return the seed's model for {@code children}: six weekly one-hour sessions, no travel}
   *
   * @param client the organisation that orders the workshops (R9)
   * @param children how many children, one or more
   * @param validUntil the last day the quote may be accepted
   */
  public static QuoteRequest model(OrganisationId client, int children, LocalDate validUntil) {
    return new QuoteRequest(client, children, 6, Duration.ofHours(1), SessionFrequency.WEEKLY, Travel.none(), validUntil);
  }

  /**
   * {@return the same request with {@code value} as travel}
   *
   * @param value the travel costs
   */
  public QuoteRequest withTravel(Travel value) {
    return new QuoteRequest(client, children, sessions, sessionLength, frequency, value, validUntil);
  }
}
