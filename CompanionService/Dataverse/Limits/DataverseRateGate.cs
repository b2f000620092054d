using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Transport;
using Polly;

namespace MsiDynamics.CompanionService.Dataverse.Limits;

/// <summary>
/// The client-side service-protection budget every Web API request passes through: the shared
/// <see cref="RateGate"/> configured with at most <see cref="DataverseOptions.MaxConcurrentRequests"/> in
/// flight (Dataverse allows 52) and at most <see cref="DataverseOptions.RequestsPerWindow"/> started in any
/// <see cref="DataverseOptions.RequestWindow"/> (Dataverse allows 6,000 in 5 minutes),
/// timed on the registered <see cref="TimeProvider"/>. Waits, never rejects.
/// </summary>
/// <remarks>
/// Default 16 in flight and 3,000 per 5 minutes, half Dataverse's budget. Caveat: Dataverse counts per
/// user and web server, so other processes of the same application user share the rest.
/// </remarks>
public sealed class DataverseRateGate : IDisposable
{
    private readonly RateGate _gate;

    public DataverseRateGate(IOptions<DataverseOptions> options, TimeProvider time)
    {
        var o = options.Value;
        _gate = new RateGate(o.MaxConcurrentRequests, o.RequestsPerWindow, o.RequestWindow, time);
    }

    /// <summary>Run one HTTP request inside this pipeline.</summary>
    public ResiliencePipeline Pipeline => _gate.Pipeline;

    public void Dispose() => _gate.Dispose();
}
