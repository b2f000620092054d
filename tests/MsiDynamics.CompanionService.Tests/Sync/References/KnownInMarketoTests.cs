using MsiDynamics.CompanionService.Marketo.Describe;
using MsiDynamics.CompanionService.Sync.References;
using static MsiDynamics.CompanionService.Tests.Sync.References.StubDynamicsRows;

namespace MsiDynamics.CompanionService.Tests.Sync.References;

/// <summary>architecture.md §3.9: the process remembers what exists in Marketo, per object, within a bound.</summary>
public sealed class KnownInMarketoTests
{
    [Test]
    public void A_confirmed_record_is_known_until_its_delete_is_pushed()
    {
        var known = new KnownInMarketo();
        var account = Key("account", 1).RecordId;

        known.Remember(MarketoObjectType.Companies, account);
        var before = known.Contains(MarketoObjectType.Companies, account);
        known.Forget(MarketoObjectType.Companies, account);

        Assert.That(before, Is.True);
        Assert.That(known.Contains(MarketoObjectType.Companies, account), Is.False);
    }

    [Test]
    public void An_id_known_for_one_object_is_not_known_for_another()
    {
        var known = new KnownInMarketo();
        var id = Key("account", 1).RecordId;

        known.Remember(MarketoObjectType.Companies, id);

        Assert.That(known.Contains(MarketoObjectType.SalesPersons, id), Is.False);
    }

    [Test]
    public void A_full_set_starts_over_rather_than_growing()
    {
        var known = new KnownInMarketo(capacity: 2);
        var first = Key("account", 1).RecordId;
        var second = Key("account", 2).RecordId;
        var third = Key("account", 3).RecordId;

        known.Remember(MarketoObjectType.Companies, first);
        known.Remember(MarketoObjectType.Companies, second);
        known.Remember(MarketoObjectType.Companies, third);

        Assert.That(known.Contains(MarketoObjectType.Companies, first), Is.False);
        Assert.That(known.Contains(MarketoObjectType.Companies, third), Is.True);
    }
}
