using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.Bulk;
using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.CompanionService.Dataverse.Queue;
using MsiDynamics.CompanionService.Sync.Source;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;
using MsiDynamics.CompanionService.Tests.Sync.Source;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Errors;

/// <summary>dataverse.md §6.1: an answer that says a name does not exist is NotConfigured, never a missing row.</summary>
public sealed class NotConfiguredTests
{
    private static readonly Guid Id = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");

    [TestCase("0x8006088a", TestName = "A 404 'Resource not found for the segment' is NotConfigured and names the segment")]
    [TestCase("", TestName = "A 404 'Resource not found for the segment' without a code is NotConfigured too (§0.14)")]
    public async Task Unknown_segment(string code)
    {
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.Error(HttpStatusCode.NotFound, code, "Resource not found for the segment 'leadz'."));

        var outcome = await h.Get<DataverseRecords>().UpdateAsync("leadz", Id, new JsonObject { ["firstname"] = "Ann" });

        Assert.That((outcome.Kind, outcome.HttpStatus, outcome.Error!.Code), Is.EqualTo((DataverseOutcomeKind.NotConfigured, 404, code)));
        Assert.That(outcome.Error.Message, Does.StartWith("Resource not found for the segment 'leadz'.")
            .And.Contain("'leadz'").And.Contain("check the entity set and column names"));
        Assert.That(h.Logs.All, Does.Contain("[4213]").And.Contain("leadz"));
    }

    [Test]
    public async Task A_400_for_an_unknown_column_is_NotConfigured_and_names_the_column()
    {
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.Error(
            HttpStatusCode.BadRequest, "0x0", "Could not find a property named 'msi_priorty' on type 'Microsoft.Dynamics.CRM.lead'."));

        var (_, outcome) = await h.Client.Queries.ListAsync(new DataverseQuery("leads").Select("msi_priorty"), "test");

        Assert.That(outcome.Kind, Is.EqualTo(DataverseOutcomeKind.NotConfigured));
        Assert.That(outcome.Error!.Message, Does.Contain("Dataverse does not know 'msi_priorty'"));
    }

    [TestCase("0x80040217", TestName = "A 404 'Does Not Exist' for a row id stays NotFound")]
    [TestCase("", TestName = "A 404 'Does Not Exist' without a code stays NotFound (§0.14)")]
    public async Task Missing_row(string code)
    {
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.Error(HttpStatusCode.NotFound, code, $"lead With Id = {Id} Does Not Exist"));

        var outcome = await h.Get<DataverseRecords>().DeleteAsync("leads", Id);

        Assert.That(outcome.Kind, Is.EqualTo(DataverseOutcomeKind.NotFound));
        Assert.That(outcome.Error!.Message, Is.EqualTo($"lead With Id = {Id} Does Not Exist"));
    }

    [Test]
    public async Task A_404_without_a_Dataverse_error_body_is_NotConfigured_and_points_at_the_URL()
    {
        await using var h = DataverseClientHarness.Create(_ => new StubDataverseResponse(HttpStatusCode.NotFound, "<html><body>404 - Not Found</body></html>", "text/html"));

        var outcome = await h.Get<DataverseRecords>().DeleteAsync("leads", Id);

        Assert.That(outcome.Kind, Is.EqualTo(DataverseOutcomeKind.NotConfigured));
        Assert.That(outcome.Error!.Message, Does.Contain("check Dataverse:Url"));
    }

    [Test]
    public async Task A_due_read_of_a_queue_table_the_environment_lacks_is_an_outage_not_an_empty_queue()
    {
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.Error(HttpStatusCode.NotFound, "0x8006088a", "Resource not found for the segment 'msi_syncqueueitems'."));
        var source = new DataverseWorkSource(h.Get<DataverseQueries>(), h.Get<SyncQueue>(), TimeProvider.System);

        var batches = await source.ReadAllAsync();

        Assert.That(batches.SelectMany(b => b.Rows), Is.Empty);
        Assert.That(batches[^1].Outcome.Kind, Is.EqualTo(DataverseOutcomeKind.NotConfigured), "the queue table is missing: an outage, not a drained queue");
    }

    [Test]
    public async Task UpdateMultiple_on_a_table_Dataverse_does_not_have_stops_after_the_first_call()
    {
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.Error(HttpStatusCode.NotFound, "0x8006088a", "Resource not found for the segment 'leads'."),
            settings: new Dictionary<string, string?> { ["Dataverse:UpdateMultipleBatchSize"] = "2" });
        var targets = Enumerable.Range(0, 6).Select(_ => RowUpdate.Of(Guid.NewGuid(), [new("msi_priority", 1)])).ToList();

        var result = await h.Client.Bulk.UpdateMultipleAsync(DataverseTable.Lead, targets, "test");

        Assert.That(h.Stub.All, Has.Count.EqualTo(1));
        Assert.That(result.Outcomes.Select(o => o.Kind), Has.All.EqualTo(DataverseOutcomeKind.NotConfigured));
        Assert.That(Regex.IsMatch(result.Outcomes[5].Error!.Message, "'leads'"), Is.True);
    }
}
