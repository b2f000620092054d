using MsiDynamics.Emulators.Dataverse.Pipeline;
using MsiDynamics.Sandbox.Chaos.Workload;
using MsiDynamics.Sandbox.Hosting;
using MsiDynamics.Schema;

namespace MsiDynamics.Sandbox.Tests.Chaos;

/// <summary>The chaos run's CRM users: every kind of change the plug-ins capture, repeatable from a seed, sync left on.</summary>
public sealed class ChaosWorkloadTests
{
    [Test]
    public async Task Concurrent_users_run_every_kind_of_captured_operation_and_leave_every_sync_setting_on()
    {
        var org = Organization();
        var workload = new ChaosWorkload(org, seed: 7);

        var tally = await workload.RunAsync(3_000, users: 4, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(Enum.GetValues<ChaosOperationKind>().Where(k => tally.Counts.GetValueOrDefault(k) == 0), Is.Empty,
                "kinds never run:" + Environment.NewLine + tally);
            Assert.That(tally.Total, Is.EqualTo(3_000));
            Assert.That(workload.ToggledTables, Is.Not.Empty, "a setting was switched off and on again");
            Assert.That(org.Rows(DataverseSchema.SyncSetting.EntityName).Where(s => s.GetAttributeValue<bool>(DataverseSchema.SyncSetting.Enabled) is false)
                .Select(s => s.GetAttributeValue<string>(DataverseSchema.SyncSetting.Entity)), Is.Empty);
            Assert.That(org.Rows(DataverseSchema.SyncQueueItem.EntityName).Select(r => r.GetAttributeValue<string>(DataverseSchema.SyncQueueItem.Entity)).Distinct(),
                Is.SupersetOf(new[] { "systemuser", "account", "lead", "contact", "opportunity", "connection" }), "the plug-ins captured every table");
        });
    }

    [Test]
    public async Task One_user_with_the_same_seed_makes_the_same_organisation()
    {
        var first = Organization();
        var second = Organization();

        var a = await new ChaosWorkload(first, seed: 11).RunAsync(800, users: 1, CancellationToken.None);
        var b = await new ChaosWorkload(second, seed: 11).RunAsync(800, users: 1, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(b.Sequences, Is.EqualTo(a.Sequences));
            foreach (var table in new[] { "account", "lead", "contact", "opportunity" })
            {
                Assert.That(Ids(second, table), Is.EqualTo(Ids(first, table)), table);
            }

            // The platform's own ids (its SYSTEM user, a connection's reciprocal half) are its own: counted, not compared.
            foreach (var table in new[] { "systemuser", "connection", DataverseSchema.SyncQueueItem.EntityName })
            {
                Assert.That(second.Rows(table), Has.Count.EqualTo(first.Rows(table).Count), table);
            }
        });
    }

    [Test]
    public async Task A_different_seed_makes_a_different_run()
    {
        var a = await new ChaosWorkload(Organization(), seed: 11).RunAsync(200, users: 1, CancellationToken.None);
        var b = await new ChaosWorkload(Organization(), seed: 12).RunAsync(200, users: 1, CancellationToken.None);

        Assert.That(b.Sequences, Is.Not.EqualTo(a.Sequences));
    }

    private static InMemoryOrganization Organization()
    {
        var org = new InMemoryOrganization();
        org.RegisterPlugins(PluginAssembly.Capture);
        return org;
    }

    private static List<Guid> Ids(InMemoryOrganization org, string table) => [.. org.Rows(table).Select(r => r.Id).Order()];
}
