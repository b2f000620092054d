using Microsoft.Extensions.DependencyInjection;
using MsiDynamics.CompanionService.Tests.Sync.Drain;
using MsiDynamics.CompanionService.WriteBack;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.WriteBack;

/// <summary>
/// The full reconcile is paged and resumable: its position lives in <c>msi_syncstate</c>, so a cycle that ends mid-way —
/// or a worker that restarts — continues after the last page done, not from the start.
/// </summary>
public sealed class ReconcileResumeTests
{
    [Test]
    public async Task An_interrupted_reconcile_resumes_where_it_stopped_on_a_restarted_worker()
    {
        await using var rig = await DrainRig.StartAsync(settings: new Dictionary<string, string?>
        {
            ["WriteBack:ReconcilePageSize"] = "1",
            ["WriteBack:ReconcilePagesPerCycle"] = "1",
        });
        await WriteBackScene.SyncAsync(rig, firstCycle: false);
        var persons = Enumerable.Range(0, 3)
            .Select(i => WriteBackScene.SeedPerson(rig, $"p{i}@example.com", new Dictionary<string, string?> { ["priority"] = $"{10 + i}" }))
            .ToList();

        var first = await rig.Worker("first").GetRequiredService<WriteBackCycle>().RunScheduledAsync(CancellationToken.None);
        var reports = new List<WriteBackReport>();
        for (var i = 0; i < 10 && reports.LastOrDefault()?.Reconcile?.StartsWith("reconcile completed", StringComparison.Ordinal) != true; i++)
        {
            reports.Add(await rig.Worker($"restarted-{i}").GetRequiredService<WriteBackCycle>().RunScheduledAsync(CancellationToken.None));
        }

        Assert.Multiple(() =>
        {
            Assert.That(first.ReconcileReason, Does.Contain("first run"));
            Assert.That(first.ReconciledPersons, Is.EqualTo(1));
            Assert.That(first.Reconcile, Does.StartWith("reconcile continues next cycle"));
            Assert.That(reports.Select(r => r.ReconciledPersons), Is.All.LessThanOrEqualTo(1), "one page a cycle");
            Assert.That(reports.Sum(r => r.ReconciledPersons) + first.ReconciledPersons, Is.EqualTo(5), "each of the 5 persons once: never restarted from the first");
            Assert.That(reports[^1].Reconcile, Does.StartWith("reconcile completed"));
            Assert.That(persons.Select(p => rig.Org.Find(DataverseSchema.Contact.EntityName, p.Contact)!.GetAttributeValue<int?>(DataverseSchema.MsiColumns.Priority)),
                Is.EqualTo(new int?[] { 10, 11, 12 }));
        });
    }
}
