using System.Diagnostics;
using System.Globalization;
using MsiDynamics.Emulators.Dataverse;
using MsiDynamics.Emulators.Marketo;
using MsiDynamics.Sandbox.Chaos.Workload;
using MsiDynamics.Sandbox.Hosting;
using MsiDynamics.Sandbox.Main;

namespace MsiDynamics.Sandbox.Chaos;

/// <summary>
/// A chaos run, seeded and bounded in time: both emulators in this process (the Dataverse one running the real plug-ins),
/// the real worker in <see cref="ChaosOptions.Workers"/> processes of its own (<see cref="ChaosWorkerEntry"/>), and the
/// storm (<see cref="ChaosFaults"/>) while concurrent CRM users work (<see cref="ChaosWorkload"/>), Marketo Sales Insight
/// records moments (<see cref="ChaosMoments"/>), workers are killed and started again (<see cref="ChaosKiller"/>) and
/// Marketo's quota day turns. Then the calm: the tables whose sync was switched off and on again are backfilled with the
/// worker's <c>backfill</c> (what an admin does after switching sync back on), the queue is left to settle and the
/// write-back to catch up, and the result is judged (<see cref="ChaosResult"/>).
/// </summary>
internal static class ChaosRun
{
    /// <summary>
    /// When the workers' nightly reconcile falls, after the start: 2.5 minutes after the storm, once the queue has settled
    /// (it takes under a minute on the build machine), so the calm holds a night. It brings
    /// home what the incremental write-back cannot see: a moment on a person in the moment between its push and its
    /// Marketo lead id reaching Dynamics (docs/chaos.md).
    /// </summary>
    public static readonly TimeSpan ReconcileAfter = ChaosFaults.StormLength + TimeSpan.FromSeconds(150);

    /// <summary>How long a settled queue with MSI values still differing may stay so before the run stops waiting.</summary>
    public static readonly TimeSpan StalledAfter = TimeSpan.FromMinutes(3.5);

    /// <summary>How long the calm may take to settle the queue and the write-back before the run gives up.</summary>
    public static readonly TimeSpan ConvergenceDeadline = TimeSpan.FromMinutes(10);

    public static async Task<ChaosResult> RunAsync(ChaosOptions options, TextWriter progress, CancellationToken cancellationToken)
    {
        var clock = ShiftedClock.QuotaDayTurningIn(ChaosFaults.QuotaDayTurnsAfter);
        var dataverseOptions = new DataverseEmulatorOptions { PluginAssemblies = [PluginAssembly.Capture], TimeProvider = clock };
        var marketoOptions = new MarketoEmulatorOptions
        {
            ClientId = SandboxWorker.MarketoClientId, ClientSecret = SandboxWorker.MarketoClientSecret, TimeProvider = clock,
        };
        await using var dataverse = await DataverseEmulator.StartAsync(dataverseOptions, cancellationToken);
        await using var marketo = await MarketoEmulator.StartAsync(marketoOptions, cancellationToken);
        using var log = new ChaosLog(options.Details is { } details ? details + ".workers.log" : null);
        var offset = clock.Offset.Ticks.ToString(CultureInfo.InvariantCulture);
        var reconcileAt = (clock.GetUtcNow() + ReconcileAfter).UtcDateTime.TimeOfDay;
        var workers = Enumerable.Range(1, options.Workers)
            .Select(i => $"chaos-worker-{i.ToString(CultureInfo.InvariantCulture)}")
            .Select(name => new ChaosWorkerProcess(name, [offset, "run", .. ChaosSettings.For(dataverse.BaseUrl, marketo.BaseUrl, name, reconcileAt, options.Details is not null)], log))
            .ToList();
        try
        {
            progress.WriteLine($"Chaos run: {options}. Dataverse emulator {dataverse.WebApiUrl}, Marketo emulator {marketo.BaseUrl}.");
            var clockTime = Stopwatch.StartNew();
            ChaosFaults.Storm(dataverseOptions, marketoOptions, options.Seed);
            foreach (var worker in workers)
            {
                worker.Start();
            }

            var workload = new ChaosWorkload(dataverse.Organization, options.Seed);
            var killer = new ChaosKiller(workers, dataverse.Organization, options.Kills, options.Seed);
            var moments = new ChaosMoments(marketo, options.Seed);
            using var storm = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var recording = moments.RunAsync(storm.Token);
            var everyClass = ChaosFaults.EnsureEveryClassAsync(marketo, marketoOptions, dataverse, dataverseOptions, clock, ChaosFaults.ForcingFrom, storm.Token);
            var quotaDay = TurnQuotaDayAsync(clock, marketoOptions, cancellationToken);
            var killing = killer.RunAsync(cancellationToken);
            var tally = await workload.RunAsync(options.Operations, options.Users, cancellationToken, ChaosFaults.StormLength);
            var workloadTime = clockTime.Elapsed;
            progress.WriteLine($"Workload done in {workloadTime.TotalSeconds:F0} s: {tally.Total:N0} operations.");
            await killing;
            await quotaDay;
            await storm.CancelAsync();
            await recording;
            var quotaCut = await everyClass;
            var stormTime = clockTime.Elapsed;
            progress.WriteLine($"Storm over after {stormTime.TotalSeconds:F0} s: {killer.Done} kills ({killer.Holders} of the lease holder); calm.");

            ChaosFaults.Calm(dataverseOptions, marketoOptions);
            foreach (var worker in workers.Where(w => !w.IsRunning))
            {
                worker.Start();
            }

            var backfills = await BackfillAsync(workload.ToggledTables, offset, reconcileAt, dataverse, marketo, log, progress);
            var converged = await ConvergeAsync(dataverse, marketo, progress, cancellationToken);
            var convergeTime = clockTime.Elapsed - stormTime;
            progress.WriteLine(converged
                ? $"Converged {convergeTime.TotalSeconds:F0} s after the storm."
                : $"Not converged within {ConvergenceDeadline.TotalMinutes:F0} minutes of the storm's end.");
            foreach (var worker in workers)
            {
                worker.Kill();
            }

            return ChaosResult.Judge(options, dataverse, marketo) with
            {
                Tally = tally, Kills = killer.Done, HolderKills = killer.Holders, Starts = workers.Sum(w => w.Starts),
                Moments = moments.Moments, ScoreChanges = moments.ScoreChanges, Backfills = backfills, Converged = converged,
                WorkloadTime = workloadTime, StormTime = stormTime, ConvergenceTime = convergeTime, QuotaCut = quotaCut,
                WorkerLogLines = log.Lines, WorkerErrors = log.Errors, WorkerErrorLines = log.ErrorLines,
            };
        }
        finally
        {
            foreach (var worker in workers)
            {
                worker.Dispose();
            }
        }
    }

    /// <summary>At the clock's next quota day, Marketo's quota is its own again (the day's count restarts by itself).</summary>
    private static async Task TurnQuotaDayAsync(ShiftedClock clock, MarketoEmulatorOptions marketo, CancellationToken cancellationToken)
    {
        var wait = clock.NextQuotaDay() - clock.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, clock, cancellationToken);
        }

        ChaosFaults.NewQuotaDay(marketo);
    }

    private static async Task<IReadOnlyList<string>> BackfillAsync(
        IReadOnlySet<string> tables, string offset, TimeSpan reconcileAt, DataverseEmulator dataverse, MarketoEmulator marketo, ChaosLog log, TextWriter progress)
    {
        var done = new List<string>();
        foreach (var table in tables.Order(StringComparer.Ordinal))
        {
            using var backfill = new ChaosWorkerProcess($"backfill-{table}",
                [offset, "backfill", table, "--json", .. ChaosSettings.For(dataverse.BaseUrl, marketo.BaseUrl, $"backfill-{table}", reconcileAt)], log);
            backfill.Start();
            var code = await backfill.ExitCodeAsync(TimeSpan.FromMinutes(5));
            done.Add($"{table}: exit {code.ToString(CultureInfo.InvariantCulture)}");
            progress.WriteLine($"Sync of {table} was switched off and on again: backfill {table} ended with exit code {code}.");
        }

        return done;
    }

    /// <summary>Polls until every queue row is settled and every synced person's MSI columns equal Marketo's, or the deadline.</summary>
    private static async Task<bool> ConvergeAsync(DataverseEmulator dataverse, MarketoEmulator marketo, TextWriter progress, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        var told = TimeSpan.Zero;
        var unchanged = Stopwatch.StartNew();
        (int, int) last = (-1, -1);
        while (deadline.Elapsed < ConvergenceDeadline)
        {
            var unsettled = QueueRowEnd.Read(dataverse.Organization).Count(r => !r.IsSettled);
            var msi = ChaosResult.MsiMismatches(dataverse.Organization, marketo);
            if (unsettled == 0 && msi.Count == 0)
            {
                return true;
            }

            if ((unsettled, msi.Count) != last)
            {
                last = (unsettled, msi.Count);
                unchanged.Restart();
            }
            else if (unsettled == 0 && unchanged.Elapsed > StalledAfter)
            {
                progress.WriteLine($"Settled queue, and {msi.Count} MSI values still differ after {StalledAfter.TotalSeconds:F0} s without a change (the nightly reconcile included): giving up.");
                return false;
            }

            if (deadline.Elapsed - told >= TimeSpan.FromSeconds(30))
            {
                told = deadline.Elapsed;
                progress.WriteLine($"Settling: {unsettled} queue rows still due, {msi.Count} MSI values differ from Marketo{(msi.Count > 0 ? $" (first: {msi[0]})" : string.Empty)}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }

        return false;
    }
}
