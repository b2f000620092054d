namespace MsiDynamics.Emulators.Dataverse.WebApi.Limits;

/// <summary>
/// The entitlement operations of one HTTP request (dataverse.md §0.12b), its <c>$batch</c> parts included: every
/// request the organisation's pipeline ran for it (the plug-ins' child requests count), plus one for each read
/// (GET), less the look-ups the Web API makes for itself inside one operation (the row an alternate key names,
/// the row <c>return=representation</c> answers with, the query behind a GET), which Dataverse does not count
/// apart from the operation they serve.
/// </summary>
internal sealed class OperationMeter
{
    private long _reads;
    private long _lookups;

    /// <summary>A GET was routed: one read operation, whatever the pipeline ran to answer it.</summary>
    public void CountRead() => _reads++;

    /// <summary>The Web API sent the pipeline a request that is part of an operation counted otherwise.</summary>
    public void CountLookup() => _lookups++;

    /// <summary>The operations of the request, given how many requests the pipeline ran while it was worked on.</summary>
    public long Operations(long pipelineRequests) => Math.Max(0, pipelineRequests - _lookups) + _reads;
}
