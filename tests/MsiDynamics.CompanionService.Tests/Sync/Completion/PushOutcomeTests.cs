using MsiDynamics.CompanionService.Marketo.Limits;
using MsiDynamics.CompanionService.Marketo.Push;
using MsiDynamics.CompanionService.Marketo.Transport;
using MsiDynamics.CompanionService.Sync.Completion;

namespace MsiDynamics.CompanionService.Tests.Sync.Completion;

/// <summary>marketo.md §5.2, §5.3, D9: a record's fate from Marketo's client becomes the completion's outcome.</summary>
public sealed class PushOutcomeTests
{
    private static readonly DateTimeOffset Midnight = new(2026, 3, 2, 6, 0, 0, TimeSpan.Zero);
    private static readonly MarketoCallOutcome Quota =
        MarketoCallOutcome.QuotaExhausted(new MarketoQuotaState(50000, 50000, 1000, Midnight, true), "607", "Daily quota reached");

    [Test]
    public void A_created_record_succeeds_with_Marketo_s_id()
    {
        var outcome = PushOutcome.From(MarketoOutcome.Created("4711"), MarketoCallOutcome.Succeeded);

        Assert.That((outcome.Kind, outcome.MarketoId, outcome.Existed), Is.EqualTo((PushOutcomeKind.Succeeded, "4711", false)));
    }

    [Test]
    public void An_updated_record_succeeds_and_says_Marketo_held_it_before()
    {
        var outcome = PushOutcome.From(MarketoOutcome.Updated("4711"), MarketoCallOutcome.Succeeded);

        Assert.That((outcome.Kind, outcome.MarketoId, outcome.Existed), Is.EqualTo((PushOutcomeKind.Succeeded, "4711", true)));
    }

    [Test]
    public void A_delete_of_a_record_Marketo_no_longer_has_succeeds()
    {
        var outcome = PushOutcome.From(MarketoOutcome.Deleted(null, "1013", "Record not found"), MarketoCallOutcome.Succeeded);

        Assert.That(outcome.Kind, Is.EqualTo(PushOutcomeKind.Succeeded));
    }

    [Test]
    public void A_permanent_refusal_keeps_Marketo_s_code_and_message()
    {
        var outcome = PushOutcome.From(MarketoOutcome.Skipped("1003", "Invalid value for field 'x'", retryable: false), MarketoCallOutcome.Succeeded);

        Assert.That((outcome.Kind, outcome.Code, outcome.Message), Is.EqualTo((PushOutcomeKind.Rejected, "1003", "Invalid value for field 'x'")));
    }

    [Test]
    public void A_refusal_that_may_pass_later_is_transient()
    {
        var outcome = PushOutcome.From(MarketoOutcome.Skipped("1029", "Too many jobs in queue", retryable: true), MarketoCallOutcome.Succeeded);

        Assert.That(outcome.Kind, Is.EqualTo(PushOutcomeKind.Transient));
        Assert.That(outcome.Message, Does.Contain("1029 Too many jobs in queue"));
    }

    [Test]
    public void A_record_not_sent_because_the_quota_is_spent_leaves_its_rows_due()
    {
        var outcome = PushOutcome.From(MarketoOutcome.NotSent("Not sent: quota"), Quota);

        Assert.That(outcome.Kind, Is.EqualTo(PushOutcomeKind.QuotaExhausted));
    }

    [Test]
    public void A_record_not_sent_because_the_run_stopped_is_not_held_against_it()
    {
        var outcome = PushOutcome.From(MarketoOutcome.NotSent("Not sent"), MarketoCallOutcome.Stopped("603", "Access denied"));

        Assert.That(outcome.Kind, Is.EqualTo(PushOutcomeKind.RunStopped));
    }

    [Test]
    public void A_record_not_sent_during_an_outage_is_transient_with_the_reason()
    {
        var call = MarketoCallOutcome.RetryLater(TimeSpan.FromSeconds(20), "608", "API temporarily unavailable");

        var outcome = PushOutcome.From(MarketoOutcome.NotSent("Not sent: 608 API temporarily unavailable"), call);

        Assert.That((outcome.Kind, outcome.Message), Is.EqualTo((PushOutcomeKind.Transient, "Not sent: 608 API temporarily unavailable")));
    }

    [Test]
    public void A_record_the_batch_superseded_is_superseded_with_its_reason()
    {
        var outcome = PushOutcome.From(MarketoOutcome.Superseded("a later record had the same e-mail"), MarketoCallOutcome.Succeeded);

        Assert.That((outcome.Kind, outcome.Message), Is.EqualTo((PushOutcomeKind.Superseded, "a later record had the same e-mail")));
    }
}
