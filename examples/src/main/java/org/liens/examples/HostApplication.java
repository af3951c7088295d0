package org.liens.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.liens.Liens;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.ContactId;
import org.liens.accompaniment.ContactStatus;
import org.liens.accompaniment.HomeVisit;
import org.liens.staff.StaffId;
import org.liens.staff.StaffRole;
import org.liens.accompaniment.Progress;
import org.liens.accompaniment.RemoteChannel;
import org.liens.billing.BillingSubject;
import org.liens.billing.Invoice;
import org.liens.billing.Seller;
import org.liens.agenda.DueItem;
import org.liens.catalog.OfferCode;
import org.liens.document.EmtMap;
import org.liens.einvoice.EInvoice;
import org.liens.einvoice.EInvoiceProfile;
import org.liens.einvoice.EInvoiceSettings;
import org.liens.einvoice.EInvoicing;
import org.liens.document.SupportPlan;
import org.liens.eligibility.EligibilityDecision;
import org.liens.household.Child;
import org.liens.household.EmploymentSituation;
import org.liens.household.Household;
import org.liens.household.HouseholdProfile;
import org.liens.household.Parent;
import org.liens.household.SchoolGrade;
import org.liens.organisation.ChorusPro;
import org.liens.organisation.Organisation;
import org.liens.organisation.OrganisationDetails;
import org.liens.organisation.OrganisationKind;
import org.liens.organisation.PostalAddress;
import org.liens.referral.Consent;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.Referral;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralRequest;
import org.liens.referral.ReferralSource;
import org.liens.shared.PersonName;
import org.liens.storage.Storage;
import org.liens.storage.jdbc.JdbcStorage;

/**
 * A host application embedding Liens: a coordinator runs one family through an MIP that turns into a MADI, with
 * six months of simulated time, and invoices both modules to the département, through Chorus Pro: it writes the
 * Factur-X (with its CII and UBL) of each invoice under {@code target/e-invoices} and prints where (issue 15). Run it
 * with the first command of the README; it stores everything in an embedded H2 database, in memory by default, or
 * in the H2 (or other JDBC) URL given as argument: {@code -Dexec.args=jdbc:h2:file:./target/liens-demo}.
 */
public final class HostApplication {
  private final PrintStream out;
  private final SimulatedClock clock = new SimulatedClock(LocalDate.of(2023, 9, 4), Liens.DEFAULT_ZONE);
  private int events;
  private final Path eInvoices;

  HostApplication(PrintStream out) {
    this(out, Path.of(System.getProperty("liens.einvoices", "target/e-invoices")));
  }

  HostApplication(PrintStream out, Path eInvoices) {
    this.out = out;
    this.eInvoices = eInvoices;
  }

  /** The embedded default: a fresh in-memory H2 database. */
  static final String DEFAULT_URL = "jdbc:h2:mem:liens-example;DB_CLOSE_DELAY=-1";

  public static void main(String[] args) {
    String url = args.length > 0 ? args[0] : DEFAULT_URL;
    new HostApplication(System.out).run(h2(url));
  }

  /** The JDBC storage of an H2 database, migrated to the latest Liens schema. */
  static Storage h2(String url) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    return JdbcStorage.builder(dataSource).migrate(true).build();
  }

  /** Runs the story on {@code storage} and returns the number of domain events delivered. */
  int run(Storage storage) {
    Liens liens = Liens.builder()
        .storage(storage)
        .clock(clock)
        .seller(Seller.of("Au bonheur des liens", PostalAddress.of("1 place aux Herbes", "30700", "Uzès"), "812345676")
            .withVatExemptionMention("TVA non applicable : mention à fixer par votre comptable")
            .withVatNumber("FR40812345676")) // EN 16931 asks for it on every e-invoice (BR-E-02)
        .listener(event -> events++)
        .build();
    Actor coordinator = Actor.of("coordinatrice-1", Role.COORDINATOR);

    out.println("== Liens: an MIP that becomes a MADI ==");
    // the staff first: teams take registered staff only, active on the day as educators or practitioners (R5)
    Organisation association = liens.organisations().register(coordinator, "Au bonheur des liens",
        OrganisationKind.ASSOCIATION);
    StaffId lea = liens.staff().register(coordinator, association.id(), Set.of(StaffRole.EDUCATOR),
        LocalDate.of(2023, 1, 2)).id();
    StaffId practitioner = liens.staff().register(coordinator, association.id(), Set.of(StaffRole.PRACTITIONER),
        LocalDate.of(2023, 1, 2)).id();
    // invoiced through Chorus Pro: its SIRET, the service code and commitment number it requires (issue 15)
    Organisation departement = liens.organisations().register(coordinator,
        OrganisationDetails.of("Conseil départemental du Gard", "223000019",
            PostalAddress.of("3 rue Guillemette", "30044", "Nîmes"))
            .withChorusPro(ChorusPro.at("22300001900016").withServiceCode("SERVICE-ASE")
                .withCommitmentNumber("EJ-2023-0042").requiringServiceCode().requiringCommitmentNumber()),
        OrganisationKind.DEPARTEMENT);
    Organisation ccas = liens.organisations().register(coordinator, "CCAS d'Uzès", OrganisationKind.CCAS);

    Parent anne = Parent.named("Anne", "Martin");
    Household household = liens.households().register(coordinator, HouseholdProfile.builder()
        .parent(anne)
        .singleParent(true)
        .child(Child.of(PersonName.of("Léo", "Martin"), LocalDate.of(2014, 3, 2), SchoolGrade.CE2))
        .employment(EmploymentSituation.RSA)
        .belowPovertyLine(true)
        .build());

    Referral referral = liens.referrals().receive(coordinator, ReferralRequest.of(household.id(), OfferCode.MIP,
        ReferralSource.fieldWorker(ccas.id(), PersonName.of("Paul", "Durand")), departement.id(),
        clock.today(), ReferralReason.FAMILY_EVENT));
    EligibilityDecision before = liens.referrals().eligibility(coordinator, referral.id());
    out.println("Eligible before consent? " + before.eligible());
    out.println(before.explain(Locale.FRENCH).lines().filter(l -> l.startsWith("FAILED")).findFirst().orElse(""));

    liens.referrals().recordConsent(coordinator, referral.id(), Consent.of(clock.today(), anne.id()));
    liens.referrals().assess(coordinator, referral.id(),
        new NeedsAssessment(clock.today(), "Séparation récente, tensions au coucher."));
    Accompaniment mip = liens.referrals().validate(coordinator, referral.id(), List.of(lea));
    out.println("MIP validated into the active caseload: " + mip.status());

    clock.advanceTo(LocalDate.of(2023, 9, 15));
    mip = liens.accompaniments().start(coordinator, mip.id(), clock.today());
    out.println("First appointment " + clock.today() + ", last day " + mip.lastDay().orElseThrow()
        + ", planned visits " + mip.plannedVisits().size());
    liens.accompaniments().recordHomeVisit(coordinator, mip.id(), clock.today(), lea);
    liens.accompaniments().writeSupportPlan(coordinator, mip.id(),
        new SupportPlan(clock.today(), List.of(anne.id()), List.of("Rituel du coucher à 20 h")));
    liens.accompaniments().drawEmtMap(coordinator, mip.id(), new EmtMap(clock.today(),
        List.of("Apaiser le lien"), List.of("Soutenir la mère"), List.of("Rituels du soir")));
    clock.advanceTo(LocalDate.of(2023, 10, 16));
    liens.accompaniments().recordHomeVisit(coordinator, mip.id(), clock.today(), lea);
    liens.accompaniments().recordRemoteContact(coordinator, mip.id(), clock.today(), lea, RemoteChannel.SMS);
    Progress progress = liens.accompaniments().progress(coordinator, mip.id(), clock.today()).orElseThrow();
    out.println("Progress on " + clock.today() + ": home visits " + progress.homeVisits().done() + " ("
        + progress.homeVisits().status() + ", target " + progress.homeVisits().target() + "), remote contacts "
        + progress.remoteContacts().done() + " (" + progress.remoteContacts().status() + ")");

    // an appointment made for 30 October (issue 14): planned, it counts for nothing until it is settled
    ContactId appointment = ContactId.of(UUID.randomUUID());
    liens.accompaniments().recordContact(coordinator, mip.id(),
        new HomeVisit(appointment, LocalDate.of(2023, 10, 30), lea, ContactStatus.PLANNED));

    out.println("Prescriber's view of the caseload: "
        + liens.caseload().ofPrescriber(Actor.of("cas-1", Role.PRESCRIBER, ccas.id()), ccas.id()).size()
        + " accompaniment(s)");

    clock.advanceTo(LocalDate.of(2023, 11, 20));
    out.println("What is due on " + clock.today() + " (issue 14):");
    for (DueItem item : liens.agenda().due(coordinator, clock.today())) {
      out.println("  " + item.kind() + " " + item.offer() + " " + item.dueOn() + (item.overdue() ? " overdue" : ""));
    }
    liens.accompaniments().settleContact(coordinator, mip.id(), appointment, ContactStatus.MISSED_FAMILY_ABSENT);
    out.println("The appointment of 30 October is settled as missed: "
        + liens.accompaniments().progress(coordinator, mip.id(), clock.today()).orElseThrow().homeVisits().missed()
        + " home visit missed, kept apart from the target");
    Referral escalation = liens.referrals().receive(coordinator, ReferralRequest.of(household.id(), OfferCode.MADI,
            ReferralSource.fieldWorker(ccas.id(), PersonName.of("Paul", "Durand")), departement.id(),
            clock.today(), ReferralReason.CRISIS)
        .succeeding(mip.id()));
    liens.referrals().recordConsent(coordinator, escalation.id(), Consent.of(clock.today(), anne.id()));
    liens.referrals().assess(coordinator, escalation.id(), new NeedsAssessment(clock.today(), "Crise au domicile."));
    Accompaniment madi = liens.referrals().validate(coordinator, escalation.id(), List.of(practitioner));
    out.println("MADI succeeds the MIP with the same educator plus the practitioner: team of " + madi.team().size()
        + "; MIP is now " + liens.accompaniments().get(coordinator, mip.id()).status());

    madi = liens.accompaniments().start(coordinator, madi.id(), LocalDate.of(2023, 11, 22));
    clock.advanceTo(LocalDate.of(2024, 5, 21));
    madi = liens.accompaniments().recordHomeVisit(coordinator, madi.id(), LocalDate.of(2023, 11, 22), lea);
    madi = liens.accompaniments().writeActionReport(coordinator, madi.id(), clock.today(), "Apaisement durable.");
    madi = liens.accompaniments().close(coordinator, madi.id(), clock.today());
    out.println("MADI closed on " + madi.endedOn().orElseThrow() + " with its action report to "
        + madi.actionReport().orElseThrow().addressedTo().size() + " parent, copies to "
        + madi.actionReport().orElseThrow().copiesTo().size() + " organisations");
    EInvoicing einvoicing = EInvoicing.of(EInvoiceSettings.standard());
    for (Accompaniment billed : List.of(mip, madi)) {
      liens.billing().prepare(coordinator, billed.id()); // one draft per funder
      for (Invoice invoice : liens.billing().issueAll(coordinator, BillingSubject.of(billed.id()))) {
        out.println("Invoice " + invoice.number().orElseThrow() + " to the département: " + invoice.total() + " TTC ("
            + billed.offer().code() + ", tariff frozen at the first appointment)");
        out.println("  its Factur-X (" + EInvoiceProfile.EN_16931 + ", for Chorus Pro) is written to "
            + write(einvoicing.of(invoice)).toAbsolutePath());
      }
    }
    out.println("Domain events delivered to the host: " + events);
    return events;
  }

  /** Writes the Factur-X, CII and UBL of an invoice under {@link #eInvoices}; returns the Factur-X's path. */
  private Path write(EInvoice einvoice) {
    try {
      return einvoice.writeTo(eInvoices).get(0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the e-invoices under " + eInvoices, e);
    }
  }
}
