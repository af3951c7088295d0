package org.liens.storage.tck;

/**
 * The whole contract of a Liens storage adapter. An adapter's test implements this interface and
 * {@link #newStorage()}; JUnit 5 and jqwik then run every contract test against it:
 *
 * <pre>{@code
 * class InMemoryStorageContractTest implements StorageContract {
 *   public Storage newStorage() { return new InMemoryStorage(); }
 * }
 * }</pre>
 */
public interface StorageContract
    extends RoundTripContract, IntegrityContract, QueryContract, ConcurrencyContract, OutboxContract,
        UseCaseChainContract, MoneyContract, MoneyRefusalContract, TransactionContract, BoundsContract,
        PlaceConcurrencyContract, CasebookContract, AuditTrailContract, ConsentContract, StaffContract, AccessContract, StaffAccessContract,
        SafeRetryContract, BadInputContract, SafeRetryCreationContract, ObserverContract, ReferralDeadlineContract,
        AgendaContract, HistoryContract, ChorusProContract, ContactStatusContract,
        FiguresContract, PartnerCatalogueContract, OrientationContract,
        CaseloadPagingContract, PrescriberCaseloadContract, ReopeningContract, WorkshopAttendanceContract {}
