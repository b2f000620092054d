using Microsoft.Xrm.Sdk;
using MsiDynamics.CompanionService.Service.Commands;
using MsiDynamics.Schema;
using R = MsiDynamics.CompanionService.Tests.Operations.Verify.VerifyJsonReading;

namespace MsiDynamics.CompanionService.Tests.Operations.Verify;

/// <summary>
/// Each kind of broken link, planted in Marketo through its REST API after a clean drain, is found by <c>verify</c> and
/// named by the Dynamics row it concerns, and the exit code says so.
/// </summary>
public sealed class VerifyMislinkTests
{
    [TestCase(MislinkPlant.LeadsCompanyDeleted, "companyAbsent", "lead")]
    [TestCase(MislinkPlant.LeadMovedToAnotherCompany, "companyMislinked", "lead")]
    [TestCase(MislinkPlant.LeadGivenAnotherSalesPerson, "salesPersonMislinked", "lead")]
    [TestCase(MislinkPlant.CompanysSalesPersonDeleted, "salesPersonAbsent", "account")]
    [TestCase(MislinkPlant.OpportunityMovedToAnotherCompany, "companyMislinked", "opportunity")]
    [TestCase(MislinkPlant.RolesLeadDeleted, "roleLeadAbsent", "connection")]
    [TestCase(MislinkPlant.RolesOpportunityDeleted, "roleOpportunityAbsent", "connection")]
    [TestCase(MislinkPlant.RoleMovedToAnotherLead, "roleLeadNotContact", "connection")]
    [TestCase(MislinkPlant.SalesPersonEmailChanged, "emailMismatch", "systemuser")]
    public async Task Each_planted_mislink_is_found_named_by_its_row_and_exits_1(MislinkPlant plant, string kind, string table)
    {
        await using var rig = await VerifyRig.StartAsync();
        var other = await OtherSellerAsync(rig);
        var (row, name) = await PlantAsync(rig, plant, other);

        var (code, json) = await rig.VerifyJsonAsync("--all");

        Assert.That(code, Is.EqualTo(VerifyCommand.Findings));
        Assert.That(R.Findings(json), Does.Contain((kind, table, row.ToString(), name)));
        Assert.That(json.GetProperty("clean").GetBoolean(), Is.False);
    }

    [Test]
    public async Task The_text_output_names_the_row_what_Marketo_holds_and_what_to_do()
    {
        await using var rig = await VerifyRig.StartAsync();
        await rig.Planter.ChangeSalesPersonEmailAsync(rig.Org.User.ToString(), "ann.old@contoso.example");

        var (code, output, _) = await rig.VerifyAsync("--all");

        Assert.That(code, Is.EqualTo(VerifyCommand.Findings));
        Assert.That(output, Does.Contain("Sales person e-mail differs: systemuser 'Ann Seller'").And.Contain(rig.Org.User.ToString()));
        Assert.That(output, Does.Contain("'ann.old@contoso.example'").And.Contain("'ann@contoso.example'"));
        Assert.That(output, Does.Contain("What to do:").And.Contain("Not clean: 1 findings."));
    }

    [Test]
    public async Task A_sales_person_e_mail_that_differs_only_in_case_is_not_reported()
    {
        await using var rig = await VerifyRig.StartAsync();
        await rig.Planter.ChangeSalesPersonEmailAsync(rig.Org.User.ToString(), "Ann@Contoso.example");

        var (code, json) = await rig.VerifyJsonAsync("--all", "--entity", "systemuser");

        Assert.That(code, Is.EqualTo(VerifyCommand.Clean), "docs/verify.md: addresses are compared ignoring case");
        Assert.That(R.Counts(json, "salesPersons"), Is.EqualTo((1, 0, 0)));
    }

    [Test]
    public async Task Counts_say_per_object_type_how_many_rows_are_missing_or_mislinked()
    {
        await using var rig = await VerifyRig.StartAsync();
        await rig.Planter.DeleteCompanyAsync(rig.Org.Account.ToString());

        var (_, json) = await rig.VerifyJsonAsync("--all");

        // The company is missing; the lead, the contact and the opportunity each name it.
        Assert.That(R.Counts(json, "companies"), Is.EqualTo((1, 1, 0)));
        Assert.That(R.Counts(json, "leads"), Is.EqualTo((2, 0, 2)));
        Assert.That(R.Counts(json, "opportunities"), Is.EqualTo((1, 0, 1)));
        Assert.That(R.Counts(json, "salesPersons"), Is.EqualTo((1, 0, 0)));
    }

    /// <summary>A second seller who owns one account and nothing else, drained: the other end of moved links.</summary>
    private static async Task<(RecordId User, RecordId Account)> OtherSellerAsync(VerifyRig rig)
    {
        var user = rig.Drain.Save(new Entity(DataverseSchema.SystemUser.EntityName)
        {
            ["firstname"] = "Dee", ["lastname"] = "Other", ["internalemailaddress"] = "dee@contoso.example",
        });
        var account = rig.Drain.Save(new Entity(DataverseSchema.Account.EntityName)
        {
            ["name"] = "Northwind", ["ownerid"] = new EntityReference(DataverseSchema.SystemUser.EntityName, user.Value),
        });
        await rig.Drain.DrainAsync();
        return (user, account);
    }

    /// <summary>Plants <paramref name="plant"/>; returns the Dynamics row the finding must name, and its name.</summary>
    private static async Task<(RecordId Row, string Name)> PlantAsync(VerifyRig rig, MislinkPlant plant, (RecordId User, RecordId Account) other)
    {
        var org = rig.Org;
        var planter = rig.Planter;
        const string Role = "Champion: Cy Champion on Fabrikam renewal";
        switch (plant)
        {
            case MislinkPlant.LeadsCompanyDeleted:
                await planter.DeleteCompanyAsync(org.Account.ToString());
                return (org.Lead, "Bo Buyer");
            case MislinkPlant.LeadMovedToAnotherCompany:
                await planter.RelinkLeadAsync(rig.LeadOf(org.Lead), "externalCompanyId", other.Account.ToString());
                return (org.Lead, "Bo Buyer");
            case MislinkPlant.LeadGivenAnotherSalesPerson:
                await planter.RelinkLeadAsync(rig.LeadOf(org.Lead), "externalSalesPersonId", other.User.ToString());
                return (org.Lead, "Bo Buyer");
            case MislinkPlant.CompanysSalesPersonDeleted:
                await planter.DeleteSalesPersonAsync(other.User.ToString());
                return (other.Account, "Northwind");
            case MislinkPlant.OpportunityMovedToAnotherCompany:
                await planter.RelinkOpportunityAsync(org.Opportunity.ToString(), "externalCompanyId", other.Account.ToString());
                return (org.Opportunity, "Fabrikam renewal");
            case MislinkPlant.RolesLeadDeleted:
                await planter.DeleteLeadAsync(rig.LeadOf(org.Contact));
                return (RecordId.From(org.Connection, "connection"), Role);
            case MislinkPlant.RolesOpportunityDeleted:
                await planter.DeleteOpportunityAsync(org.Opportunity.ToString());
                return (RecordId.From(org.Connection, "connection"), Role);
            case MislinkPlant.RoleMovedToAnotherLead:
                await planter.MoveRoleAsync(org.Opportunity.ToString(), rig.LeadOf(org.Contact), "Champion", rig.LeadOf(org.Lead));
                return (RecordId.From(org.Connection, "connection"), Role);
            case MislinkPlant.SalesPersonEmailChanged:
                await planter.ChangeSalesPersonEmailAsync(org.User.ToString(), "ann.old@contoso.example");
                return (org.User, "Ann Seller");
            default:
                throw new ArgumentOutOfRangeException(nameof(plant), plant, null);
        }
    }
}
