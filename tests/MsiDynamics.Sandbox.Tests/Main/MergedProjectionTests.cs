using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.Pipeline;
using MsiDynamics.Sandbox.Hosting;
using MsiDynamics.Sandbox.Main;

namespace MsiDynamics.Sandbox.Tests.Main;

/// <summary>A merged-away contact is not compared (its person is kept as Marketo had it); a merged-away account stays a company.</summary>
public sealed class MergedProjectionTests
{
    [Test]
    public void A_merged_away_contact_may_stay_as_it_was_and_a_merged_away_account_stays_a_company()
    {
        var org = new InMemoryOrganization();
        org.RegisterPlugins(PluginAssembly.Capture);
        var service = org.ServiceAs(org.SystemUserId);
        var master = service.Create(new Entity("account") { ["name"] = "Fabrikam" });
        var subordinate = service.Create(new Entity("account") { ["name"] = "Fabrikam Ltd" });
        var contact = service.Create(new Entity("contact") { ["lastname"] = "Ito", ["emailaddress1"] = "ada.ito@fabrikam.example" });
        var duplicate = service.Create(new Entity("contact") { ["lastname"] = "Ito", ["emailaddress1"] = "a.ito@fabrikam.example" });

        Merge(service, "account", master, subordinate);
        Merge(service, "contact", contact, duplicate);
        var projection = MarketoProjection.Of(org);

        Assert.Multiple(() =>
        {
            Assert.That(projection.Of(MarketoObjectKind.Company).Select(c => c.Key), Is.EquivalentTo(new[] { master.ToString("D"), subordinate.ToString("D") }));
            Assert.That(projection.Of(MarketoObjectKind.Person).Select(p => p.Key), Is.EqualTo(new[] { contact.ToString("D") }));
            Assert.That(projection.MayExist, Does.Contain((MarketoObjectKind.Person, duplicate.ToString("D"))));
        });
    }

    private static void Merge(IOrganizationService service, string table, Guid master, Guid subordinate) =>
        service.Execute(new OrganizationRequest("Merge")
        {
            ["Target"] = new EntityReference(table, master),
            ["SubordinateId"] = subordinate,
            ["UpdateContent"] = new Entity(table),
            ["PerformParentingChecks"] = false,
        });
}
