using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Xrm.Sdk;
using MsiDynamics.Schema;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.CompanionService.Tests.Sync.Drain;

/// <summary>
/// A push can land in Marketo while the worker stops before it writes the Marketo lead id and ends the rows; the rows come
/// back due, and by then the address may have changed. The retry must update that person, not create a second one.
/// </summary>
public sealed class DrainEarlierPushTests
{
    [Test]
    public async Task A_person_pushed_before_a_stop_and_readdressed_since_stays_one_Marketo_person()
    {
        await using var rig = await DrainRig.StartAsync();
        var org = SmallOrg.Save(rig);
        await rig.DrainAsync();
        var pushed = rig.Store.Leads.Single(l => l.ExternalPersonId == org.Contact.ToString()).Id;

        rig.LoseLastPushAnswer(DataverseSchema.Contact.EntityName, org.Contact);
        rig.Rep.Update(new Entity(DataverseSchema.Contact.EntityName, org.Contact.Value) { ["emailaddress1"] = "cy.champion@fabrikam.example" });
        await rig.DrainAsync();

        var persons = rig.Store.Leads.Where(l => l.ExternalPersonId == org.Contact.ToString()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(persons.Select(p => p.Id), Is.EqualTo(new[] { pushed }));
            Assert.That(persons.Single().Email, Is.EqualTo("cy.champion@fabrikam.example"));
            Assert.That(rig.Org.Find(DataverseSchema.Contact.EntityName, org.Contact.Value)!.GetAttributeValue<string>(DataverseSchema.MsiColumns.MarketoLeadId),
                Is.EqualTo(pushed.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        });
    }

    [Test]
    public async Task A_person_readdressed_while_no_row_was_queued_after_an_unanswered_push_stays_one_Marketo_person()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        await using var rig = await DrainRig.StartAsync(dataverse: o => o.TimeProvider = clock);
        var org = SmallOrg.Save(rig);
        await rig.DrainAsync();
        var pushed = rig.Store.Leads.Single(l => l.ExternalPersonId == org.Contact.ToString()).Id;

        // The push of the contact's creation landed but its answer was lost: the id unwritten, its only row due again.
        // Then its address changed while contact sync was off, so no row was queued for that.
        clock.Advance(TimeSpan.FromMinutes(5));
        rig.Rep.Update(new Entity(DataverseSchema.Contact.EntityName, org.Contact.Value)
        {
            [DataverseSchema.MsiColumns.MarketoLeadId] = null, ["emailaddress1"] = "cy.champion@fabrikam.example",
        });
        var rows = rig.QueueRows.Where(r => r.GetAttributeValue<string>(Q.RecordId) == org.Contact.ToString()).ToList();
        rig.Rep.Delete(Q.EntityName, rows[^1].Id);
        rig.Rep.Update(new Entity(Q.EntityName, rows[0].Id) { [Q.Status] = new OptionSetValue((int)QueueStatus.Pending) });
        await rig.DrainAsync();

        var persons = rig.Store.Leads.Where(l => l.ExternalPersonId == org.Contact.ToString()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(persons.Select(p => p.Id), Is.EqualTo(new[] { pushed }));
            Assert.That(persons.Single().Email, Is.EqualTo("cy.champion@fabrikam.example"));
        });
    }

    [Test]
    public async Task A_failed_look_up_of_an_earlier_push_leaves_the_rows_to_retry_instead_of_making_a_second_person()
    {
        var refusal = new LookupRefusal();
        await using var rig = await DrainRig.StartAsync(worker: s => s.AddHttpClient("Marketo").AddHttpMessageHandler(() => refusal));
        var org = SmallOrg.Save(rig);
        await rig.DrainAsync();
        var pushed = rig.Store.Leads.Single(l => l.ExternalPersonId == org.Contact.ToString()).Id;
        rig.LoseLastPushAnswer(DataverseSchema.Contact.EntityName, org.Contact);
        rig.Rep.Update(new Entity(DataverseSchema.Contact.EntityName, org.Contact.Value) { ["emailaddress1"] = "cy.champion@fabrikam.example" });

        refusal.Refusing = true;
        await rig.Cycle.RunAsync(CancellationToken.None);
        var whileRefused = (Persons: rig.Store.Leads.Count(l => l.ExternalPersonId == org.Contact.ToString()), Ends: rig.RowsOf(org.Contact.Value));
        refusal.Refusing = false;
        foreach (var due in rig.QueueRows.Where(r => r.GetAttributeValue<string>(Q.RecordId) == org.Contact.ToString()
            && r.GetAttributeValue<OptionSetValue>(Q.Status)?.Value == (int)QueueStatus.RetryScheduled))
        {
            rig.Rep.Update(new Entity(Q.EntityName, due.Id) { [Q.NextAttemptOn] = DateTime.UtcNow.AddMinutes(-1) });
        }

        await rig.DrainAsync();

        var persons = rig.Store.Leads.Where(l => l.ExternalPersonId == org.Contact.ToString()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(refusal.Refused, Is.Positive);
            Assert.That(whileRefused.Persons, Is.EqualTo(1));
            Assert.That(whileRefused.Ends.Where(e => e.Status != QueueStatus.Succeeded).Select(e => e.LastError),
                Has.Some.Contains("could not be read"), "the rows wait for the look-up, saying why");
            Assert.That(persons.Select(p => p.Id), Is.EqualTo(new[] { pushed }));
            Assert.That(persons.Single().Email, Is.EqualTo("cy.champion@fabrikam.example"));
            Assert.That(rig.Org.Find(DataverseSchema.Contact.EntityName, org.Contact.Value)!.GetAttributeValue<string>(DataverseSchema.MsiColumns.MarketoLeadId),
                Is.EqualTo(pushed.ToString(CultureInfo.InvariantCulture)));
        });
    }
}
