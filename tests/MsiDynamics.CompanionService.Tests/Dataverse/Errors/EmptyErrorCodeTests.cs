using System.Net;
using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.Batch;
using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Errors;

/// <summary>
/// dataverse.md §0.14: a 412 or 404 may come with <c>{"error":{"code":"","message":"…"}}</c>, so the client classifies by
/// the status and by what it sent (If-Match or not, a row or a name), never by the code alone.
/// </summary>
public sealed class EmptyErrorCodeTests
{
    private static readonly Guid Id = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    private const string VersionMismatch = "The version of the existing record doesn't match the RowVersion property provided.";
    private const string Duplicate = "A record with matching key values already exists.";

    [Test]
    public async Task A_412_without_a_code_to_a_PATCH_with_an_ETag_is_a_lost_race()
    {
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.Error(HttpStatusCode.PreconditionFailed, "", VersionMismatch));

        var outcome = await h.Client.Records.UpdateAsync("leads", Id, new JsonObject { ["firstname"] = "Ann" }, "W/\"470867\"");

        Assert.That((outcome.Kind, outcome.Error!.Code), Is.EqualTo((DataverseOutcomeKind.LostRace, string.Empty)));
    }

    [Test]
    public async Task A_412_without_a_code_to_a_create_is_a_refused_duplicate_not_a_lost_race()
    {
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.Error(HttpStatusCode.PreconditionFailed, "", Duplicate));

        var outcome = await h.Client.Records.CreateAsync("leads", new JsonObject { ["leadid"] = Id.ToString("D"), ["lastname"] = "Doe" });

        Assert.That(outcome.Kind, Is.EqualTo(DataverseOutcomeKind.Rejected));
        Assert.That(outcome.Error!.Message, Is.EqualTo(Duplicate));
    }

    [Test]
    public async Task A_404_without_a_code_to_a_PATCH_with_If_Match_any_says_the_row_is_gone()
    {
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.Error(HttpStatusCode.NotFound, "", $"lead With Id = {Id} Does Not Exist"));

        var outcome = await h.Client.Records.UpdateAsync("leads", Id, new JsonObject { ["firstname"] = "Ann" });

        Assert.That(outcome.Kind, Is.EqualTo(DataverseOutcomeKind.NotFound));
        Assert.That(h.Stub.All.Single().Header("If-Match"), Is.EqualTo("*"));
    }

    [Test]
    public async Task Inside_a_batch_a_412_without_a_code_is_a_lost_race_for_a_conditional_PATCH_and_a_refusal_for_a_create()
    {
        var mismatch = $$$"""{"error":{"code":"","message":"{{{VersionMismatch}}}"}}""";
        var duplicate = $$$"""{"error":{"code":"","message":"{{{Duplicate}}}"}}""";
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.Batch(new BatchAnswer().Part(412, mismatch).Part(412, duplicate).Build()));
        var batch = new DataverseBatch { ContinueOnError = true }
            .Add(BatchOperation.Update("leads", Id, new() { ["firstname"] = "Ann" }, "W/\"7\""))
            .Add(BatchOperation.Create("leads", new() { ["leadid"] = Id.ToString("D") }));

        var result = await h.Client.Batches.ExecuteAsync(batch, "test");

        Assert.That(result.Results.Select(r => r.Outcome.Kind), Is.EqualTo(new[] { DataverseOutcomeKind.LostRace, DataverseOutcomeKind.Rejected }));
    }
}
