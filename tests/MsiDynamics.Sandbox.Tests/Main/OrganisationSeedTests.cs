using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse;
using MsiDynamics.Sandbox.Hosting;
using MsiDynamics.Sandbox.Main;
using MsiDynamics.Schema;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.Sandbox.Tests.Main;

/// <summary>
/// The sandbox organisation is written through the Web API, so the real plug-in steps queue what Marketo cares about
/// and nothing else: one row per saved user, account, person, opportunity and stakeholder connection.
/// </summary>
public sealed class OrganisationSeedTests
{
    [Test]
    public async Task The_first_day_queues_every_synced_row_and_not_the_partnership_between_two_accounts()
    {
        await using var dataverse = await DataverseEmulator.StartAsync(new DataverseEmulatorOptions { PluginAssemblies = [PluginAssembly.Capture] });
        using var http = new HttpClient { BaseAddress = dataverse.WebApiUrl };

        await new OrganisationSeed(dataverse, new WebApiWriter(http)).CreateAsync(CancellationToken.None);

        var queued = Queued(dataverse);
        Assert.That(queued[DataverseSchema.SystemUser.EntityName], Has.Count.EqualTo(5));
        Assert.That(queued[DataverseSchema.Account.EntityName], Has.Count.EqualTo(11));
        Assert.That(queued[DataverseSchema.Contact.EntityName], Has.Count.EqualTo(25));
        Assert.That(queued[DataverseSchema.Lead.EntityName], Has.Count.EqualTo(15));
        Assert.That(queued[DataverseSchema.Opportunity.EntityName], Has.Count.EqualTo(9));
        var pairs = queued[DataverseSchema.Connection.EntityName];
        Assert.That(pairs.Distinct().Count(), Is.EqualTo(13), "one key per opportunity-contact pair; the account pair is not captured");
        Assert.That(pairs, Does.Not.Contain(SeedStakeholders.ConnectionId(100).ToString("D")));
    }

    [Test]
    public async Task The_second_day_queues_the_edits_the_rename_and_the_deletes()
    {
        await using var dataverse = await DataverseEmulator.StartAsync(new DataverseEmulatorOptions { PluginAssemblies = [PluginAssembly.Capture] });
        using var http = new HttpClient { BaseAddress = dataverse.WebApiUrl };
        var seed = new OrganisationSeed(dataverse, new WebApiWriter(http));
        await seed.CreateAsync(CancellationToken.None);
        var before = dataverse.Organization.Rows(Q.EntityName).Count;

        await seed.ChangeAsync(CancellationToken.None);

        var added = dataverse.Organization.Rows(Q.EntityName).Skip(before).ToList();
        var deletes = added.Where(r => r.GetAttributeValue<OptionSetValue>(Q.Operation)?.Value == (int)QueueOperation.Delete)
            .Select(r => r.GetAttributeValue<string>(Q.Entity)).Distinct().Order().ToList();
        Assert.That(deletes, Is.EqualTo(new[] { "account", "connection", "lead", "opportunity" }), "a connection's two halves may each queue its delete (dataverse.md §0.3)");
        Assert.That(added.Select(r => r.GetAttributeValue<string>(Q.Entity)), Does.Contain(DataverseSchema.ConnectionRole.EntityName), "the rename");
        Assert.That(dataverse.Organization.Find(DataverseSchema.Account.EntityName, SeedAccounts.Id(SeedAccounts.Duplicate)), Is.Null);
    }

    private static Dictionary<string, List<string>> Queued(DataverseEmulator dataverse) =>
        dataverse.Organization.Rows(Q.EntityName)
            .GroupBy(r => r.GetAttributeValue<string>(Q.Entity) ?? string.Empty)
            .ToDictionary(g => g.Key, g => g.Select(r => r.GetAttributeValue<string>(Q.RecordId) ?? string.Empty).ToList());
}
