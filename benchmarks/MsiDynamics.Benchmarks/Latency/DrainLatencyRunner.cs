using System.Globalization;
using MsiDynamics.Emulators.Dataverse;
using MsiDynamics.Emulators.Marketo;
using MsiDynamics.Plugins.Steps;
using MsiDynamics.Sandbox.Hosting;

namespace MsiDynamics.Benchmarks.Latency;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/MsiDynamics.Benchmarks -- drain-latency [--seconds N]</c>: how soon a
/// CRM change reaches Marketo with the worker's defaults. Both emulators run in this process with the real plug-ins;
/// the worker runs its own loop (<c>DrainRunner</c>). For N seconds (default 60) one lead is saved a second, first
/// with polling alone, then with a wake-up after each save; then, in each mode, one change after the back-off has
/// reached its cap. Last, an idle day on a simulated clock counts the Dataverse requests and operations of a lease
/// holder and of a standby. The wake-up is <c>DrainRunner.Wake()</c>, what <c>POST /wake</c> calls: the endpoint's
/// mapping is internal to the worker, so it is not served here. Prints each figure against its aim; exits 1 if a
/// change never arrived.
/// </summary>
internal static class DrainLatencyRunner
{
    public const string Command = "drain-latency";

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = SecondsArgument(args);
        Console.WriteLine($"One change a second for {seconds} s, with polling alone and with the wake-up; then one change after idling; then an idle day simulated.");
        var results = new List<LatencyModeResult>();
        await using (var dataverse = await DataverseEmulator.StartAsync(new DataverseEmulatorOptions { PluginAssemblies = [typeof(CapturePlugin).Assembly] }))
        await using (var marketo = await MarketoEmulator.StartAsync(new MarketoEmulatorOptions
        {
            ClientId = SandboxWorker.MarketoClientId, ClientSecret = SandboxWorker.MarketoClientSecret,
        }))
        {
            foreach (var mode in new[] { new LatencyMode("polling", Wake: false), new LatencyMode("wake", Wake: true) })
            {
                var result = await mode.MeasureAsync(dataverse, marketo, seconds);
                results.Add(result);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {mode.Name,-8} {result.Flowing.Count} changes arrived, {result.LostFlowing} not; after {result.Idled.TotalSeconds:F0} s idle one change took "
                    + $"{result.AfterIdle?.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture) ?? "n/a"} s"));
            }
        }

        var day = await IdleDaySimulation.RunAsync(TimeSpan.FromDays(1));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  idle day simulated in {day.Wall.TotalSeconds:F1} s of wall time"));
        Console.WriteLine();
        LatencyFigures.Print(results, day, Console.Out);
        return results.All(r => r.AllArrived && r.AfterIdle is not null) ? 0 : 1;
    }

    private static int SecondsArgument(string[] args)
    {
        var at = Array.IndexOf(args, "--seconds");
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1
            ? n
            : 60;
    }
}
