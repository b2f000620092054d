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
}
