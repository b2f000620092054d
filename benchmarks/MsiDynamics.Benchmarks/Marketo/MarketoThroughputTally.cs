using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Push;
using MsiDynamics.Emulators.Marketo;

namespace MsiDynamics.Benchmarks.Marketo;

/// <summary>
/// Counts what the throughput run achieved and prints it against the ceiling: 300 records a call times
/// the calls the client may make per 20 s, divided by 20 s (750 records/s at the default 50 calls).
/// </summary>
internal sealed class MarketoThroughputTally
{
    private readonly Lock _lock = new();
    private long _records;
    private long _pushes;
    private long _failedPushes;

    public void Add(MarketoPushResult result)
    {
        lock (_lock)
        {
            _pushes++;
            _records += result.SucceededCount;
            if (!result.Call.IsSuccess)
            {
                _failedPushes++;
            }
        }
    }

    public void Print(double seconds, MarketoTraffic traffic, int callsPer20Seconds)
    {
        var restCalls = traffic.TotalCalls - traffic.IdentityCalls;
        var ceiling = 300.0 * callsPer20Seconds / 20.0;
        var perSecond = _records / seconds;
        var codes = traffic.CallsByErrorCode.Count == 0
            ? "none"
            : string.Join(", ", traffic.CallsByErrorCode.Select(c => $"{c.Key}×{c.Value}"));
        Console.WriteLine($"Elapsed:                 {seconds:F1} s");
        Console.WriteLine($"Leads created:           {_records:N0} in {_pushes:N0} completed pushes ({_failedPushes} not fully successful)");
        Console.WriteLine($"REST calls (emulator):   {restCalls:N0}, plus {traffic.IdentityCalls} identity");
        Console.WriteLine($"Records per call:        {(restCalls == 0 ? 0 : _records / (double)restCalls):F1} (max 300)");
        Console.WriteLine($"Records per second:      {perSecond:F1}; ceiling {ceiling:F0} (300 × {callsPer20Seconds} calls ÷ 20 s)");
        Console.WriteLine($"Ratio to ceiling:        {perSecond / ceiling:F3} (aim ≥ 0.95)");
        Console.WriteLine($"Busiest 20 s window:     {traffic.MaxCallsInAnyWindow} calls; peak concurrency {traffic.PeakConcurrency}");
        Console.WriteLine($"Error codes from Marketo: {codes}");
    }
}
