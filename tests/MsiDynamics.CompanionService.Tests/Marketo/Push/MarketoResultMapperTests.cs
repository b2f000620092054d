using System.Text.Json;
using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Push;
using MsiDynamics.CompanionService.Marketo.Transport;

namespace MsiDynamics.CompanionService.Tests.Marketo.Push;

/// <summary>Every input learns its own fate, by <c>seq</c> or by position (marketo.md §2).</summary>
public sealed class MarketoResultMapperTests
{
    [Test]
    public void Lead_results_without_seq_map_to_inputs_by_position()
    {
        var outcomes = Map("""[{"id":50,"status":"created"},{"status":"skipped","reasons":[{"code":"1004","message":"Lead not found"}]},{"id":7,"status":"updated"}]""", 3);

        Assert.That(outcomes.Select(o => o.ToString()), Is.EqualTo(new[] { "Created 50", "Skipped 1004: Lead not found", "Updated 7" }));
        Assert.That(outcomes[1].IsRetryable, Is.False);
    }

    [Test]
    public void Results_with_seq_map_to_their_input_whatever_their_order()
    {
        var outcomes = Map("""[{"seq":2,"status":"created","marketoGUID":"c"},{"seq":0,"status":"updated","marketoGUID":"a"},{"seq":1,"status":"created","marketoGUID":"b"}]""", 3);

        Assert.That(outcomes.Select(o => o.MarketoId), Is.EqualTo(new[] { "a", "b", "c" }));
        Assert.That(outcomes[0].Status, Is.EqualTo(MarketoRecordStatus.Updated));
    }

    [Test]
    public void An_input_without_a_result_is_skipped_and_retryable()
    {
        var outcomes = Map("""[{"seq":0,"status":"created","id":1}]""", 2);

        Assert.That(outcomes[1].Status, Is.EqualTo(MarketoRecordStatus.Skipped));
        Assert.That(outcomes[1].IsRetryable, Is.True);
    }

    [Test]
    public void Record_not_found_on_a_delete_counts_as_deleted()
    {
        var outcomes = Map("""[{"seq":0,"status":"skipped","reasons":[{"code":"1013","message":"Record not found"}]}]""", 1, MarketoOperationKind.Delete);

        Assert.That(outcomes[0].Status, Is.EqualTo(MarketoRecordStatus.Deleted));
        Assert.That(outcomes[0].Code, Is.EqualTo("1013"));
        Assert.That(outcomes[0].Succeeded, Is.True);
    }

    [TestCase("""{"status":"skipped","reasons":[{"code":"1029","message":"Too many jobs"}]}""", "1029", true)]
    [TestCase("""{"status":"skipped","reasons":[{"code":"1036","message":"Duplicate"}]}""", "1036", false)]
    [TestCase("""{"status":"skipped","reasons":[{"code":1006,"message":"Field not found"}]}""", "1006", false)]
    [TestCase("""{"reasons":[{"code":"501","message":"Push failed"}]}""", "501", false)]
    [TestCase("""{"status":"skipped"}""", null, false)]
    public void A_refused_record_carries_Marketos_code_and_whether_to_retry(string result, string? code, bool retryable)
    {
        var outcome = Map($"[{result}]", 1)[0];

        Assert.That(outcome.Status, Is.EqualTo(MarketoRecordStatus.Skipped));
        Assert.That(outcome.Code, Is.EqualTo(code));
        Assert.That(outcome.IsRetryable, Is.EqualTo(retryable));
        Assert.That(outcome.Message, Is.Not.Empty);
    }

    [Test]
    public void Records_of_a_call_that_did_not_complete_are_not_sent_and_retryable()
    {
        var call = MarketoCallOutcome.RetryLater(TimeSpan.FromSeconds(20), "606", "Max rate limit exceeded");

        var outcomes = MarketoResultMapper.NotSent(2, call);

        Assert.That(outcomes, Has.All.Matches<MarketoOutcome>(o => o.Status == MarketoRecordStatus.NotSent && o.IsRetryable));
        Assert.That(outcomes[0].Message, Does.Contain("606"));
    }

    private static MarketoOutcome[] Map(string json, int inputs, MarketoOperationKind kind = MarketoOperationKind.Upsert) =>
        MarketoResultMapper.Map(JsonSerializer.Deserialize<List<MarketoRecordResult>>(json, MarketoJson.Options)!, inputs, kind);
}
