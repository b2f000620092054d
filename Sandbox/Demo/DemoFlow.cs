using Microsoft.Extensions.DependencyInjection;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.Queue;
using MsiDynamics.CompanionService.Dataverse.Records;
using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Leads;
using MsiDynamics.Emulators.Dataverse;
using MsiDynamics.Sandbox.Hosting;
using MsiDynamics.Emulators.Marketo;
using MsiDynamics.Schema;

namespace MsiDynamics.Sandbox.Demo;

/// <summary>
/// The sandbox's main job, on the two emulators over loopback HTTP: a sales rep's day in Dynamics (the real
/// plug-in steps queue each change), the due rows read as the drain reads them, the records
/// pushed through the Marketo client, the rows completed, and MSI's answer written back into the Dynamics
/// lead without re-entering the queue. Returns 0 when every check holds.
/// </summary>
internal static class DemoFlow
{
    public static async Task<int> RunAsync(TextWriter output, CancellationToken cancellationToken = default)
    {
        var failures = 0;
        void Check(bool holds, string what)
        {
            output.WriteLine($"   {(holds ? "ok  " : "FAIL")} {what}");
            failures += holds ? 0 : 1;
        }

        var clock = new DemoClock();
        await using var dataverse = await DataverseEmulator.StartAsync(new DataverseEmulatorOptions { TimeProvider = clock, PluginAssemblies = [PluginAssembly.Capture] }, cancellationToken);
        await using var marketo = await MarketoEmulator.StartAsync(
            new MarketoEmulatorOptions { ClientId = SandboxWorker.MarketoClientId, ClientSecret = SandboxWorker.MarketoClientSecret }, cancellationToken);
        await using var services = SandboxWorker.Build(dataverse.BaseUrl, marketo.BaseUrl, clock);
        var org = dataverse.Organization;
        output.WriteLine($"MsiDynamics sandbox: Dataverse emulator {dataverse.WebApiUrl} ({org.Steps.Count} plug-in steps from their registration attributes), Marketo emulator {marketo.BaseUrl}.");

        var crm = new DemoCrm(org);
        output.WriteLine();
        output.WriteLine("1. A sales rep works in Dynamics; every save that matters to Marketo queues its row, in the same transaction.");
        crm.WorkTheDay();
        var captured = org.Rows(DataverseSchema.SyncQueueItem.EntityName);
        foreach (var row in captured)
        {
            output.WriteLine($"   queued  {row[DataverseSchema.SyncQueueItem.Name]}  {row.GetAttributeValue<string>(DataverseSchema.SyncQueueItem.Payload)}");
        }

        // The connection's two halves run two pipelines, and each may queue the pair: the platform does not promise
        // that a child sees its parent's mark (dataverse.md §0.3); the worker's collapse pushes it once.
        var pair = captured.Where(row => (string?)row[DataverseSchema.SyncQueueItem.Entity] == DataverseSchema.Connection.EntityName)
            .Select(row => row.GetAttributeValue<string>(DataverseSchema.SyncQueueItem.Payload)).ToList();
        Check(captured.Count - pair.Count == 6 && pair.Count is 1 or 2 && pair.Distinct().Count() == 1,
            $"7 saves for user, account, lead, contact, opportunity, the lead's new e-mail and the stakeholder connection "
            + $"(got {captured.Count} rows, the connection's {pair.Count} times: once per pipeline at most)");

        output.WriteLine();
        output.WriteLine("2. Changes Marketo does not care about queue nothing.");
        crm.ChangesThatMustNotQueue();
        Check(org.Rows(DataverseSchema.SyncQueueItem.EntityName).Count == captured.Count,
            "MSI write-back, an unsynced column, a connection between two accounts: no new row");
        Check(DemoCrm.QueuedWithAccountSyncOff(clock) == 0,
            "a table switched off: a new account in an organisation whose admin turned account sync off queues nothing");

        output.WriteLine();
        output.WriteLine("3. The worker reads the due rows through the Web API, pushes in dependency order, and completes the rows.");
        var queue = services.GetRequiredService<SyncQueue>();
        var (requestsBefore, operationsBefore) = (dataverse.Traffic.ServiceProtectionRequests, dataverse.Traffic.EntitlementOperations);
        var due = await ReadDueAsync(services, clock, cancellationToken);
        output.WriteLine($"   read {due.Count} due rows in {dataverse.Traffic.ServiceProtectionRequests - requestsBefore} Web API requests " +
            $"({dataverse.Traffic.EntitlementOperations - operationsBefore} entitlement operations)");
        var client = services.GetRequiredService<MarketoClient>();
        var person = await DemoPush.RunAsync(client, crm, output, cancellationToken);
        var completed = await queue.CompleteAsync([.. due.Select(row => QueueCompletion.Succeeded(row.Id, row.Attempts + 1))], cancellationToken);
        Check(due.Count == captured.Count && completed.AllSucceeded, $"every queued row read and completed ({completed})");
        Check(marketo.Store.DanglingReferences.Count == 0, "no company, lead, opportunity or role in Marketo refers to something Marketo lacks");

        output.WriteLine();
        output.WriteLine("4. The lead opens an e-mail; MSI scores it; the worker writes the MSI fields into the Dynamics lead.");
        marketo.RecordInterestingMoment(person, "Email", "Opened e-mail: Spring webinar invitation", "Web");
        var read = await client.Leads.GetByExternalPersonIdsAsync([crm.Lead], MarketoLeadFields.IdentityAndMsi, cancellationToken);
        var msi = read.Items.SingleOrDefault(l => l.PersonRecordId == crm.Lead)?.Msi;
        if (msi is not null)
        {
            output.WriteLine($"   {msi.LastInterestingMomentType} \"{msi.LastInterestingMomentDesc}\" ({msi.LastInterestingMomentSource}); "
                + $"priority {msi.Priority}, relative urgency {msi.RelativeUrgency}, relative score {msi.RelativeScore}");
            await services.GetRequiredService<MsiColumnsWriter>().WriteAsync([new MsiColumnsUpdate(DataverseTable.Lead, crm.Lead.Value, new Dictionary<string, object?>
            {
                [DataverseSchema.MsiColumns.LastInterestingMomentType] = msi.LastInterestingMomentType,
                [DataverseSchema.MsiColumns.LastInterestingMomentDesc] = msi.LastInterestingMomentDesc,
                [DataverseSchema.MsiColumns.LastInterestingMomentSource] = msi.LastInterestingMomentSource,
                [DataverseSchema.MsiColumns.Priority] = msi.Priority,
                [DataverseSchema.MsiColumns.RelativeUrgency] = msi.RelativeUrgency,
                [DataverseSchema.MsiColumns.RelativeScore] = msi.RelativeScore,
                [DataverseSchema.MsiColumns.MarketoLeadId] = person.ToString(System.Globalization.CultureInfo.InvariantCulture),
            })], cancellationToken);
        }

        var lead = org.Find(DataverseSchema.Lead.EntityName, crm.Lead.Value);
        Check(lead?.GetAttributeValue<string>(DataverseSchema.MsiColumns.LastInterestingMomentDesc) == "Opened e-mail: Spring webinar invitation",
            "the Dynamics lead shows the interesting moment");
        Check(org.Rows(DataverseSchema.SyncQueueItem.EntityName).Count == captured.Count, "the write-back queued nothing");

        output.WriteLine();
        output.WriteLine(DemoCosts.Dataverse(dataverse.Traffic, captured.Count));
        output.WriteLine($"Marketo calls: {marketo.Traffic.TotalCalls}; Marketo daily quota: {client.Quota}.");
        output.WriteLine(failures == 0 ? "The sandbox flow completed." : $"{failures} check(s) failed.");
        return failures == 0 ? 0 : 1;
    }

    /// <summary>
    /// Every due row, read as the drain reads them (<see cref="SyncQueue.DueRows"/>, one paged GET, no claim): the id and
    /// attempt count of each, which is what completing it needs.
    /// </summary>
    public static async Task<IReadOnlyList<(Guid Id, int Attempts)>> ReadDueAsync(IServiceProvider services, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        var query = SyncQueue.DueRows(clock.GetUtcNow(), DataverseSchema.SyncQueueItem.Id, DataverseSchema.SyncQueueItem.Attempts);
        var rows = new List<(Guid Id, int Attempts)>();
        await foreach (var page in services.GetRequiredService<DataverseQueries>().PagesAsync(query, "demo.due", cancellationToken))
        {
            rows.AddRange(page.Rows.Where(row => row.GetGuid(DataverseSchema.SyncQueueItem.Id) is not null)
                .Select(row => (row.GetGuid(DataverseSchema.SyncQueueItem.Id)!.Value, row.GetInt(DataverseSchema.SyncQueueItem.Attempts) ?? 0)));
        }

        return rows;
    }
}
