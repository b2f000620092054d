using BenchmarkDotNet.Attributes;
using MsiDynamics.Plugins.Steps;

namespace MsiDynamics.Benchmarks.Plugins;

/// <summary>
/// The plug-in's own cost per captured change, without the organisation service: <c>Execute</c> of the lead
/// step for an Update of the e-mail, with the settings cache warm. Ceiling: 20 µs and exactly one service call
/// (the queue row's Create) per change. Run: <c>dotnet run -c Release --project benchmarks/MsiDynamics.Benchmarks
/// -- --filter *Capture*</c>.
/// </summary>
[MemoryDiagnoser]
public class CaptureBenchmarks
{
    private readonly LeadCapturePlugin _plugin = new();
    private BenchmarkExecutionContext _context = null!;
    private CountingOrganizationService _platform = null!;

    [GlobalSetup]
    public void WarmSettingsCache()
    {
        _context = new BenchmarkExecutionContext();
        _platform = new CountingOrganizationService(_context);
        CaptureEmailUpdate();
        _platform.Reset();
    }

    /// <summary>One captured change. The guard key of the previous call is cleared, as a new operation would have none.</summary>
    [Benchmark]
    public void CaptureEmailUpdate()
    {
        _context.SharedVariables.Clear();
        _plugin.Execute(_platform);
    }

    [GlobalCleanup]
    public void CheckServiceCalls()
    {
        // Every measured change made one Create and no other call; reported, not asserted (no timing in tests).
        if (_platform.OtherCalls != 0 || _platform.Creates == 0)
        {
            throw new InvalidOperationException(
                $"Hot path made {_platform.OtherCalls} calls besides {_platform.Creates} creates; expected only creates.");
        }

        Console.WriteLine($"// Service calls on the hot path: {_platform.Creates} creates, {_platform.OtherCalls} other.");
    }
}
