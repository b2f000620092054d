using MsiDynamics.CompanionService.Sync.Completion;
using MsiDynamics.CompanionService.Tests.Sync.Collapse;
using MsiDynamics.Schema;
using static MsiDynamics.CompanionService.Tests.Sync.Completion.Planning;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.CompanionService.Tests.Sync.Completion;

/// <summary>architecture.md §4: <c>msi_lasterror</c> never carries a secret, and fits its 4,000 characters.</summary>
public sealed class CompletionSecretsTests
{
    private const string Token = "eyJhbGciOiJSUzI1NiJ9.eyJvaWQiOiIxIn0.c2lnbmF0dXJl";

    private static readonly PushOutcome[] Leaky =
    [
        PushOutcome.Transient($"identity answered 502 for Authorization: Bearer {Token}"),
        PushOutcome.Rejected("1003", $"bad request client_secret={Token}"),
        PushOutcome.MappingError($$"""identity said {"access_token":"{{Token}}"}"""),
    ];

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(2)]
    public void A_token_in_a_message_never_reaches_the_plan_nor_the_column(int leak)
    {
        var outcome = Leaky[leak];
        var rows = new DueRows();
        rows.Upsert("lead", DueRows.Id(1));

        var end = Planner().Plan(Work(rows), outcome).Rows.Single();

        Assert.That(end.LastError, Does.Not.Contain(Token).And.Contain("(redacted)"));
        Assert.That((string?)end.ToColumns()[Q.LastError], Does.Not.Contain(Token));
    }

    [Test]
    public void A_give_up_reason_longer_than_the_column_is_cut_to_it()
    {
        var rows = new DueRows();
        rows.Add("lead", DueRows.Id(1), QueueOperation.Upsert, attempts: 9);

        var end = Planner().Plan(Work(rows), PushOutcome.Transient(new string('x', 5000))).Rows.Single();

        Assert.That(end.LastError, Has.Length.EqualTo(Q.LastErrorMaxLength).And.StartWith("Gave up after 10 attempts: xxx"));
    }
}
