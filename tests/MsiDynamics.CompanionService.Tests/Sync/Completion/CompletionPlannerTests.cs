using MsiDynamics.CompanionService.Sync.Completion;
using MsiDynamics.CompanionService.Tests.Sync.Collapse;
using MsiDynamics.Schema;
using static MsiDynamics.CompanionService.Tests.Sync.Completion.Planning;

namespace MsiDynamics.CompanionService.Tests.Sync.Completion;

/// <summary>architecture.md §3.7: each push outcome ends the record's latest row as an admin expects.</summary>
public sealed class CompletionPlannerTests
{
    private static readonly RecordId Ann = DueRows.Id(1);

    [Test]
    public void A_lead_Marketo_created_succeeds_with_its_id_and_the_lead_id_to_write_back()
    {
        var rows = new DueRows();
        var row = rows.Add("lead", Ann, QueueOperation.Upsert, attempts: 2);

        var plan = Planner().Plan(Work(rows), PushOutcome.Succeeded("4711"));

        var end = plan.Rows.Single();
        Assert.That((end.Id, end.Status, end.Attempts, end.MarketoId, end.LastError), Is.EqualTo((row.Id, QueueStatus.Succeeded, 3, "4711", (string?)null)));
        Assert.That(plan.MarketoLeadId, Is.EqualTo("4711"));
        Assert.That(plan.QuotaExhausted, Is.False);
    }

    [TestCase("account", QueueOperation.Upsert)]
    [TestCase("contact", QueueOperation.Delete)]
    public void Only_an_upserted_person_has_a_lead_id_to_write_back(string entity, QueueOperation operation)
    {
        var rows = new DueRows();
        rows.Add(entity, Ann, operation);

        var plan = Planner().Plan(Work(rows), PushOutcome.Succeeded("88"));

        Assert.That((plan.Rows.Single().MarketoId, plan.MarketoLeadId), Is.EqualTo(("88", (string?)null)));
    }

    [Test]
    public void A_record_Marketo_refuses_is_dead_lettered_with_its_code_and_message()
    {
        var rows = new DueRows();
        rows.Upsert("lead", Ann);

        var end = Planner().Plan(Work(rows), PushOutcome.Rejected("1003", "Invalid value for field 'x'")).Rows.Single();

        Assert.That(end.Status, Is.EqualTo(QueueStatus.DeadLettered));
        Assert.That(end.Attempts, Is.EqualTo(1));
        Assert.That(end.LastError, Does.StartWith($"Marketo refused the lead {Ann} (1003 Invalid value for field 'x')."));
    }

    [TestCase("1003", "Invalid value for field 'x'", "Correct the record in Dynamics")]
    [TestCase("1006", "Field 'company' not found", "restore it in Marketo or change the mapping")]
    [TestCase("1007", "Multiple leads match the lookup criteria", "merge the duplicates in Marketo")]
    public void A_refusal_says_where_it_is_fixed_in_the_record_or_in_Marketo(string code, string message, string advice)
    {
        var rows = new DueRows();
        rows.Upsert("lead", Ann);

        var end = Planner().Plan(Work(rows), PushOutcome.Rejected(code, message)).Rows.Single();

        Assert.That(end.LastError, Does.StartWith($"Marketo refused the lead {Ann} ({code} {message}).").And.Contain(advice));
    }

    [Test]
    public void A_mapping_error_is_dead_lettered_with_the_mapper_s_words_and_no_attempt_counted()
    {
        var rows = new DueRows();
        rows.Upsert("lead", Ann);
        const string why = "numberofemployees value 'many' cannot be sent to Marketo field 'numberOfEmployees' (integer): not a number.";

        var end = Planner().Plan(Work(rows), PushOutcome.MappingError(why)).Rows.Single();

        Assert.That((end.Status, end.Attempts, end.LastError), Is.EqualTo((QueueStatus.DeadLettered, 0, why)));
    }

    [Test]
    public void A_transient_failure_schedules_a_retry_within_the_first_step()
    {
        var rows = new DueRows();
        rows.Upsert("lead", Ann);

        var end = Planner().Plan(Work(rows), PushOutcome.Transient("Marketo unavailable (608)")).Rows.Single();

        Assert.That((end.Status, end.Attempts), Is.EqualTo((QueueStatus.RetryScheduled, 1)));
        Assert.That(end.NextAttemptOn, Is.InRange(Now.AddSeconds(15), Now.AddSeconds(30)));
        Assert.That(end.LastError, Is.EqualTo("Attempt 1 of 10 failed: Marketo unavailable (608)"));
    }

    [Test]
    public void A_transient_failure_on_the_last_allowed_attempt_gives_up()
    {
        var rows = new DueRows();
        rows.Add("lead", Ann, QueueOperation.Upsert, status: QueueStatus.RetryScheduled, attempts: 9);

        var end = Planner().Plan(Work(rows), PushOutcome.Transient("Marketo unavailable (608)")).Rows.Single();

        Assert.That((end.Status, end.Attempts, end.NextAttemptOn), Is.EqualTo((QueueStatus.DeadLettered, 10, (DateTimeOffset?)null)));
        Assert.That(end.LastError, Is.EqualTo("Gave up after 10 attempts: Marketo unavailable (608)"));
    }

    [Test]
    public void A_spent_quota_changes_no_row_and_says_so()
    {
        var rows = new DueRows();
        rows.Upsert("lead", Ann);
        rows.Upsert("lead", Ann);

        var plan = Planner().Plan(Work(rows), PushOutcome.QuotaExhausted("607 Daily quota reached"));

        Assert.That(plan.Rows, Is.Empty, "the rows stay due as they were, attempts unchanged");
        Assert.That(plan.QuotaExhausted, Is.True);
    }

    [Test]
    public void An_upsert_of_a_record_deleted_in_Dynamics_is_superseded_saying_so()
    {
        var rows = new DueRows();
        rows.Upsert("opportunity", Ann);

        var end = Planner().Plan(Work(rows), PushOutcome.RecordGone).Rows.Single();

        Assert.That(end.Status, Is.EqualTo(QueueStatus.Superseded));
        Assert.That(end.LastError, Does.StartWith("The record no longer exists in Dynamics"));
    }

    [Test]
    public void Every_row_of_a_switched_off_table_is_superseded_naming_the_table()
    {
        var rows = new DueRows();
        rows.Upsert("account", Ann);
        rows.Delete("account", Ann);

        var plan = Planner().Plan(Work(rows), PushOutcome.EntityDisabled);

        Assert.That(plan.Rows.Select(r => r.Id), Is.EqualTo(rows.All.Select(r => r.Id)));
        Assert.That(plan.Rows.Select(r => r.Status), Is.All.EqualTo(QueueStatus.Superseded));
        Assert.That(plan.Rows.Select(r => r.LastError), Is.All.StartsWith("Sync of account is switched off"));
    }

    [Test]
    public void A_stopped_run_changes_no_row_and_counts_no_attempt()
    {
        var rows = new DueRows();
        rows.Upsert("lead", Ann);

        var plan = Planner().Plan(Work(rows), PushOutcome.RunStopped("Stopped: 603 Access denied"));

        Assert.That((plan.Rows.Count, plan.RunStopped, plan.QuotaExhausted), Is.EqualTo((0, true, false)));
    }

    [Test]
    public void A_lead_whose_person_stands_for_a_contact_is_superseded_with_that_reason()
    {
        var rows = new DueRows();
        rows.Upsert("lead", Ann);
        const string why = "Marketo's person with this e-mail address stands for a contact (Decision 4). Nothing to do.";

        var end = Planner().Plan(Work(rows), PushOutcome.Superseded(why)).Rows.Single();

        Assert.That((end.Status, end.LastError), Is.EqualTo((QueueStatus.Superseded, why)));
    }
}
