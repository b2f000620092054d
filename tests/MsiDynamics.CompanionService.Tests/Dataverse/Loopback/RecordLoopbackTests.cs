using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Dataverse.OData;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Loopback;

/// <summary>Single-row writes over loopback (dataverse.md §6, Decision 7): create, update with If-Match, delete.</summary>
public sealed class RecordLoopbackTests
{
    [Test]
    public async Task A_create_answers_the_new_id_from_OData_EntityId_and_the_row_exists_with_its_values()
    {
        await using var dv = await LoopbackDataverse.StartAsync();

        var outcome = await dv.Worker.Client.Records.CreateAsync("accounts", new JsonObject { ["name"] = "Contoso", ["numberofemployees"] = 12 });

        Assert.That((outcome.Kind, outcome.HttpStatus), Is.EqualTo((DataverseOutcomeKind.Succeeded, 204)));
        var row = dv.Organization.Row("account", outcome.Id!.Value);
        Assert.That((row["name"], row["numberofemployees"]), Is.EqualTo(("Contoso", 12)));
    }

    [Test]
    public async Task An_update_with_If_Match_star_changes_the_existing_row()
    {
        await using var dv = await LoopbackDataverse.StartAsync();
        var id = dv.Organization.SeedAccount("Contoso");

        var outcome = await dv.Worker.Client.Records.UpdateAsync("accounts", id, new JsonObject { ["name"] = "Contoso Ltd" });

        Assert.That(outcome.IsSuccess, Is.True, outcome.ToString());
        Assert.That(dv.Organization.Row("account", id)["name"], Is.EqualTo("Contoso Ltd"));
    }

    [Test]
    public async Task An_update_with_the_rows_current_ETag_succeeds_and_with_a_stale_one_is_a_LostRace_that_changes_nothing()
    {
        await using var dv = await LoopbackDataverse.StartAsync();
        var id = dv.Organization.SeedAccount("Contoso");
        var read = await dv.Worker.Client.Queries.ListAsync(new DataverseQuery("accounts").Select("name"), "test.read");
        var etag = read.Rows.Single().ETag!;

        var first = await dv.Worker.Client.Records.UpdateAsync("accounts", id, new JsonObject { ["name"] = "First" }, etag);
        var second = await dv.Worker.Client.Records.UpdateAsync("accounts", id, new JsonObject { ["name"] = "Second" }, etag);

        Assert.That(first.IsSuccess, Is.True, first.ToString());
        // The outcome, not the code: Dataverse may answer a 412 with an empty code (dataverse.md §0.14), and the client
        // classifies by status and by the ETag it sent (EmptyErrorCodeLoopbackTests runs the emulator that way).
        Assert.That((second.Kind, second.HttpStatus), Is.EqualTo((DataverseOutcomeKind.LostRace, 412)));
        Assert.That(second.Error!.Message, Is.EqualTo("The version of the existing record doesn't match the RowVersion property provided."));
        Assert.That(dv.Organization.Row("account", id)["name"], Is.EqualTo("First"));
    }

    [Test]
    public async Task An_update_of_a_missing_row_is_NotFound_and_creates_nothing()
    {
        await using var dv = await LoopbackDataverse.StartAsync();
        var missing = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");

        var outcome = await dv.Worker.Client.Records.UpdateAsync("accounts", missing, new JsonObject { ["name"] = "Ghost" });

        Assert.That((outcome.Kind, outcome.HttpStatus), Is.EqualTo((DataverseOutcomeKind.NotFound, 404)));
        Assert.That(outcome.Error!.Message, Does.Contain(missing.ToString("D")));
        Assert.That(dv.Organization.Rows("account"), Is.Empty);
    }

    [Test]
    public async Task A_delete_removes_the_row_and_deleting_it_again_is_NotFound()
    {
        await using var dv = await LoopbackDataverse.StartAsync();
        var id = dv.Organization.SeedAccount("Contoso");

        var deleted = await dv.Worker.Client.Records.DeleteAsync("accounts", id);
        var again = await dv.Worker.Client.Records.DeleteAsync("accounts", id);

        Assert.That((deleted.Kind, deleted.HttpStatus), Is.EqualTo((DataverseOutcomeKind.Succeeded, 204)));
        Assert.That(again.Kind, Is.EqualTo(DataverseOutcomeKind.NotFound));
        Assert.That(dv.Organization.Find("account", id), Is.Null);
    }

    [Test]
    public async Task Errors_carry_Dataverses_code_and_message_as_the_emulator_sent_them()
    {
        await using var dv = await LoopbackDataverse.StartAsync();

        var outcome = await dv.Worker.Client.Records.CreateAsync("accounts", new JsonObject { ["nosuchcolumn"] = "x" });

        Assert.That((outcome.Kind, outcome.HttpStatus), Is.EqualTo((DataverseOutcomeKind.Rejected, 400)));
        Assert.That(outcome.Error!.Message, Does.Contain("Invalid property 'nosuchcolumn'"));
    }
}
