using System.Net;
using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;

namespace MsiDynamics.CompanionService.Tests.Dataverse;

/// <summary>dataverse.md §6 and Decision 7: create, update with If-Match, delete; 412 and 404 are typed outcomes.</summary>
public sealed class RecordWriteTests
{
    private static readonly Guid Id = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");

    [Test]
    public async Task Create_posts_the_row_and_returns_the_id_from_OData_EntityId()
    {
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.Created($"{DataverseClientHarness.WebApi}msi_syncstates({Id:D})"));

        var outcome = await h.Client.Records.CreateAsync("msi_syncstates", new() { ["msi_name"] = "token", ["msi_value"] = "O'Brian & co" });

        var request = h.Stub.All.Single();
        Assert.That(outcome.Id, Is.EqualTo(Id));
        Assert.That(request.Method, Is.EqualTo("POST"));
        Assert.That(request.RelativePath, Is.EqualTo("msi_syncstates"));
        Assert.That(request.Header("Content-Type"), Does.StartWith("application/json"));
        Assert.That(request.Body, Is.EqualTo("""{"msi_name":"token","msi_value":"O\u0027Brian \u0026 co"}"""));
    }

    [Test]
    public async Task Update_sends_If_Match_star_by_default_so_a_missing_row_is_never_created()
    {
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.NoContent());

        await h.Client.Records.UpdateAsync("leads", Id, new() { ["firstname"] = "Ann" });

        var request = h.Stub.All.Single();
        Assert.That(request.Method, Is.EqualTo("PATCH"));
        Assert.That(request.RelativePath, Is.EqualTo($"leads({Id:D})"));
        Assert.That(request.Header("If-Match"), Is.EqualTo("*"));
    }

    [Test]
    public async Task An_update_with_a_stale_ETag_is_a_LostRace_with_Dataverses_code_and_message()
    {
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.Error(HttpStatusCode.PreconditionFailed,
            "0x80060882", "The version of the existing record doesn't match the RowVersion property provided."));

        var outcome = await h.Client.Records.UpdateAsync("leads", Id, new() { ["firstname"] = "Ann" }, "W/\"470867\"");

        Assert.That(h.Stub.All.Single().Header("If-Match"), Is.EqualTo("W/\"470867\""));
        Assert.That(outcome.Kind, Is.EqualTo(DataverseOutcomeKind.LostRace));
        Assert.That(outcome.Error, Is.EqualTo(new DataverseError("0x80060882", "The version of the existing record doesn't match the RowVersion property provided.")));
        Assert.That(h.Stub.All, Has.Count.EqualTo(1), "a lost race is not retried");
    }

    [Test]
    public async Task An_update_of_a_missing_row_is_NotFound()
    {
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.Error(HttpStatusCode.NotFound, "0x80040217", $"lead With Id = {Id} Does Not Exist"));

        var outcome = await h.Client.Records.UpdateAsync("leads", Id, new() { ["firstname"] = "Ann" });

        Assert.That(outcome.Kind, Is.EqualTo(DataverseOutcomeKind.NotFound));
        Assert.That(outcome.ToString(), Does.Contain("0x80040217").And.Contain("Does Not Exist"));
    }

    [Test]
    public async Task A_rejected_request_surfaces_the_error_code_and_message_and_is_not_retried()
    {
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.Error(HttpStatusCode.BadRequest,
            "0x80044331", "A validation error occurred. The length of the 'msi_name' attribute exceeded the maximum allowed length of '200'."));

        var outcome = await h.Client.Records.CreateAsync("msi_syncstates", new() { ["msi_name"] = new string('x', 300) });

        Assert.That(outcome.Kind, Is.EqualTo(DataverseOutcomeKind.Rejected));
        Assert.That(outcome.HttpStatus, Is.EqualTo(400));
        Assert.That(outcome.Error!.Code, Is.EqualTo("0x80044331"));
        Assert.That(outcome.Error.Message, Does.Contain("msi_name"));
        Assert.That(h.Stub.All, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Delete_sends_DELETE_to_the_row()
    {
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.NoContent());

        var outcome = await h.Client.Records.DeleteAsync("msi_syncstates", Id);

        Assert.That(outcome.IsSuccess, Is.True);
        Assert.That(h.Stub.All.Single().Method, Is.EqualTo("DELETE"));
        Assert.That(h.Stub.All.Single().RelativePath, Is.EqualTo($"msi_syncstates({Id:D})"));
    }
}
