using MsiDynamics.CompanionService.Marketo.Describe;
using MsiDynamics.CompanionService.Marketo.Opportunities;
using MsiDynamics.CompanionService.Marketo.Push;
using MsiDynamics.CompanionService.Sync.Mapping;
using MsiDynamics.CompanionService.Tests.Marketo.Loopback;
using MsiDynamics.CompanionService.Tests.Marketo.Support;

namespace MsiDynamics.CompanionService.Tests.Sync.Mapping;

/// <summary>
/// Records fitted to the describe the emulator serves, pushed to it over loopback HTTP (marketo.md D10): Marketo
/// skips a record with 1003 for one value that does not fit its field, and fitting is what keeps that from happening.
/// </summary>
public sealed class FittedRecordLoopbackTests
{
    // Each record carries one Dataverse value Marketo refuses as it comes, and fitting makes it fit.
    private static readonly Dictionary<string, MappedValue>[] Records =
    [
        new() { ["fiscalQuarter"] = new("msi_fiscalquarter", new string('Q', 254) + "\U0001F680 overflow") },
        new() { ["description"] = new("description", string.Concat(Enumerable.Repeat("\U0001F680", 8_000))) },
        new() { ["isWon"] = new("msi_iswon", 1) },
        new() { ["isClosed"] = new("msi_isclosed", 0L) },
    ];

    [Test]
    public async Task Values_as_Dynamics_gives_them_are_skipped_with_1003_and_fitted_they_are_all_written()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var description = (await h.Client.Describe.DescribeAsync(MarketoObjectType.Opportunities)).Items.Single();

        var raw = await h.Client.Opportunities.SyncAsync([.. Records.Select((r, i) =>
            Opportunity(i, r.ToDictionary(f => f.Key, f => f.Value.Value)))]);
        var fitted = Records.Select(r => MarketoRecordFitter.Fit(description, r)).ToList();
        var sent = await h.Client.Opportunities.SyncAsync([.. fitted.Select((r, i) => Opportunity(i, r.Fields))]);

        Assert.That(raw.Records.Select(r => (r.Status, r.Code)), Has.All.EqualTo((MarketoRecordStatus.Skipped, "1003")));
        Assert.That(fitted.Select(r => r.CanBeSent), Has.All.True);
        Assert.That(sent.Records.Select(r => r.Status), Has.All.EqualTo(MarketoRecordStatus.Created));
        Assert.That(fitted.SelectMany(r => r.Cuts).Select(c => c.Field), Is.EqualTo(new[] { "fiscalQuarter", "description" }));
        var stored = h.Emulator.Store.Opportunities.OrderBy(o => o.Name, StringComparer.Ordinal).ToList();
        Assert.That(stored[0]["fiscalQuarter"], Is.EqualTo(new string('Q', 254)));
        Assert.That(stored[2]["isWon"], Is.EqualTo("true"));
        Assert.That(stored[3]["isClosed"], Is.EqualTo("false"));
    }

    [Test]
    public async Task A_value_fitting_cannot_save_is_kept_from_Marketo_with_the_column_named()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var description = (await h.Client.Describe.DescribeAsync(MarketoObjectType.Opportunities)).Items.Single();

        var fitted = MarketoRecordFitter.Fit(description, new Dictionary<string, MappedValue>
        {
            ["amount"] = new("estimatedvalue", "1.604,47"),
            ["stage"] = new("stepname", "Propose"),
        });

        Assert.That(fitted.Reason, Is.EqualTo(
            "estimatedvalue value '1.604,47' cannot be sent to Marketo field 'amount' (currency): it is not a number."));
    }

    private static MarketoOpportunity Opportunity(int index, IReadOnlyDictionary<string, object?> fields) =>
        new(TestRecordIds.Of($"o-{index}"), $"Deal {index}", Fields: fields);
}
