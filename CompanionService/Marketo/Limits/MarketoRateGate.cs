using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Transport;
using Polly;

namespace MsiDynamics.CompanionService.Marketo.Limits;

/// <summary>
/// The client-side limits every Marketo call passes through: the shared <see cref="RateGate"/> configured
/// with at most <see cref="MarketoOptions.MaxConcurrentCalls"/> in flight (else Marketo answers 615), and at
/// most <see cref="MarketoOptions.CallsPer20Seconds"/> started in any exact rate window (else 606), timed on the
/// registered <see cref="TimeProvider"/>.
/// </summary>
/// <remarks>
/// Default 5 in flight and 50 per 20 s (the options' defaults). Caveat: Marketo counts every integration of
/// the instance against the same limits, so this gate only keeps this client inside its share.
/// </remarks>
public sealed class MarketoRateGate : IDisposable
{
    private readonly RateGate _gate;

    public MarketoRateGate(IOptions<MarketoOptions> options, TimeProvider time)
    {
        var o = options.Value;
        _gate = new RateGate(o.MaxConcurrentCalls, o.CallsPer20Seconds, o.RateWindow, time);
    }

    /// <summary>Run a Marketo call inside this pipeline; it waits (never rejects) for a permit.</summary>
    public ResiliencePipeline Pipeline => _gate.Pipeline;

    public void Dispose() => _gate.Dispose();
}
