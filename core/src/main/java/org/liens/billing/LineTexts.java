package org.liens.billing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.WorkshopSession;
import org.liens.pricing.Quantity;
import org.liens.workshop.GroupSession;
import org.liens.workshop.WorkshopSeries;

/**
 * The French texts of the invoice lines Liens writes (DESIGN §6: "exact description" of each line), in one place:
 * a module (MIP, MADI, MAPA; R2, R3), an individual ARCS session and a group ARCS session (R3, R9). They name the
 * offer, the dates and the file by its id, never a person. Quoted lines (a group workshop, travel) keep the text
 * of the accepted quote.
 */
public final class LineTexts {
  private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private LineTexts() {}

  /**
   * {@return a module of {@code months} from its first appointment, e.g. "… : accompagnement de 6 mois à compter du
   * 04/09/2023 ; dossier …"; billed pro rata ({@code quantity} a fraction), it adds the end and the months started}
   *
   * @param accompaniment the accompaniment, as stored
   * @param months the offer's duration, in months
   * @param start the first appointment
   * @param quantity the quantity billed: one module, or a fraction of it
   */
  public static String module(Accompaniment accompaniment, int months, LocalDate start, Quantity quantity) {
    return accompaniment.offer().name().fr() + " (" + accompaniment.offer().code() + ") : accompagnement de "
        + months + " mois à compter du " + date(start)
        + (quantity.denominator() > 1 ? ", terminé le " + date(accompaniment.endedOn().orElseThrow())
            + " : " + quantity.numerator() + " mois commencés sur " + months : "")
        + " ; dossier " + accompaniment.id();
  }

  /**
   * {@return an individual ARCS session held for {@code heldMinutes}, of which {@code billedMinutes} are billed}
   *
   * @param accompaniment the accompaniment, as stored
   * @param session the session held
   * @param heldMinutes how long it lasted, in minutes
   * @param billedMinutes the minutes billed under the {@link SessionTimePolicy}
   */
  public static String individualSession(
      Accompaniment accompaniment, WorkshopSession session, long heldMinutes, long billedMinutes) {
    return "Atelier individuel de remise en confiance scolaire du " + date(session.date())
        + " (" + heldMinutes + " min" + (billedMinutes != heldMinutes ? ", " + billedMinutes + " min facturées" : "")
        + ") ; dossier " + accompaniment.id();
  }

  /**
   * {@return one session of one group of a workshop series}
   *
   * @param series the workshop series
   * @param session the session held
   */
  public static String groupSession(WorkshopSeries series, GroupSession session) {
    return "Séance de groupe " + session.group() + " de remise en confiance scolaire du " + date(session.date())
        + " (" + series.sessionLength().toMinutes() + " min)";
  }

  private static String date(LocalDate date) {
    return FRENCH_DATE.format(date);
  }
}
