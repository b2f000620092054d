using MsiDynamics.CompanionService.Sync.Drain;
using MsiDynamics.Emulators.Dataverse;
using MsiDynamics.Emulators.Marketo;
using MsiDynamics.Sandbox.Hosting;
using MsiDynamics.Schema;

namespace MsiDynamics.Sandbox.Main;

/// <summary>
/// The sandbox's main job: start both emulators (the Dataverse one running the real plug-in steps), wire the worker as
/// production does (<see cref="SandboxWorker.Build"/>), seed a small organisation through the Web API
/// (<see cref="OrganisationSeed"/>), let the worker drain the queue, make the second day's changes and drain again, then
/// compare Marketo with the projection of the CRM state (<see cref="ProjectionComparison"/>); run the real write-back
/// around interesting moments and score changes recorded in Marketo, and <c>verify --all</c>
/// (<see cref="SandboxWriteBack"/>); and print the report. Returns 0 only when Marketo equals the projection, no queue
/// row is left due, the MSI values reached Dynamics and verify found nothing.
/// </summary>
internal static class SandboxMainJob
{
    /// <summary>
    /// Runs the job with <paramref name="drain"/>, which must drain the queue with the worker's services (given as the
    /// first argument) and return every cycle's report. With <paramref name="keepRunningUntil"/>, the emulators and the
    /// worker (as <c>run</c> runs it) stay up after the report until that token fires (<see cref="SandboxLive"/>).
    /// </summary>
    public static async Task<int> RunAsync(
        TextWriter output,
        Func<IServiceProvider, CancellationToken, Task<IReadOnlyList<DrainCycleReport>>> drain,
        CancellationToken cancellationToken = default,
        CancellationToken? keepRunningUntil = null)
    {
        await using var dataverse = await DataverseEmulator.StartAsync(
            new DataverseEmulatorOptions { PluginAssemblies = [PluginAssembly.Capture] }, cancellationToken);
        await using var marketo = await MarketoEmulator.StartAsync(
            new MarketoEmulatorOptions { ClientId = SandboxWorker.MarketoClientId, ClientSecret = SandboxWorker.MarketoClientSecret }, cancellationToken);
        await using var services = SandboxWorker.Build(dataverse.BaseUrl, marketo.BaseUrl);
        using var http = new HttpClient { BaseAddress = dataverse.WebApiUrl };
        var writer = new WebApiWriter(http);
        var seed = new OrganisationSeed(dataverse, writer);
        var worker = new WorkerDrains(dataverse.Traffic, services, drain);
        output.WriteLine($"MsiDynamics sandbox: Dataverse emulator {dataverse.WebApiUrl} ({dataverse.Organization.Steps.Count} plug-in steps), Marketo emulator {marketo.BaseUrl}.");

        await seed.CreateAsync(cancellationToken);
        output.WriteLine($"Day one: {writer.Writes} Web API writes seed the organisation; the plug-ins queue {Queued(dataverse)} rows.");
        await worker.DrainAsync(output, cancellationToken);

        var before = writer.Writes;
        await seed.ChangeAsync(cancellationToken);
        output.WriteLine($"Day two: {writer.Writes - before} Web API writes (edits, a reassignment, a rename, deletes); {Queued(dataverse)} rows queued in all.");
        await worker.DrainAsync(output, cancellationToken);

        var expected = MarketoProjection.Of(dataverse.Organization);
        var differences = ProjectionComparison.Compare(expected, MarketoStoreState.Of(marketo.Store));
        var drainCalls = marketo.Traffic.TotalCalls;
        var msi = await SandboxWriteBack.RunAsync(services, dataverse.Organization, marketo, cancellationToken);
        var run = new SandboxRun(QueueRowEnd.Read(dataverse.Organization), worker.Cycles, drainCalls,
            worker.Requests, worker.Operations, worker.Elapsed, differences) { Msi = msi };
        output.WriteLine();
        SandboxReport.Write(output, run);
        if (keepRunningUntil is { } stop)
        {
            await SandboxLive.RunAsync(output, dataverse, marketo, services, stop);
        }

        return run.Passed ? 0 : 1;
    }

    private static int Queued(DataverseEmulator dataverse) => dataverse.Organization.Rows(DataverseSchema.SyncQueueItem.EntityName).Count;
}
