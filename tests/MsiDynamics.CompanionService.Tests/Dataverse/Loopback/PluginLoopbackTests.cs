using System.Text.Json.Nodes;
using Microsoft.Xrm.Sdk;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.Records;
using MsiDynamics.Emulators.Dataverse;
using MsiDynamics.CompanionService.Tests.Sync.Source;
using MsiDynamics.Plugins.Steps;
using MsiDynamics.Schema;
using M = MsiDynamics.Schema.DataverseSchema.MsiColumns;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Loopback;

/// <summary>
/// The client's writes run the real plug-in steps in the emulator (architecture.md §3; dataverse.md §0.5): a change of
/// a mapped column queues a row the worker can lease, and the worker's own MSI write-back queues nothing.
/// </summary>
public sealed class PluginLoopbackTests
{
    // The product's plug-in assembly, passed to the emulator as the sandbox passes it.
    private static void WithCapturePlugins(DataverseEmulatorOptions options) => options.PluginAssemblies.Add(typeof(CapturePlugin).Assembly);

    [Test]
    public async Task A_Web_API_update_of_a_leads_email_by_the_client_queues_one_row_through_the_real_plugin()
    {
        await using var dv = await LoopbackDataverse.StartAsync(emulator: WithCapturePlugins);
        var lead = dv.Organization.SeedLead("Lovelace", "ada@example.com");

        var outcome = await dv.Worker.Client.Records.UpdateAsync("leads", lead, new JsonObject { ["emailaddress1"] = "ada@analytical.example" });

        Assert.That(outcome.IsSuccess, Is.True, outcome.ToString());
        var queued = dv.Organization.QueueRowsFor(lead).Single();
        Assert.That((queued[Q.Entity], queued.GetAttributeValue<OptionSetValue>(Q.Status)!.Value, queued.GetAttributeValue<OptionSetValue>(Q.Operation)!.Value),
            Is.EqualTo(("lead", (int)QueueStatus.Pending, (int)QueueOperation.Upsert)));
    }

    [Test]
    public async Task The_row_the_plugin_queued_is_what_the_worker_then_reads_as_due()
    {
        await using var dv = await LoopbackDataverse.StartAsync(emulator: WithCapturePlugins);
        var lead = dv.Organization.SeedLead("Lovelace", "ada@example.com");
        await dv.Worker.Client.Records.UpdateAsync("leads", lead, new JsonObject { ["emailaddress1"] = "ada@analytical.example" });

        var due = await dv.Worker.WorkSource(TimeProvider.System).ReadAllAsync();

        Assert.That(due.SelectMany(b => b.Rows).Select(r => (r.Entity, r.RecordId.ToString(), r.Lane)), Is.EqualTo(new[] { ("lead", lead.ToString("D"), QueueLane.Live) }));
    }

    [Test]
    public async Task An_MSI_only_write_back_by_the_client_queues_nothing_for_a_lead_or_a_contact()
    {
        await using var dv = await LoopbackDataverse.StartAsync(emulator: WithCapturePlugins);
        var lead = dv.Organization.SeedLead("Lovelace", "ada@example.com");
        var contact = dv.Organization.SeedRow("contact", ("lastname", "Hopper"), ("emailaddress1", "grace@example.com"));
        var columns = new Dictionary<string, object?> { [M.Priority] = 2, [M.RelativeScore] = 55, [M.MarketoLeadId] = "99" };

        var bulk = await dv.Worker.Get<MsiColumnsWriter>().WriteAsync(
            [new MsiColumnsUpdate(DataverseTable.Lead, lead, columns), new MsiColumnsUpdate(DataverseTable.Contact, contact, columns)]);
        var single = await dv.Worker.Client.Records.UpdateAsync("leads", lead, new JsonObject { [M.RelativeUrgency] = 7 });

        Assert.That((bulk.AllSucceeded, single.IsSuccess), Is.EqualTo((true, true)), $"{bulk} / {single}");
        Assert.That(dv.Organization.Row("lead", lead)[M.RelativeUrgency], Is.EqualTo(7));
        Assert.That(dv.Organization.Rows(Q.EntityName), Is.Empty);
    }
}
