using MsiDynamics.CompanionService.Marketo.Describe;
using MsiDynamics.CompanionService.Sync.Collapse;
using MsiDynamics.CompanionService.Sync.References;
using static MsiDynamics.CompanionService.Tests.Sync.References.StubDynamicsRows;

namespace MsiDynamics.CompanionService.Tests.Sync.References;

/// <summary>architecture.md §3.9: what refers to a record Marketo has not seen waits for that record to be pushed first.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class ReferenceClosureTests
{
    private static readonly RecordKey Owner = Key("systemuser", 1);
    private static readonly RecordKey OtherOwner = Key("systemuser", 2);
    private static readonly RecordKey Account = Key("account", 10);
    private static readonly RecordKey Lead = Key("lead", 20);
    private static readonly RecordKey Opportunity = Key("opportunity", 30);

    private readonly StubMarketoCheck _marketo = new();
    private readonly StubDynamicsRows _dynamics = new();
    private readonly KnownInMarketo _known = new();

    [Test]
    public async Task A_lead_whose_company_and_owner_are_pushed_in_the_same_cycle_needs_no_check()
    {
        var result = await CloseAsync(Refers(Owner, []), Refers(Account, [Owner]), Refers(Lead, [Account, Owner]));

        Assert.That(_marketo.Calls, Is.Empty);
        Assert.That(result.PushFirst, Is.Empty);
    }

    [Test]
    public async Task A_company_known_in_Marketo_needs_no_check()
    {
        _known.Remember(MarketoObjectType.Companies, Account.RecordId);
        _known.Remember(MarketoObjectType.SalesPersons, Owner.RecordId);

        var result = await CloseAsync(Refers(Lead, [Account, Owner]));

        Assert.That(_marketo.Calls, Is.Empty);
        Assert.That(result.PushFirst, Is.Empty);
    }

    [Test]
    public async Task Unknown_references_are_checked_at_most_300_a_call()
    {
        var accounts = Enumerable.Range(1000, 650).Select(n => Key("account", n)).ToList();
        foreach (var account in accounts)
        {
            _marketo.Existing.Add(account.RecordId);
        }

        var result = await CloseAsync([.. accounts.Select((a, i) => new ReferringRecord(Key("contact", i + 5000), [a]))]);

        Assert.That(_marketo.Calls.Select(c => c.Ids.Count), Is.EqualTo(new[] { 300, 300, 50 }));
        Assert.That(_marketo.Calls.Select(c => c.Type), Is.All.EqualTo(MarketoObjectType.Companies));
        Assert.That(result.PushFirst, Is.Empty);
    }

    [Test]
    public async Task A_company_Marketo_lacks_is_pushed_first_and_its_own_owner_is_closed_over_too()
    {
        _dynamics.Add(Account, OtherOwner);
        _dynamics.Add(OtherOwner);
        _marketo.Existing.Add(Owner.RecordId);

        var result = await CloseAsync(Refers(Opportunity, [Account, Owner]));

        Assert.That(result.PushFirst, Is.EqualTo(new[] { OtherOwner, Account }));
        Assert.That(result.Dangling, Is.Empty);
    }

    [Test]
    public async Task Records_to_push_first_follow_the_object_order()
    {
        _dynamics.Add(Opportunity, Account);
        _dynamics.Add(Lead, Account);
        _dynamics.Add(Account, Owner);
        _dynamics.Add(Owner);

        var result = await CloseAsync(Refers(Key("connection", 40), [Opportunity, Lead]));

        Assert.That(result.PushFirst, Is.EqualTo(new[] { Owner, Account, Lead, Opportunity }));
    }

    [Test]
    public async Task A_reference_gone_from_Dynamics_too_gives_its_referrer_a_reason_to_dead_letter()
    {
        var result = await CloseAsync(Refers(Lead, [Account]));

        Assert.That(result.PushFirst, Is.Empty);
        Assert.That(result.Dangling, Has.Count.EqualTo(1));
        Assert.That(result.Dangling[0].Referrer, Is.EqualTo(Lead));
        Assert.That(result.Dangling[0].Reason, Does.Contain($"account {Account.RecordId}").And.Contain("no longer exists in Dynamics"));
    }

    [Test]
    public async Task A_reference_Marketo_confirmed_is_not_checked_again_in_the_next_cycle()
    {
        _marketo.Existing.Add(Account.RecordId);

        await CloseAsync(Refers(Lead, [Account]));
        await CloseAsync(Refers(Key("lead", 21), [Account]));

        Assert.That(_marketo.Calls, Has.Count.EqualTo(1));
        Assert.That(_known.Contains(MarketoObjectType.Companies, Account.RecordId), Is.True);
    }

    private static ReferringRecord Refers(RecordKey record, RecordKey[] references) => new(record, references);

    private Task<ClosureResult> CloseAsync(params ReferringRecord[] records) =>
        new ReferenceClosure(_marketo, _dynamics, _known).CloseAsync(records, CancellationToken.None);
}
