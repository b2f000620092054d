using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Companies;
using MsiDynamics.CompanionService.Marketo.Describe;
using MsiDynamics.CompanionService.Marketo.Leads;
using MsiDynamics.CompanionService.Marketo.Opportunities;
using MsiDynamics.CompanionService.Marketo.OpportunityRoles;
using MsiDynamics.CompanionService.Marketo.Push;
using MsiDynamics.CompanionService.Marketo.SalesPersons;
using MsiDynamics.CompanionService.Tests.Marketo.Support;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Marketo.Loopback;

/// <summary>Every endpoint of the client against the emulator over loopback HTTP, in MSI's sync order.</summary>
public sealed class EndpointRoundTripTests
{
    [Test]
    public async Task The_five_objects_sync_in_order_and_Marketo_holds_them_linked()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var users = await h.Client.SalesPersons.SyncAsync([new MarketoSalesPerson(Id("u-1"), "owner@example.com", "Olive", "Owner")]);
        var accounts = await h.Client.Companies.SyncAsync([new MarketoCompany(Id("a-1"), "Contoso", Id("u-1"))]);
        var people = await h.Client.Leads.SyncAsync([new MarketoLead(Id("c-1"), null, "pat@contoso.com",
            new Dictionary<string, object?> { ["firstName"] = "Pat", ["externalCompanyId"] = Id("a-1"), ["externalSalesPersonId"] = Id("u-1") })]);
        var leadId = long.Parse(people.Records[0].MarketoId!, System.Globalization.CultureInfo.InvariantCulture);
        var deals = await h.Client.Opportunities.SyncAsync([new MarketoOpportunity(Id("o-1"), "Chairs", Id("a-1"), Id("u-1"))]);
        var roles = await h.Client.OpportunityRoles.SyncAsync([new MarketoOpportunityRole(new(Id("o-1"), leadId, "Decision Maker"), IsPrimary: true)]);

        Assert.That(new[] { users, accounts, people, deals, roles }.SelectMany(r => r.Records).Select(r => r.Status),
            Has.All.EqualTo(MarketoRecordStatus.Created));
        Assert.That(h.Emulator.Store.Leads.Single().ExternalCompanyId, Is.EqualTo(TestRecordIds.Text("a-1")));
        Assert.That(h.Emulator.Store.OpportunityRoles, Has.Count.EqualTo(1));
        Assert.That(h.Emulator.Store.DanglingReferences, Is.Empty);
        Assert.That(roles.Records[0].MarketoId, Is.Not.Null.And.Not.Empty);
    }

    [Test]
    public async Task A_second_sync_updates_by_id_and_deletes_remove_every_object()
    {
        await using var h = await EmulatorHarness.StartAsync();
        await h.Client.SalesPersons.SyncAsync([new MarketoSalesPerson(Id("u-1"), "owner@example.com")]);
        await h.Client.Companies.SyncAsync([new MarketoCompany(Id("a-1"), "Contoso")]);
        var created = await h.Client.Leads.SyncAsync([new MarketoLead(Id("c-1"), null, "pat@contoso.com")]);
        var leadId = long.Parse(created.Records[0].MarketoId!, System.Globalization.CultureInfo.InvariantCulture);
        await h.Client.Opportunities.SyncAsync([new MarketoOpportunity(Id("o-1"), "Chairs", Id("a-1"), Id("u-1"))]);
        await h.Client.OpportunityRoles.SyncAsync([new MarketoOpportunityRole(new(Id("o-1"), leadId, "Champion"))]);

        var updated = await h.Client.Leads.SyncAsync([new MarketoLead(Id("c-1"), leadId, "pat.new@contoso.com")]);
        var deletes = new[]
        {
            await h.Client.OpportunityRoles.DeleteAsync([new(Id("o-1"), leadId, "Champion")]),
            await h.Client.Opportunities.DeleteAsync([Id("o-1")]),
            await h.Client.Leads.DeleteAsync([leadId]),
            await h.Client.Companies.DeleteAsync([Id("a-1")]),
            await h.Client.SalesPersons.DeleteAsync([Id("u-1")]),
        };
        var again = await h.Client.Companies.DeleteAsync([Id("a-1")]);

        Assert.That(updated.Records[0], Is.EqualTo(MarketoOutcome.Updated(leadId.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        Assert.That(deletes.Select(d => d.Records[0].Status), Has.All.EqualTo(MarketoRecordStatus.Deleted));
        Assert.That(again.Records[0].Succeeded, Is.True, "deleting what is already gone counts as deleted");
        Assert.That(h.Emulator.Store.Leads, Is.Empty);
        Assert.That(h.Emulator.Store.Companies, Is.Empty);
    }

    [Test]
    public async Task Leads_are_read_by_externalPersonId_and_by_id_with_their_MSI_fields()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var pushed = await h.Client.Leads.SyncAsync([new MarketoLead(Id("c-1"), null, "pat@contoso.com"), new MarketoLead(Id("c-2"), null, "sam@contoso.com")]);
        var id = int.Parse(pushed.Records[0].MarketoId!, System.Globalization.CultureInfo.InvariantCulture);
        h.Emulator.RecordInterestingMoment(id, "Web", "Visited pricing page", "Web page");

        var byGuid = await h.Client.Leads.GetByExternalPersonIdsAsync(TestRecordIds.Of("c-1", "c-2", "c-missing"), MarketoLeadFields.IdentityAndMsi);
        var byId = await h.Client.Leads.GetByIdsAsync([id], MarketoLeadFields.Msi);

        Assert.That(byGuid.Items.Select(l => l.ExternalPersonId), Is.EquivalentTo(new[] { TestRecordIds.Text("c-1"), TestRecordIds.Text("c-2") }));
        var msi = byId.Items.Single().Msi;
        Assert.That((msi.LastInterestingMomentType, msi.LastInterestingMomentDesc), Is.EqualTo(("Web", "Visited pricing page")));
        Assert.That(msi.LastInterestingMomentDate, Is.Not.Null);
        Assert.That(h.Traffic.RecordsByEndpoint.Keys, Does.Contain("GET /rest/v1/leads.json"), "queries travel as POST …?_method=GET");
    }

    [Test]
    public async Task Interesting_moments_are_read_incrementally_from_the_activity_stream()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var pushed = await h.Client.Leads.SyncAsync([new MarketoLead(Id("c-1"), null, "pat@contoso.com")]);
        var id = int.Parse(pushed.Records[0].MarketoId!, System.Globalization.CultureInfo.InvariantCulture);
        var types = await h.Client.Activities.GetTypesAsync();
        var momentType = types.Items.Single(t => t.Name == "Interesting Moment").Id;
        var start = await h.Client.Activities.GetPagingTokenAsync(DateTimeOffset.UtcNow.AddMinutes(-1));

        h.Emulator.RecordInterestingMoment(id, "Email", "Opened the offer", "Email");
        var first = await h.Client.Activities.GetActivitiesAsync(start.NextPageToken!, [momentType]);
        var second = await h.Client.Activities.GetActivitiesAsync(first.NextPageToken!, [momentType]);

        Assert.That(first.Items.Select(a => a.LeadId), Is.EqualTo(new[] { (long)id }));
        Assert.That(first.Items[0].ActivityTypeId, Is.EqualTo(momentType));
        Assert.That(second.Items, Is.Empty, "the token moves past what was read");
        Assert.That(second.NextPageToken, Is.Not.Null);
    }

    [TestCase(MarketoObjectType.SalesPersons, "externalSalesPersonId")]
    [TestCase(MarketoObjectType.Companies, "externalCompanyId")]
    [TestCase(MarketoObjectType.Leads, "externalPersonId")]
    [TestCase(MarketoObjectType.Opportunities, "externalOpportunityId")]
    [TestCase(MarketoObjectType.OpportunityRoles, "role")]
    public async Task Describe_lists_the_fields_the_sync_writes(object type, string field)
    {
        await using var h = await EmulatorHarness.StartAsync();

        var page = await h.Client.Describe.DescribeAsync((MarketoObjectType)type);

        Assert.That(page.Call.IsSuccess, Is.True, page.Call.ToString());
        Assert.That(page.Items.Single().Field(field), Is.Not.Null);
    }

    [Test]
    public async Task Describe_of_leads_shows_the_MSI_fields_read_only()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var leads = (await h.Client.Describe.DescribeAsync(MarketoObjectType.Leads)).Items.Single();

        Assert.That(leads.ReadOnly(MarketoLeadFields.Msi), Does.Contain(MarketoLeadFields.LastInterestingMomentType));
        Assert.That(leads.Missing([MarketoLeadFields.Email, MarketoLeadFields.ExternalPersonId]), Is.Empty);
    }

    private static RecordId Id(string label) => TestRecordIds.Of(label);
}
