using System.Net;
using System.Text.RegularExpressions;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.Bulk;
using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Bulk;

/// <summary>
/// dataverse.md §0.13: a table that refuses UpdateMultiple (0x80040800 "… does not support entities of type …") gets its
/// rows as $batch PATCHes with If-Match: *, 100 a batch, each row with its own outcome; the refusal is remembered.
/// </summary>
public sealed class UpdateMultipleFallbackTests
{
    private const string Refusal = "The 'UpdateMultiple' method does not support entities of type 'contact'. MessageProcessorCache returned MessageProcessor.Empty.";

    [Test]
    public async Task A_table_that_refuses_UpdateMultiple_gets_batches_of_100_PATCHes_with_If_Match_and_an_outcome_per_row()
    {
        var targets = Targets(250);
        await using var h = DataverseClientHarness.Create(r => Answer(r, "0x80040800", Refusal, missing: targets[1].Id));

        var result = await h.Client.Bulk.UpdateMultipleAsync(DataverseTable.Contact, targets, "test");

        var batches = h.Stub.All.Where(r => r.IsBatch).ToList();
        Assert.That(h.Stub.All[0].RelativePath, Is.EqualTo("contacts/Microsoft.Dynamics.CRM.UpdateMultiple"));
        Assert.That(batches.Select(b => Patches(b).Count), Is.EqualTo(new[] { 100, 100, 50 }));
        Assert.That(batches.SelectMany(Patches).Select(p => p.Groups["id"].Value), Is.EqualTo(targets.Select(t => t.Id.ToString("D"))));
        Assert.That(batches, Has.All.Matches<RecordedDataverseRequest>(b => b.Header("Prefer") == "odata.continue-on-error"
            && Regex.Matches(b.Body, "If-Match: \\*\r\n").Count == Patches(b).Count && !b.Body.Contains("changeset_", StringComparison.Ordinal)));
        Assert.That(result.Outcomes[1].Kind, Is.EqualTo(DataverseOutcomeKind.NotFound), "a missing row fails alone");
        Assert.That(result.Outcomes.Where((_, i) => i != 1), Has.All.Matches<DataverseOutcome>(o => o.IsSuccess));
        Assert.That((result.HttpRequests, result.ByBatch), Is.EqualTo((4, true)));
    }

    [Test]
    public async Task After_one_refusal_later_writes_to_that_table_go_straight_to_batch_and_other_tables_still_use_UpdateMultiple()
    {
        await using var h = DataverseClientHarness.Create(r => Answer(r, "0x80040800", Refusal));

        await h.Client.Bulk.UpdateMultipleAsync(DataverseTable.Contact, Targets(3), "test");
        var before = h.Stub.All.Count;
        var again = await h.Client.Bulk.UpdateMultipleAsync(DataverseTable.Contact, Targets(3), "test");

        Assert.That(h.Stub.All.Skip(before).Select(r => r.RelativePath), Is.EqualTo(new[] { "$batch" }));
        Assert.That((again.AllSucceeded, again.HttpRequests), Is.EqualTo((true, 1)));
        Assert.That(Regex.Matches(h.Logs.All, @"\[4216\]").Count, Is.EqualTo(1), "the refusal is logged once");
    }

    [TestCase("", "The 'UpdateMultiple' method does not support entities of type 'contact'.", HttpStatusCode.BadRequest,
        TestName = "A refusal without a code is recognised by its message (§0.14)")]
    [TestCase("", "UpdateMultiple is not enabled on the entity contact", HttpStatusCode.BadRequest,
        TestName = "'UpdateMultiple is not enabled on the entity' is a refusal too")]
    [TestCase("0x8006088a", "Resource not found for the segment 'Microsoft.Dynamics.CRM.UpdateMultiple'.", HttpStatusCode.NotFound,
        TestName = "A 404 naming the action, not the entity set, is a refusal")]
    public async Task Refusal_shapes(string code, string message, HttpStatusCode status)
    {
        await using var h = DataverseClientHarness.Create(r => r.IsBatch ? Answer(r, code, message) : StubDataverseResponse.Error(status, code, message));

        var result = await h.Client.Bulk.UpdateMultipleAsync(DataverseTable.Contact, Targets(2), "test");

        Assert.That((result.ByBatch, result.AllSucceeded), Is.EqualTo((true, true)));
    }

    [Test]
    public async Task A_row_deleted_meanwhile_fails_only_itself_the_others_are_written_row_by_row()
    {
        var targets = Targets(3);
        var gone = targets[1].Id;
        await using var h = DataverseClientHarness.Create(request => request.IsBatch
            ? Answer(request, string.Empty, string.Empty, gone)
            : StubDataverseResponse.Error(HttpStatusCode.NotFound, "0x80040217", $"contact With Id = {gone} Does Not Exist"));

        var result = await h.Client.Bulk.UpdateMultipleAsync(DataverseTable.Contact, targets, "test");

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcomes.Select(o => o.Kind),
                Is.EqualTo(new[] { DataverseOutcomeKind.Succeeded, DataverseOutcomeKind.NotFound, DataverseOutcomeKind.Succeeded }));
            Assert.That(h.Stub.All.Count(r => r.IsBatch), Is.EqualTo(1));
            Assert.That(Patches(h.Stub.All.Single(r => r.IsBatch)), Has.Count.EqualTo(3));
        });
    }

    [Test]
    public async Task A_rejected_value_is_not_a_refusal_and_sends_no_batch()
    {
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.Error(HttpStatusCode.BadRequest, "0x80044331", "A validation error occurred."));

        var result = await h.Client.Bulk.UpdateMultipleAsync(DataverseTable.Contact, Targets(2), "test");

        Assert.That((h.Stub.All.Count, result.ByBatch, result.Outcomes[0].Kind), Is.EqualTo((1, false, DataverseOutcomeKind.Rejected)));
    }

    private static List<RowUpdate> Targets(int count) =>
        [.. Enumerable.Range(1, count).Select(i => RowUpdate.Of(Guid.Parse($"00000000-0000-4000-8000-{i:D12}"), [new("msi_priority", i)]))];

    private static List<Match> Patches(RecordedDataverseRequest batch) =>
        Regex.Matches(batch.Body, @"^PATCH \S+contacts\((?<id>[0-9a-f-]{36})\) HTTP/1.1", RegexOptions.Multiline).ToList();

    /// <summary>UpdateMultiple refused with <paramref name="code"/>; a $batch answered 204 per PATCH, 404 for <paramref name="missing"/>.</summary>
    private static StubDataverseResponse Answer(RecordedDataverseRequest request, string code, string message, Guid? missing = null)
    {
        if (!request.IsBatch)
        {
            return StubDataverseResponse.Error(HttpStatusCode.BadRequest, code, message);
        }

        var answer = new BatchAnswer();
        foreach (var patch in Patches(request))
        {
            var id = Guid.Parse(patch.Groups["id"].Value);
            answer = id == missing
                ? answer.Part(404, $$$"""{"error":{"code":"","message":"contact With Id = {{{id}}} Does Not Exist"}}""")
                : answer.Part(204);
        }

        return StubDataverseResponse.Batch(answer.Build());
    }
}
