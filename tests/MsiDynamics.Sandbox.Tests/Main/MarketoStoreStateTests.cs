using Microsoft.Extensions.DependencyInjection;
using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.OpportunityRoles;
using MsiDynamics.Emulators.Marketo;
using MsiDynamics.Sandbox.Hosting;
using MsiDynamics.Sandbox.Main;
using MsiDynamics.Schema;
using static MsiDynamics.Sandbox.Tests.Main.StateBuilder;

namespace MsiDynamics.Sandbox.Tests.Main;

/// <summary>
/// The Marketo side of the comparison: records keyed by the Dynamics ids they carry, a role's person found through its
/// Marketo lead id, and Marketo's own references to nothing.
/// </summary>
public sealed class MarketoStoreStateTests
{
    [Test]
    public async Task Records_Marketo_holds_compare_clean_with_the_objects_they_stand_for_roles_included()
    {
        await using var marketo = await MarketoEmulator.StartAsync(
            new MarketoEmulatorOptions { ClientId = SandboxWorker.MarketoClientId, ClientSecret = SandboxWorker.MarketoClientSecret });
        marketo.SeedSalesPerson(Ann, "ann.seller@contoso.example");
        marketo.SeedCompany(Fabrikam, Ann, "Fabrikam Ltd");
        var cy = marketo.SeedLead("cy@fabrikam.example", new Dictionary<string, string?>
        {
            ["externalPersonId"] = Cy, ["externalCompanyId"] = Fabrikam, ["externalSalesPersonId"] = Ann, ["title"] = "CTO",
        });
        marketo.SeedOpportunity(Renewal, "Fabrikam renewal", Fabrikam, Ann);
        await using var services = SandboxWorker.Build(null, marketo.BaseUrl);
        var pushed = await services.GetRequiredService<MarketoClient>().OpportunityRoles.SyncAsync(
            [new MarketoOpportunityRole(new MarketoOpportunityRoleKey(RecordId.From(Renewal, "opportunity"), cy.Id, "Champion"))]);
        Assert.That(pushed.Call.IsSuccess, Is.True, pushed.ToString());
        var expected = new List<MarketoObject>
        {
            SalesPerson(Ann, "ann.seller@contoso.example"),
            Company(Fabrikam, "Fabrikam Ltd", Ann) with { Fields = new Dictionary<string, string?> { ["company"] = "Fabrikam Ltd" } },
            Person(Cy, "cy@fabrikam.example", Fabrikam, Ann),
            Opportunity(Renewal, "Fabrikam renewal", Fabrikam, Ann) with { Fields = new Dictionary<string, string?> { ["name"] = "Fabrikam renewal" } },
            Role(Renewal, Cy, "Champion"),
        };

        var differences = ProjectionComparison.Compare(new MarketoState(expected), MarketoStoreState.Of(marketo.Store));

        Assert.That(differences, Is.Empty);
    }

    [Test]
    public async Task A_company_whose_sales_person_Marketo_lacks_is_a_reference_to_nothing()
    {
        await using var marketo = await MarketoEmulator.StartAsync(new MarketoEmulatorOptions());
        marketo.SeedCompany(Northwind, Ben, "Northwind Traders");

        var state = MarketoStoreState.Of(marketo.Store);

        Assert.That(state.Dangling, Has.Count.EqualTo(1));
        Assert.That(state.Dangling[0], Does.Contain(Northwind).And.Contain(Ben));
    }
}
