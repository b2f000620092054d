using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Leads;
using MsiDynamics.Sandbox.Hosting;
using MsiDynamics.Emulators.Marketo;
using MsiDynamics.Schema;

namespace MsiDynamics.Benchmarks.Marketo;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/MsiDynamics.Benchmarks -- marketo-throughput [--seconds N]</c>:
/// pushes new leads through the production client to the in-process emulator with Marketo's real limits
/// (100 calls per 20 s, 10 concurrent) and the client's defaults (50 per 20 s, 5 concurrent), for N seconds
/// (default 60). Not BenchmarkDotNet: the limits are real time windows. Reports records per call and
/// records per second against the ceiling 300 × 50 calls ÷ 20 s = 750 records/s.
/// </summary>
internal static class MarketoThroughputRunner
{
    public const string Command = "marketo-throughput";

    /// <summary>Marketo's maximum, so every call is full.</summary>
    private const int RecordsPerCall = 300;

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = SecondsArgument(args);
        await using var emulator = await MarketoEmulator.StartAsync(new MarketoEmulatorOptions { ClientId = SandboxWorker.MarketoClientId, ClientSecret = SandboxWorker.MarketoClientSecret });
        await using var services = SandboxWorker.Build(dataverseUrl: null, marketoUrl: emulator.BaseUrl);
        var client = services.GetRequiredService<MarketoClient>();
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MarketoOptions>>().Value;

        Console.WriteLine($"Pushing leads for {seconds} s: client {options.CallsPer20Seconds} calls/20 s, {options.MaxConcurrentCalls} concurrent; emulator 100 calls/20 s, 10 concurrent.");
        var tally = new MarketoThroughputTally();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var clock = Stopwatch.StartNew();
        var next = 0;
        var workers = Enumerable.Range(0, options.MaxConcurrentCalls).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                // One full call per push: a call cut off by the deadline is not counted.
                var first = Interlocked.Add(ref next, RecordsPerCall) - RecordsPerCall;
                var leads = Enumerable.Range(first, RecordsPerCall)
                    .Select(i => new MarketoLead(RecordId.From($"{i:x8}-0000-4000-8000-000000000000", "lead id"), null, $"lead{i}@example.com")).ToList();
                try
                {
                    tally.Add(await client.Leads.SyncAsync(leads, stop.Token));
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                }
            }
        })).ToArray();
        await Task.WhenAll(workers);
        var elapsed = Math.Max(seconds, clock.Elapsed.TotalSeconds);

        tally.Print(elapsed, emulator.Traffic, options.CallsPer20Seconds);
        return 0;
    }

    private static int SecondsArgument(string[] args)
    {
        var at = Array.IndexOf(args, "--seconds");
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0
            ? s
            : 60;
    }
}
