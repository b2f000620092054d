using System.Reflection;

namespace MsiDynamics.Emulators.Dataverse;

/// <summary>
/// How the Dataverse emulator behaves. The limits default to Dataverse's documented service protection limits
/// (dataverse.md §6, api-limits). Values are read on every request, so a test may change them while the
/// emulator runs — except <see cref="Port"/>, <see cref="TimeProvider"/> and <see cref="PluginAssemblies"/>,
/// which are read once by <see cref="DataverseEmulator.StartAsync"/>.
/// </summary>
public sealed class DataverseEmulatorOptions
{
    /// <summary>Loopback port to listen on; 0 (default) picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>
    /// The clock of the service protection window, of latency, and of the organisation (createdon, modifiedon,
    /// the plug-ins' OperationCreatedOn). Default system time.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// The plug-in assemblies whose steps are registered, read from their <c>CrmPluginRegistration</c>
    /// attributes, so every write through the Web API runs them as Dataverse would. Default none: the host
    /// passes in the assemblies it deploys (the sandbox passes MsiDynamics.Plugins).
    /// </summary>
    public IList<Assembly> PluginAssemblies { get; init; } = [];

    /// <summary>
    /// Requests one user (whom the bearer token stands for, not the token itself) may send in any sliding
    /// <see cref="RequestWindow"/>; the next is answered 429 (0x80072322) with Retry-After. A <c>$batch</c> and an
    /// UpdateMultiple count once. Default 6,000.
    /// </summary>
    public int RequestsPerWindow { get; set; } = 6000;

    /// <summary>Length of the sliding service protection window. Default 5 minutes.</summary>
    public TimeSpan RequestWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Requests one user may have in flight; one more is answered 429 (0x80072326) at once. Default 52.</summary>
    public int MaxConcurrentRequests { get; set; } = 52;

    /// <summary>
    /// The emulated execution time of one entitlement operation (dataverse.md §0.12): a request costs this times
    /// its operations (those of its <c>$batch</c> parts, bulk targets and plug-ins included), charged to its user's
    /// budget in emulated time; nothing waits. Default 5 ms.
    /// </summary>
    public TimeSpan ExecutionTimePerOperation { get; set; } = TimeSpan.FromMilliseconds(5);

    /// <summary>
    /// The combined execution time one user's requests may cost in any sliding <see cref="RequestWindow"/>; once the
    /// requests served have reached it, the next is answered 429 (0x80072321) with Retry-After. Default 20 minutes
    /// (1,200,000 ms).
    /// </summary>
    public TimeSpan ExecutionTimePerWindow { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>
    /// Whether 404 and 412 errors carry an empty <c>code</c>, as Dataverse's often do (dataverse.md §0.14), so a
    /// client's classification by status and by what it sent is tested. Default false: the platform's code.
    /// </summary>
    public bool EmptyErrorCodeOn404And412 { get; set; }

    /// <summary>
    /// The largest page: the page size without <c>Prefer: odata.maxpagesize</c>, the largest one honoured (a larger
    /// preference is ignored, as Dataverse ignores it), and the cap on <c>$top</c>. Default 5,000.
    /// </summary>
    public int MaxPageSize { get; set; } = 5000;

    /// <summary>Requests a <c>$batch</c> may hold, change set requests included; more is a 400. Default 1,000.</summary>
    public int MaxBatchRequests { get; set; } = 1000;

    /// <summary>
    /// The longest request URL (path and query) answered; a longer one gets 414. Default 32,768 characters.
    /// Caveat: Dataverse's exact limit is not in the spec (the batch article allows 64 KB for URLs inside a
    /// <c>$batch</c>, and says long GETs belong there); clients should stay well below this.
    /// </summary>
    public int MaxUrlLength { get; set; } = 32_768;

    /// <summary>
    /// Tables and columns the organisation lacks, as when the solution was not imported or an older version was:
    /// "msi_syncstate" leaves out a table, "lead.msi_priority" one column (EntityDefinitions and the entity sets no longer
    /// know them). Read once, at start. Default none.
    /// </summary>
    public IList<string> AbsentSchema { get; init; } = [];

    /// <summary>
    /// Rows one <c>$apply</c> aggregate may count; more is refused with 0x8004e023 (AggregateQueryRecordLimit). Default
    /// 50,000, Dataverse's limit ("Aggregate data using OData": aggregation is limited to 50,000 records).
    /// </summary>
    public int AggregateRecordLimit { get; set; } = 50_000;

    /// <summary>Faults to inject (none by default).</summary>
    public DataverseFaultOptions Faults { get; set; } = new();
}
