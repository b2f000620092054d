namespace MsiDynamics.Emulators.Dataverse.Pipeline;

/// <summary>The platform errors the harness raises itself, for callers (and the Web API emulator) to map.</summary>
public enum PlatformFault
{
    /// <summary>The row a request names does not exist (Dataverse: "… With Id = … Does Not Exist").</summary>
    ObjectDoesNotExist,

    /// <summary>A Create with the id of an existing row.</summary>
    DuplicateRecord,

    /// <summary>A request beyond depth 8: the platform's infinite-loop guard (dataverse.md §2.4).</summary>
    InfiniteLoop,

    /// <summary>A request whose parameters are missing or of the wrong type.</summary>
    InvalidArgument,

    /// <summary>A request the platform refuses in the row's current state, e.g. qualifying a closed lead.</summary>
    InvalidState,

    /// <summary>
    /// A request of an operation that an earlier failed request has doomed, or the commit of such an operation:
    /// "There is no active transaction" (-2147220911, 0x80040251; dataverse.md §0.9).
    /// </summary>
    NoActiveTransaction,

    /// <summary>
    /// A written value the table's column does not take, such as text over its maximum length (dataverse.md §0.14):
    /// raised by the write validator a host installs (<see cref="InMemoryOrganization"/>), for plug-ins' writes too.
    /// </summary>
    ValidationError,

    /// <summary>
    /// A plug-in step returned normally after one of its service calls failed: "ISV code reduced the open transaction
    /// count" (-2146893812, 0x8009000C; dataverse.md §0.9).
    /// </summary>
    TransactionCountReduced,
}
