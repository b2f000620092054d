using Microsoft.Extensions.DependencyInjection;
using Microsoft.Xrm.Sdk;
using MsiDynamics.CompanionService.Operations.Status;
using MsiDynamics.Schema;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.CompanionService.Tests.Operations.Status;

/// <summary>
/// <c>status</c> counts dead letters by <c>msi_reason</c> with one aggregate (exact, beyond the newest 5,000), groups
/// rows written before that column by their error as before, and falls back to the newest 5,000 when the aggregate is refused.
/// </summary>
public sealed class DeadLetterReasonCountTests
{
    private const string Refused = "Marketo refused the lead {id} (1003 Invalid value for field 'email')";
    private const string GaveUp = "Gave up after 5 attempts: Marketo did not answer";

    [Test]
    public async Task Dead_letters_are_counted_exactly_by_their_stored_reason_beyond_the_newest_5000_with_older_rows_grouped_by_their_error()
    {
        await using var rig = await OperationsRig.StartAsync();
        for (var i = 0; i < 3; i++)
        {
            Plant(rig, RefusedError(), reason: null); // written before msi_reason: oldest, outside the newest 5,000
        }

        rig.Clock.Advance(TimeSpan.FromMinutes(1));
        var gaveUp = Enumerable.Range(0, 7).Select(_ => Plant(rig, GaveUp, GaveUp)).ToList();
        rig.Clock.Advance(TimeSpan.FromMinutes(1));
        for (var i = 0; i < 5_100; i++)
        {
            Plant(rig, RefusedError(), Refused);
        }

        var report = await rig.Worker("status-1").GetRequiredService<StatusReader>().ReadAsync();

        Assert.That(report.Problems, Is.Empty);
        Assert.That(report.DeadLetters.Groups.Select(g => (g.Reason, g.Count)), Is.EqualTo(new[] { (Refused, 5_103L), (GaveUp, 7L) }));
        Assert.That((report.DeadLetters.Read, report.DeadLetters.Truncated), Is.EqualTo((5_110L, false)));
        Assert.That(report.DeadLetters.Groups[0].Examples, Has.Count.EqualTo(3));
        Assert.That(report.DeadLetters.Groups[1].Examples.Select(e => e.QueueRowId).ToList(), Has.Count.EqualTo(3).And.SubsetOf(gaveUp),
            "a reason older than the newest 5,000 still has its examples");
    }

    [Test]
    public async Task Over_the_aggregate_limit_the_newest_dead_letters_are_grouped_as_read()
    {
        await using var rig = await OperationsRig.StartAsync(d => d.AggregateRecordLimit = 3);
        Plant(rig, RefusedError(), reason: null);
        for (var i = 0; i < 4; i++)
        {
            Plant(rig, RefusedError(), Refused);
        }

        var report = await rig.Worker("status-1").GetRequiredService<StatusReader>().ReadAsync();

        Assert.That(report.DeadLetters.Groups.Select(g => (g.Reason, g.Count)), Is.EqualTo(new[] { (Refused, 5L) }));
        Assert.That((report.DeadLetters.Read, report.DeadLetters.Truncated), Is.EqualTo((5L, false)));
    }

    [Test]
    public async Task A_row_written_before_the_column_whose_error_holds_a_token_is_grouped_without_it()
    {
        await using var rig = await OperationsRig.StartAsync();
        Plant(rig, "Call failed: Authorization: Bearer eyJ0eXAi.abc.def refused. Try again.", reason: null);

        var report = await rig.Worker("status-1").GetRequiredService<StatusReader>().ReadAsync();

        Assert.That(report.DeadLetters.Groups.Single().Reason, Is.EqualTo("Call failed: Authorization: Bearer (redacted) refused"));
        Assert.That(StatusText.Write(report), Does.Contain("Bearer (redacted) refused"));
    }

    private static string RefusedError() =>
        $"Marketo refused the lead {Guid.NewGuid():D} (1003 Invalid value for field 'email'). Correct the record in Dynamics; its next change is sent again.";

    private static Guid Plant(OperationsRig rig, string lastError, string? reason)
    {
        var record = Guid.NewGuid().ToString("D");
        var row = new Entity(Q.EntityName)
        {
            [Q.Name] = $"lead {record}: Upsert",
            [Q.Entity] = DataverseSchema.Lead.EntityName,
            [Q.RecordId] = record,
            [Q.Operation] = new OptionSetValue((int)QueueOperation.Upsert),
            [Q.Status] = new OptionSetValue((int)QueueStatus.DeadLettered),
            [Q.Lane] = new OptionSetValue((int)QueueLane.Live),
            [Q.Attempts] = 1,
            [Q.LastError] = lastError,
            [Q.Reason] = reason,
        };
        return rig.Org.Seed(row);
    }
}
