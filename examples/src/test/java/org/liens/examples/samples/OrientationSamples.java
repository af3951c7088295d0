package org.liens.examples.samples;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.liens.Liens;
import org.liens.access.Actor;
import org.liens.accompaniment.AccompanimentId;
import org.liens.household.PersonId;
import org.liens.orientation.Orientation;
import org.liens.orientation.SharedItem;
import org.liens.orientation.SharingConsent;
import org.liens.partner.Audience;
import org.liens.partner.CentreActionsImporter;
import org.liens.partner.PartnerImport;
import org.liens.partner.PartnerService;
import org.liens.partner.ServiceQuery;
import org.liens.partner.ServiceStatus;
import org.liens.partner.Territories;
import org.liens.partner.Theme;
import org.liens.partner.ZoneCode;

/**
 * The README's "Orientation" fragments, inside the methods that give them their names: the build compiles this file,
 * {@code DocSamplesTest} checks that the README shows each fragment verbatim and {@code OrientationSamplesTest} runs
 * them.
 */
final class OrientationSamples {
  private OrientationSamples() {}

  static List<PartnerService> importAndSearch(Liens liens, Actor coordinator, String seed004, LocalDate today) {
    PartnerImport seed = CentreActionsImporter.parse(seed004, today);    // 25 services of 22 structures, no issue
    liens.partners().importCatalogue(coordinator, seed);
    Territories territories = Territories.of(Map.of("32013", "243200409")); // the host's commune -> EPCI table
    List<PartnerService> found = liens.partners().search(coordinator, ServiceQuery.all()
        .withThemes(Theme.PARENTING_SUPPORT).withAudiences(Audience.FAMILLES)
        .near(ZoneCode.of("32013"), territories).withStatuses(ServiceStatus.EN_COURS));
    return found;
  }

  static Orientation orient(Liens liens, Actor educator, AccompanimentId accompaniment, PersonId julie,
      PartnerService workshop, LocalDate today) {
    Orientation proposed = liens.orientations().propose(educator, accompaniment, julie, workshop.id(),
        SharingConsent.of(julie, today, SharedItem.CONTACT_DETAILS));   // expires after 30 days (OrientationPolicy)
    liens.orientations().accept(educator, proposed.id());              // ORIENTATION_EXPIRED from that day on
    Orientation done = liens.orientations().recordOutcome(educator, proposed.id(), true, "Trois ateliers suivis");
    return done;
  }
}
