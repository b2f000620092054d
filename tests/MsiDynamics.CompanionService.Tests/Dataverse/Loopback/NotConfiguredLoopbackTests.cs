using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Dataverse.Batch;
using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Dataverse.OData;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Loopback;

/// <summary>dataverse.md §6.1 over loopback: a name the environment lacks is NotConfigured; a missing row stays NotFound.</summary>
public sealed class NotConfiguredLoopbackTests
{
    private static readonly Guid Missing = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");

    [Test]
    public async Task An_update_through_a_misspelt_entity_set_is_NotConfigured_and_a_missing_row_is_NotFound()
    {
        await using var dv = await LoopbackDataverse.StartAsync();

        var misspelt = await dv.Worker.Client.Records.UpdateAsync("leadz", Missing, new JsonObject { ["firstname"] = "Ann" });
        var gone = await dv.Worker.Client.Records.UpdateAsync("leads", Missing, new JsonObject { ["firstname"] = "Ann" });

        Assert.That((misspelt.Kind, misspelt.HttpStatus), Is.EqualTo((DataverseOutcomeKind.NotConfigured, 404)));
        Assert.That(misspelt.Error!.Message, Does.Contain("'leadz'"));
        Assert.That((gone.Kind, gone.HttpStatus), Is.EqualTo((DataverseOutcomeKind.NotFound, 404)));
    }

    [Test]
    public async Task A_read_selecting_a_column_the_table_lacks_is_NotConfigured_and_names_the_column()
    {
        await using var dv = await LoopbackDataverse.StartAsync();

        var (_, outcome) = await dv.Worker.Client.Queries.ListAsync(new DataverseQuery("leads").Select("msi_priorty"), "test.read");

        Assert.That(outcome.Kind, Is.EqualTo(DataverseOutcomeKind.NotConfigured), outcome.ToString());
        Assert.That(outcome.Error!.Message, Does.Contain("'msi_priorty'"));
    }

    [Test]
    public async Task Inside_a_batch_a_misspelt_entity_set_and_a_missing_row_keep_their_own_outcomes()
    {
        await using var dv = await LoopbackDataverse.StartAsync();
        var batch = new DataverseBatch { ContinueOnError = true }
            .Add(BatchOperation.Update("leadz", Missing, new JsonObject { ["firstname"] = "Ann" }, "*"))
            .Add(BatchOperation.Update("leads", Missing, new JsonObject { ["firstname"] = "Ann" }, "*"));

        var result = await dv.Worker.Client.Batches.ExecuteAsync(batch, "test.batch");

        Assert.That(result.Results.Select(r => r.Outcome.Kind), Is.EqualTo(new[] { DataverseOutcomeKind.NotConfigured, DataverseOutcomeKind.NotFound }));
    }
}
