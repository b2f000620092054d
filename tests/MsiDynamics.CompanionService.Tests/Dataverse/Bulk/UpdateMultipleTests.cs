using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.Bulk;
using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Bulk;

/// <summary>UpdateMultiple: POST {set}/Microsoft.Dynamics.CRM.UpdateMultiple with typed, keyed targets; 1000 a call.</summary>
public sealed class UpdateMultipleTests
{
    [Test]
    public async Task Updating_1000_rows_is_one_request_with_odata_type_and_key_on_every_target()
    {
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.NoContent());
        var ids = Enumerable.Range(0, 1000).Select(_ => Guid.NewGuid()).ToList();

        var result = await h.Client.Bulk.UpdateMultipleAsync(
            DataverseTable.Lead, [.. ids.Select(id => RowUpdate.Of(id, [new("msi_priority", 42), new("msi_lastinterestingmomentdate", null)]))], "test");

        var request = h.Stub.All.Single();
        Assert.That(request.Method, Is.EqualTo("POST"));
        Assert.That(request.RelativePath, Is.EqualTo("leads/Microsoft.Dynamics.CRM.UpdateMultiple"));
        var targets = JsonNode.Parse(request.Body)!["Targets"]!.AsArray();
        Assert.That(targets, Has.Count.EqualTo(1000));
        Assert.That(targets.Select(t => (string?)t!["@odata.type"]), Has.All.EqualTo("Microsoft.Dynamics.CRM.lead"));
        Assert.That(targets.Select(t => Guid.Parse((string)t!["leadid"]!)), Is.EqualTo(ids));
        Assert.That(targets[0]!.ToJsonString(), Does.Contain("\"msi_priority\":42").And.Contain("\"msi_lastinterestingmomentdate\":null"));
        Assert.That(result.HttpRequests, Is.EqualTo(1));
        Assert.That(result.AllSucceeded, Is.True);
    }

    [Test]
    public async Task Larger_sets_are_split_and_each_target_gets_its_calls_outcome()
    {
        var calls = 0;
        await using var h = DataverseClientHarness.Create(_ => Interlocked.Increment(ref calls) == 2
            ? StubDataverseResponse.Error(System.Net.HttpStatusCode.BadRequest, "0x80040203", "Invalid value for msi_priority.")
            : StubDataverseResponse.NoContent());

        var result = await h.Client.Bulk.UpdateMultipleAsync(
            DataverseTable.Contact, [.. Enumerable.Range(0, 2500).Select(_ => RowUpdate.Of(Guid.NewGuid(), [new("msi_priority", 1)]))], "test");

        Assert.That(result.HttpRequests, Is.EqualTo(3));
        Assert.That(result.Outcomes.Take(1000), Has.All.Matches<DataverseOutcome>(o => o.IsSuccess));
        Assert.That(result.Outcomes.Skip(1000).Take(1000), Has.All.Matches<DataverseOutcome>(o => o.Kind == DataverseOutcomeKind.Rejected));
        Assert.That(result.Outcomes.Skip(2000), Has.All.Matches<DataverseOutcome>(o => o.IsSuccess));
    }
}
