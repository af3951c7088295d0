package org.liens;

import java.time.Clock;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.liens.access.AccessPolicy;
import org.liens.accompaniment.EndDateConvention;
import org.liens.accompaniment.ReopeningWindow;
import org.liens.accompaniment.application.AccompanimentService;
import org.liens.accompaniment.application.ActiveCaseload;
import org.liens.agenda.DuePolicy;
import org.liens.agenda.application.AgendaService;
import org.liens.agreement.WaitlistPolicy;
import org.liens.agreement.application.AgreementService;
import org.liens.agreement.application.AgreementValidationStep;
import org.liens.audit.AuditPolicy;
import org.liens.audit.application.AuditRecorder;
import org.liens.audit.application.AuditService;
import org.liens.billing.BillingPolicy;
import org.liens.billing.Seller;
import org.liens.billing.application.BillingService;
import org.liens.catalog.Catalog;
import org.liens.eligibility.EligibilityPolicy;
import org.liens.eligibility.EligibilityRule;
import org.liens.event.DomainEventListener;
import org.liens.figures.FigureReports;
import org.liens.figures.application.FiguresService;
import org.liens.history.application.HistoryService;
import org.liens.household.application.HouseholdService;
import org.liens.internal.Engine;
import org.liens.internal.TimeOrderedIds;
import org.liens.json.CatalogJson;
import org.liens.json.TariffsJson;
import org.liens.observe.LiensObserver;
import org.liens.organisation.application.OrganisationService;
import org.liens.orientation.OrientationPolicy;
import org.liens.orientation.application.OrientationService;
import org.liens.partner.application.PartnerCatalogueService;
import org.liens.pricing.TariffBook;
import org.liens.privacy.RetentionPolicy;
import org.liens.privacy.application.PrivacyService;
import org.liens.referral.ReferralDeadlines;
import org.liens.referral.application.ReferralService;
import org.liens.shared.Checks;
import org.liens.staff.application.StaffService;
import org.liens.storage.Storage;
import org.liens.workshop.application.QuoteService;

/**
 * The entry point: one instance per organisation, assembled once, safe to share between threads.
 *
 * <pre>{@code
 * Liens liens = Liens.builder()
 *     .storage(new InMemoryStorage())          // or JdbcStorage over the host's DataSource
 *     .clock(Clock.system(ZoneId.of("Europe/Paris")))
 *     .listener(event -> log.info("{}", event.type()))
 *     .seller(Seller.of("Au bonheur des liens", address, "123456782")
 *         .withVatExemptionMention(mentionChosenByTheAccountant))
 *     .build();
 * }</pre>
 *
 * Defaults: the 2023 catalogue ({@link CatalogJson#standard2023()}) and tariffs ({@link TariffsJson#standard2023()}),
 * the standard eligibility rules, the {@link EndDateConvention#LAST_DAY_BEFORE_ANNIVERSARY} convention, the
 * {@link BillingPolicy#standard()} billing policy, the {@link WaitlistPolicy#REFUSE} waitlist policy, the
 * {@link ReferralDeadlines#standard()} referral delays, the {@link DuePolicy#standard()} due list, the
 * {@link ReopeningWindow#standard()} reopening window (30 days), the
 * {@link AccessPolicy#standard()} access policy, the {@link RetentionPolicy#CNIL_SOCIAL_SUPPORT} retention policy,
 * the system clock in Europe/Paris, random UUIDs, a one-year audit retention ({@link AuditPolicy#standard()}), a
 * threshold of 5 for the published figures' small-cell suppression ({@link FigureReports#DEFAULT_THRESHOLD}).
 * Storage has no default; without a seller, nothing can be invoiced.
 */
public final class Liens {
  /** The time zone of "today" when no clock is given. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");

  private final Catalog catalog;
  private final EligibilityPolicy eligibility;
  private final Engine engine;
  private final HouseholdService households;
  private final OrganisationService organisations;
  private final ReferralService referrals;
  private final AccompanimentService accompaniments;
  private final ActiveCaseload caseload;
  private final TariffBook tariffs;
  private final AgreementService agreements;
  private final QuoteService workshops;
  private final BillingService billing;
  private final PrivacyService privacy;
  private final AuditService audit;
  private final StaffService staff;
  private final AgendaService agenda;
  private final HistoryService history;
  private final FiguresService figures;
  private final PartnerCatalogueService partners;
  private final OrientationService orientations;

  private Liens(Builder builder) {
    this.catalog = builder.catalog;
    EligibilityPolicy policy = builder.eligibility;
    for (EligibilityRule rule : builder.extraRules) {
      policy = policy.with(rule);
    }
    this.eligibility = policy;
    this.engine = new Engine(
        Checks.required(builder.storage, "storage"), builder.clock, builder.ids,
        builder.idsGiven ? builder.ids : new TimeOrderedIds(), builder.listeners, builder.accessPolicy,
        builder.observers);
    this.households = new HouseholdService(engine);
    this.organisations = new OrganisationService(engine);
    this.tariffs = builder.tariffs;
    this.referrals = new ReferralService(engine, catalog, eligibility, builder.endDateConvention,
        List.of(new AgreementValidationStep(builder.waitlistPolicy)), builder.referralDeadlines);
    this.accompaniments = new AccompanimentService(engine, tariffs, catalog.exitReasons(), builder.reopeningWindow);
    this.caseload = new ActiveCaseload(engine);
    this.agreements = new AgreementService(engine, tariffs);
    this.workshops = new QuoteService(engine, tariffs);
    this.billing = builder.seller.map(seller -> new BillingService(engine, builder.billingPolicy, seller))
        .orElseGet(() -> new BillingService(engine, builder.billingPolicy));
    this.privacy = new PrivacyService(engine, builder.retentionPolicy);
    this.audit = new AuditService(engine, builder.auditPolicy);
    this.staff = new StaffService(engine);
    this.agenda = new AgendaService(engine, builder.referralDeadlines, builder.duePolicy);
    this.history = new HistoryService(engine);
    this.figures = new FiguresService(engine, catalog, builder.figureThreshold);
    this.partners = new PartnerCatalogueService(engine);
    this.orientations = new OrientationService(engine, builder.orientationPolicy);
  }

  /**
   * The partner-service catalogue (issue 16): import seed 004 or data·inclusion files, search.
   *
   * @return the partner catalogue service
   */
  public PartnerCatalogueService partners() {
    return partners;
  }

  /**
   * Orientations of household members to partner services (issue 16).
   *
   * @return the orientation service
   */
  public OrientationService orientations() {
    return orientations;
  }

  /**
   * Starts assembling Liens; see the class comment for the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Households: register, update, read.
   *
   * @return the household service
   */
  public HouseholdService households() {
    return households;
  }

  /**
   * Partner organisations: prescribers and funders.
   *
   * @return the organisation service
   */
  public OrganisationService organisations() {
    return organisations;
  }

  /**
   * Referrals: receive, consent, assess, eligibility, validate, reject.
   *
   * @return the referral service
   */
  public ReferralService referrals() {
    return referrals;
  }

  /**
   * Accompaniments: first appointment, contacts, documents, closure.
   *
   * @return the accompaniment service
   */
  public AccompanimentService accompaniments() {
    return accompaniments;
  }

  /** {@return the active caseload and its views per prescriber, educator and funder} */
  public ActiveCaseload caseload() {
    return caseload;
  }

  /**
   * Funding agreements: conclude, places and budget left, release a place (R10).
   *
   * @return the agreement service
   */
  public AgreementService agreements() {
    return agreements;
  }

  /**
   * ARCS group workshops: quotes, their acceptance, the workshop series (R3, R9).
   *
   * @return the workshop service
   */
  public QuoteService workshops() {
    return workshops;
  }

  /**
   * Invoices and credit notes (R3, R10).
   *
   * @return the billing service
   */
  public BillingService billing() {
    return billing;
  }

  /**
   * Retention, erasure on request and export of a household's personal data (issue 9, GDPR art. 15 and 17).
   *
   * @return the privacy service
   */
  public PrivacyService privacy() {
    return privacy;
  }

  /**
   * The audit trail: who read or changed the data of a household or a person, what a user did, and the purge of
   * entries past their retention (issue 9).
   *
   * @return the audit service
   */
  public AuditService audit() {
    return audit;
  }

  /** The audit trail's writer, for the access checks of the services (the services reach it through the engine). */
  AuditRecorder auditRecorder() {
    return engine.audit();
  }

  /**
   * Staff: educators, practitioners and coordinators, their roles and days of activity; teams accept only them.
   *
   * @return the staff service
   */
  public StaffService staff() {
    return staff;
  }

  /**
   * {@return what is due for an actor: visits, DIA, action reports, referral decisions, agreement places (issue 14);
   * the library never sends a reminder}
   */
  public AgendaService agenda() {
    return agenda;
  }

  /** {@return who changed what, when and why: the history of a referral, accompaniment, agreement or invoice} */
  public HistoryService history() {
    return history;
  }

  /**
   * The published figures (R11, issue 12): the activity report of a period, narrowed and suppressed by who asks,
   * reproducible as known on a date.
   *
   * @return the figures service
   */
  public FiguresService figures() {
    return figures;
  }

  /** {@return the tariffs in use} */
  public TariffBook tariffs() {
    return tariffs;
  }

  /** {@return the catalogue in use} */
  public Catalog catalog() {
    return catalog;
  }

  /** {@return the eligibility policy in use} */
  public EligibilityPolicy eligibility() {
    return eligibility;
  }

  /** Assembles a {@link Liens}. */
  public static final class Builder {
    private Catalog catalog = CatalogJson.standard2023();
    private EligibilityPolicy eligibility = EligibilityPolicy.standard();
    private Storage storage;
    private Clock clock = Clock.system(DEFAULT_ZONE);
    private Supplier<UUID> ids = UUID::randomUUID;
    private boolean idsGiven;
    private final List<DomainEventListener> listeners = new ArrayList<>();
    private final List<LiensObserver> observers = new ArrayList<>();
    private final List<EligibilityRule> extraRules = new ArrayList<>();
    private EndDateConvention endDateConvention = EndDateConvention.LAST_DAY_BEFORE_ANNIVERSARY;
    private TariffBook tariffs = TariffsJson.standard2023();
    private BillingPolicy billingPolicy = BillingPolicy.standard();
    private WaitlistPolicy waitlistPolicy = WaitlistPolicy.REFUSE;
    private ReferralDeadlines referralDeadlines = ReferralDeadlines.standard();
    private DuePolicy duePolicy = DuePolicy.standard();
    private ReopeningWindow reopeningWindow = ReopeningWindow.standard();
    private Optional<Seller> seller = Optional.empty();
    private AccessPolicy accessPolicy = AccessPolicy.standard();
    private RetentionPolicy retentionPolicy = RetentionPolicy.standard();
    private OrientationPolicy orientationPolicy = OrientationPolicy.STANDARD;
    private AuditPolicy auditPolicy = AuditPolicy.standard();
    private int figureThreshold = FigureReports.DEFAULT_THRESHOLD;

    private Builder() {}

    /**
     * Sets the catalogue of offers; default the 2023 catalogue.
     *
     * @param value the catalogue (R1–R5), for instance {@code CatalogJson.read(…)}
     * @return this builder
     */
    public Builder catalog(Catalog value) {
      catalog = Checks.required(value, "catalog");
      return this;
    }

    /**
     * Sets the storage adapter; required.
     *
     * @param value the storage adapter (memory, JDBC or the host's own)
     * @return this builder
     */
    public Builder storage(Storage value) {
      storage = Checks.required(value, "storage");
      return this;
    }

    /**
     * Sets the clock that says what "today" and "now" are; default the system clock in Europe/Paris.
     *
     * @param value the clock every service reads the date from
     * @return this builder
     */
    public Builder clock(Clock value) {
      clock = Checks.required(value, "clock");
      return this;
    }

    /**
     * Sets where new ids come from, those of audit entries and events included; by default new aggregates take random
     * UUIDs ({@link UUID#randomUUID()}) and audit entries and events time-ordered ones (version 7, see the README's
     * "Audit trail").
     *
     * @param value the supplier of every new UUID
     * @return this builder
     */
    public Builder ids(Supplier<UUID> value) {
      ids = Checks.required(value, "ids");
      idsGiven = true;
      return this;
    }

    /**
     * Adds a listener that receives every domain event after its transaction committed.
     *
     * @param value the listener, called in the order listeners were added
     * @return this builder
     */
    public Builder listener(DomainEventListener value) {
      listeners.add(Checks.required(value, "listener"));
      return this;
    }

    /**
     * Adds an observer told when each use case starts and finishes (duration, outcome, storage statements); see
     * {@link LiensObserver}. None by default.
     *
     * @param value the observer, told in the order observers were added
     * @return this builder
     */
    public Builder observer(LiensObserver value) {
      observers.add(Checks.required(value, "observer"));
      return this;
    }

    /**
     * Replaces the base eligibility policy; default {@link EligibilityPolicy#standard()}. Rules added with
     * {@link #eligibilityRule} are checked after it, whatever the order of the calls.
     *
     * @param value the base policy
     * @return this builder
     */
    public Builder eligibility(EligibilityPolicy value) {
      eligibility = Checks.required(value, "eligibility");
      return this;
    }

    /**
     * Adds a host's own eligibility rule, checked after the policy's (a territory list, for instance).
     *
     * @param rule the rule; a referral that fails it is not eligible
     * @return this builder
     */
    public Builder eligibilityRule(EligibilityRule rule) {
      extraRules.add(Checks.required(rule, "rule"));
      return this;
    }

    /**
     * Sets the end-date convention of new accompaniments; default
     * {@link EndDateConvention#LAST_DAY_BEFORE_ANNIVERSARY}.
     *
     * @param value the convention, frozen in each accompaniment when it opens
     * @return this builder
     */
    public Builder endDateConvention(EndDateConvention value) {
      endDateConvention = Checks.required(value, "endDateConvention");
      return this;
    }

    /**
     * Sets the dated tariffs (R3); default {@link TariffsJson#standard2023()}.
     *
     * @param value the tariff book
     * @return this builder
     */
    public Builder tariffs(TariffBook value) {
      tariffs = Checks.required(value, "tariffs");
      return this;
    }

    /**
     * Sets when and how much is billed; default {@link BillingPolicy#standard()}.
     *
     * @param value the billing policy
     * @return this builder
     */
    public Builder billingPolicy(BillingPolicy value) {
      billingPolicy = Checks.required(value, "billingPolicy");
      return this;
    }

    /**
     * Sets what validating under a full agreement does; default {@link WaitlistPolicy#REFUSE}.
     *
     * @param value the waitlist policy
     * @return this builder
     */
    public Builder waitlistPolicy(WaitlistPolicy value) {
      waitlistPolicy = Checks.required(value, "waitlistPolicy");
      return this;
    }

    /**
     * Sets the delays after which a referral nobody acted upon expires; default {@link ReferralDeadlines#standard()}
     * (15 days to assess, 30 to decide).
     *
     * @param value the delays of each offer
     * @return this builder
     */
    public Builder referralDeadlines(ReferralDeadlines value) {
      referralDeadlines = Checks.required(value, "referralDeadlines");
      return this;
    }

    /**
     * Sets what the due list ({@link #agenda()}) counts; default {@link DuePolicy#standard()} (7 days ahead, the DIA
     * within 30 days of the first appointment, one place left).
     *
     * @param value the policy
     * @return this builder
     */
    public Builder duePolicy(DuePolicy value) {
      duePolicy = Checks.required(value, "duePolicy");
      return this;
    }

    /**
     * Sets how long after its closure a coordinator may reopen an accompaniment; default
     * {@link ReopeningWindow#standard()} (30 days).
     *
     * @param value the window
     * @return this builder
     */
    public Builder reopeningWindow(ReopeningWindow value) {
      reopeningWindow = Checks.required(value, "reopeningWindow");
      return this;
    }

    /**
     * Sets the organisation that issues invoices: name, address, SIREN and configured mentions; no default.
     *
     * @param value the seller printed on every invoice and credit note
     * @return this builder
     */
    public Builder seller(Seller value) {
      seller = Optional.of(Checks.required(value, "seller"));
      return this;
    }

    /**
     * Sets who may do what on which data; default {@link AccessPolicy#standard()}, the README's matrix. A host passes
     * the standard policy narrowed ({@link AccessPolicy#without}, {@link AccessPolicy#narrowedTo},
     * {@link AccessPolicy#restrictedBy}); no policy can allow more than the standard one.
     *
     * @param value the access policy every service enforces
     * @return this builder
     */
    public Builder accessPolicy(AccessPolicy value) {
      accessPolicy = Checks.required(value, "accessPolicy");
      return this;
    }

    /**
     * The orientation rules (issue 16): expiry delay, decline reasons, reminder delay. Default
     * {@link OrientationPolicy#STANDARD}: 30 days, five reasons, 7 days.
     *
     * @param value the policy
     * @return this builder
     */
    public Builder orientationPolicy(OrientationPolicy value) {
      orientationPolicy = Checks.required(value, "orientationPolicy");
      return this;
    }

    /**
     * Sets how long personal data and billing records are kept; default {@link RetentionPolicy#CNIL_SOCIAL_SUPPORT}
     * (two years after the last contact or the closure; billing records ten years).
     *
     * @param value the retention policy
     * @return this builder
     */
    public Builder retentionPolicy(RetentionPolicy value) {
      retentionPolicy = Checks.required(value, "retentionPolicy");
      return this;
    }

    /**
     * Sets how long the audit trail keeps its entries; default one year ({@link AuditPolicy#standard()}).
     *
     * @param value the retention, between one day and ten years
     * @return this builder
     */
    public Builder auditRetention(Period value) {
      auditPolicy = AuditPolicy.of(value);
      return this;
    }

    /**
     * Sets the smallest count a suppressed report of the figures shows (issue 12); default
     * {@link FigureReports#DEFAULT_THRESHOLD}, 5.
     *
     * @param value the threshold, at least 3
     * @return this builder
     */
    public Builder figureThreshold(int value) {
      org.liens.shared.Checks.check(value >= org.liens.figures.Suppression.MIN_THRESHOLD,
          "figureThreshold: at least " + org.liens.figures.Suppression.MIN_THRESHOLD);
      figureThreshold = value;
      return this;
    }

    /**
     * Assembles the library.
     *
     * @return the entry point, ready for use
     */
    public Liens build() {
      return new Liens(this);
    }
  }
}
