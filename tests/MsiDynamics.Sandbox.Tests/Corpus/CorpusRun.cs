using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MsiDynamics.CompanionService.Sync.Drain;
using MsiDynamics.Emulators.Dataverse;
using MsiDynamics.Emulators.Marketo;
using MsiDynamics.Sandbox.Hosting;
using MsiDynamics.Sandbox.Main;

namespace MsiDynamics.Sandbox.Tests.Corpus;

/// <summary>
/// The corpus in one organisation and one drain: both emulators (the Dataverse one running the real plug-in steps, the
/// Marketo one without the lead field <see cref="LeadCases.RemovedField"/>), the worker wired as production wires it
/// (<see cref="SandboxWorker.Build"/>), every case's writes through the Web API, then one <c>drain --once</c> with the
/// worker's own runner (<see cref="SandboxDrain"/>). What the queue and Marketo hold afterwards is kept for the cases.
/// </summary>
internal sealed class CorpusRun : IAsyncDisposable
{
    private readonly DataverseEmulator _dataverse;
    private readonly MarketoEmulator _marketo;
    private readonly ServiceProvider _services;

    private CorpusRun(DataverseEmulator dataverse, MarketoEmulator marketo, ServiceProvider services)
    {
        (_dataverse, _marketo, _services) = (dataverse, marketo, services);
    }

    public IReadOnlyList<CorpusQueueRow> Rows { get; private set; } = [];

    public IReadOnlyList<DrainCycleReport> Cycles { get; private set; } = [];

    public TimeSpan DrainTime { get; private set; }

    public MarketoStore Marketo => _marketo.Store;

    public static async Task<CorpusRun> StartAsync(CancellationToken cancellationToken)
    {
        var dataverse = await DataverseEmulator.StartAsync(new DataverseEmulatorOptions { PluginAssemblies = [PluginAssembly.Capture] }, cancellationToken);
        var marketo = await MarketoEmulator.StartAsync(new MarketoEmulatorOptions
        {
            ClientId = SandboxWorker.MarketoClientId,
            ClientSecret = SandboxWorker.MarketoClientSecret,
            RemovedLeadFields = [LeadCases.RemovedField],
        }, cancellationToken);
        var run = new CorpusRun(dataverse, marketo, SandboxWorker.Build(dataverse.BaseUrl, marketo.BaseUrl));
        await run.WriteAndDrainAsync(cancellationToken);
        return run;
    }

    /// <summary>The queue rows captured for <paramref name="id"/> of <paramref name="table"/>, oldest first.</summary>
    public IReadOnlyList<CorpusQueueRow> RowsOf(string table, Guid id) => [.. Rows.Where(r => r.Entity == table && r.RecordId == id)];

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _marketo.DisposeAsync();
        await _dataverse.DisposeAsync();
    }

    private async Task WriteAndDrainAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = _dataverse.WebApiUrl };
        var writer = new CorpusWriter(_dataverse, new WebApiWriter(http));
        await CorpusBase.WriteAsync(writer, cancellationToken);
        foreach (var corpusCase in CorpusCases.All)
        {
            await corpusCase.Write(writer, cancellationToken);
        }

        var started = Stopwatch.GetTimestamp();
        Cycles = await SandboxDrain.UntilIdleAsync(_services, cancellationToken);
        DrainTime = Stopwatch.GetElapsedTime(started);
        Rows = CorpusQueueRow.Read(_dataverse.Organization);
    }
}
