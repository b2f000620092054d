using MsiDynamics.Emulators.Dataverse;
using MsiDynamics.Emulators.Marketo;

namespace MsiDynamics.Sandbox.Chaos;

/// <summary>
/// The storm and the calm of a chaos run. Storm: every retryable Marketo fault class at once (marketo.md §5.2: 606 rate,
/// 615 concurrency, 604 time-out, 608 unavailable, 611 system error; 500/502/503 from the gateway, §2), connections
/// dropped after the write was done, calls held past the workers' time-out and still carried out (§5.1), tokens that
/// expire within seconds (§1), and a daily quota spent before the quota day turns (607, §5.1); Dataverse answering 429
/// for the number of requests and for their execution time (dataverse.md §6) — its limits shrunk to a 10-second window
/// — besides injected 429s, 503s and dropped connections. Calm: no fault, Marketo's and Dataverse's own limits.
/// </summary>
internal static class ChaosFaults
{
    /// <summary>Marketo calls allowed on the run's first quota day; the day turns <see cref="QuotaDayTurnsAfter"/> after the start.</summary>
    public const int FirstDayQuota = 60;

    public static readonly TimeSpan QuotaDayTurnsAfter = TimeSpan.FromSeconds(75);

    /// <summary>How long before the first quota day turns its quota is cut, when 607 has not happened yet.</summary>
    public static readonly TimeSpan QuotaCutBefore = TimeSpan.FromSeconds(20);

    /// <summary>
    /// How long the users' work is spread over: the workers drain while users type, tokens expire several times, and the
    /// quota day turns inside it.
    /// </summary>
    public static readonly TimeSpan StormLength = TimeSpan.FromSeconds(90);

    /// <summary>The lifetime of a Marketo access token during the storm (3,600 s in production).</summary>
    public static readonly TimeSpan StormTokenLifetime = TimeSpan.FromSeconds(20);

    /// <summary>Each retryable Marketo code and its rate per call during the storm.</summary>
    public static readonly IReadOnlyDictionary<string, double> MarketoCodes = new Dictionary<string, double>
    {
        ["606"] = 0.03, ["615"] = 0.03, ["604"] = 0.03, ["608"] = 0.03, ["611"] = 0.03,
        ["500"] = 0.015, ["502"] = 0.015, ["503"] = 0.015,
    };

    /// <summary>
    /// When a fault class not seen yet starts being forced: early, because once the first quota day's calls are spent the
    /// workers make no Marketo call until the day turns.
    /// </summary>
    public static readonly TimeSpan ForcingFrom = TimeSpan.FromSeconds(8);

    public const double MarketoDropRate = 0.03;
    public const double MarketoSlowRate = 0.03;
    public static readonly TimeSpan MarketoSlowDelay = ChaosSettings.MarketoTimeout + TimeSpan.FromSeconds(2);

    public const double DataverseThrottleRate = 0.03;

    /// <summary>Dataverse's 429 codes for the number of requests and for their combined execution time (dataverse.md §6).</summary>
    public const string RequestLimit = "0x80072322";

    /// <inheritdoc cref="RequestLimit"/>
    public const string ExecutionTimeLimit = "0x80072321";

    /// <summary>Dataverse's limits per 10-second window during the storm.</summary>
    public const int StormRequests = 60;

    /// <inheritdoc cref="StormRequests"/>
    public static readonly TimeSpan StormExecutionTime = TimeSpan.FromSeconds(5);
    public const double DataverseUnavailableRate = 0.02;
    public const double DataverseDropRate = 0.02;

    public static void Storm(DataverseEmulatorOptions dataverse, MarketoEmulatorOptions marketo, int seed)
    {
        marketo.Faults.Seed = seed;
        marketo.Faults.ErrorRates = new Dictionary<string, double>(MarketoCodes);
        marketo.Faults.DropConnectionRate = MarketoDropRate;
        marketo.Faults.DropAfterProcessing = true;
        marketo.Faults.SlowCallRate = MarketoSlowRate;
        marketo.Faults.SlowCallDelay = MarketoSlowDelay;
        marketo.TokenLifetime = StormTokenLifetime;
        marketo.DailyQuota = FirstDayQuota;

        dataverse.Faults.Seed = seed;
        dataverse.Faults.ThrottleRate = DataverseThrottleRate;
        dataverse.Faults.ServiceUnavailableRate = DataverseUnavailableRate;
        dataverse.Faults.DropConnectionRate = DataverseDropRate;
        dataverse.Faults.DropAfterWork = true;
        dataverse.RequestWindow = TimeSpan.FromSeconds(10);
        dataverse.RequestsPerWindow = StormRequests;
        dataverse.ExecutionTimePerWindow = StormExecutionTime;
    }

    /// <summary>
    /// Makes sure every fault class of the storm happens, however few calls the workers make: every 5 s, a class not
    /// seen yet gets a rate of 20% (a Dataverse limit: a third of its budget) until it is, then its own again. Runs
    /// until <paramref name="stormOver"/>.
    /// </summary>
    public static async Task<bool> EnsureEveryClassAsync(
        MarketoEmulator marketo, MarketoEmulatorOptions marketoOptions, DataverseEmulator dataverse, DataverseEmulatorOptions dataverseOptions,
        ShiftedClock clock, TimeSpan start, CancellationToken stormOver)
    {
        const double Forced = 0.2;
        var quotaCut = false;
        try
        {
            await Task.Delay(start, stormOver);
            while (!stormOver.IsCancellationRequested)
            {
                var seen = marketo.Traffic.CallsByErrorCode;
                marketoOptions.Faults.ErrorRates = MarketoCodes.ToDictionary(
                    c => c.Key, c => seen.GetValueOrDefault(c.Key) == 0 ? Forced : c.Value, StringComparer.Ordinal);
                marketoOptions.Faults.DropConnectionRate = marketo.Traffic.DroppedConnections == 0 ? Forced : MarketoDropRate;
                marketoOptions.Faults.SlowCallRate = marketo.Traffic.AbandonedCalls == 0 ? Forced : MarketoSlowRate;
                dataverseOptions.Faults.ServiceUnavailableRate =
                    dataverse.Traffic.ResponsesByStatus.GetValueOrDefault(503) == 0 ? Forced : DataverseUnavailableRate;
                dataverseOptions.Faults.DropConnectionRate = dataverse.Traffic.DroppedConnections == 0 ? Forced : DataverseDropRate;
                var throttled = dataverse.Traffic.ThrottledByCode;
                dataverseOptions.ExecutionTimePerWindow = throttled.GetValueOrDefault(ExecutionTimeLimit) == 0 ? TimeSpan.FromSeconds(1) : StormExecutionTime;
                dataverseOptions.RequestsPerWindow = throttled.GetValueOrDefault(RequestLimit) == 0 ? StormRequests / 3 : StormRequests;

                // Workers slowed by a loaded machine may not spend the first day's calls before it turns: its quota is
                // then cut to what it has counted, shortly before the turn, so 607 happens all the same.
                var left = clock.NextQuotaDay() - clock.GetUtcNow();
                if (seen.GetValueOrDefault("607") == 0 && left > TimeSpan.Zero && left < QuotaCutBefore)
                {
                    marketoOptions.DailyQuota = 1;
                    quotaCut = true;
                }

                await Task.Delay(TimeSpan.FromSeconds(5), stormOver);
            }
        }
        catch (OperationCanceledException) when (stormOver.IsCancellationRequested)
        {
            // The storm is over; the calm sets every rate.
        }

        return quotaCut;
    }

    /// <summary>Marketo's next quota day: the quota back to Marketo's default (the day's count restarts by itself).</summary>
    public static void NewQuotaDay(MarketoEmulatorOptions marketo) => marketo.DailyQuota = new MarketoEmulatorOptions().DailyQuota;

    public static void Calm(DataverseEmulatorOptions dataverse, MarketoEmulatorOptions marketo)
    {
        var marketoDefaults = new MarketoEmulatorOptions();
        marketo.Faults.ErrorRates = new Dictionary<string, double>();
        marketo.Faults.DropConnectionRate = 0;
        marketo.Faults.SlowCallRate = 0;
        marketo.TokenLifetime = marketoDefaults.TokenLifetime;
        marketo.DailyQuota = marketoDefaults.DailyQuota;

        var dataverseDefaults = new DataverseEmulatorOptions();
        dataverse.Faults.ThrottleRate = 0;
        dataverse.Faults.ServiceUnavailableRate = 0;
        dataverse.Faults.DropConnectionRate = 0;
        dataverse.RequestWindow = dataverseDefaults.RequestWindow;
        dataverse.RequestsPerWindow = dataverseDefaults.RequestsPerWindow;
        dataverse.ExecutionTimePerWindow = dataverseDefaults.ExecutionTimePerWindow;
    }
}
