using MsiDynamics.Emulators.Dataverse;
using MsiDynamics.Sandbox.Hosting;
using MsiDynamics.Sandbox.Main;

namespace MsiDynamics.Sandbox.Tests.Main;

/// <summary>
/// The Marketo state the seeded organisation must produce after both days: what the default mapping pushes
/// (architecture.md §1.1), without the rows that must not reach Marketo, and with Dynamics deletes followed.
/// </summary>
public sealed class MarketoProjectionTests
{
    private static MarketoState _projection = null!;

    [OneTimeSetUp]
    public static async Task SeedBothDays()
    {
        await using var dataverse = await DataverseEmulator.StartAsync(new DataverseEmulatorOptions { PluginAssemblies = [PluginAssembly.Capture] });
        using var http = new HttpClient { BaseAddress = dataverse.WebApiUrl };
        var seed = new OrganisationSeed(dataverse, new WebApiWriter(http));
        await seed.CreateAsync(CancellationToken.None);
        await seed.ChangeAsync(CancellationToken.None);
        _projection = MarketoProjection.Of(dataverse.Organization);
    }

    [Test]
    public void Every_user_with_an_address_is_a_sales_person_the_disabled_one_too_but_not_the_application_user()
    {
        var emails = _projection.Of(MarketoObjectKind.SalesPerson).Select(s => s.Fields["email"]);

        Assert.That(emails, Is.EquivalentTo(SeedUsers.All.Select(u => SeedUsers.Email(u.First, u.Last))));
    }

    [Test]
    public void The_deleted_account_is_no_company_and_the_team_owned_ones_have_no_sales_person()
    {
        var companies = _projection.Of(MarketoObjectKind.Company).ToList();

        Assert.That(companies, Has.Count.EqualTo(SeedAccounts.All.Length - 1));
        Assert.That(companies.Select(c => c.Key), Does.Not.Contain(Key(SeedAccounts.Id(SeedAccounts.Duplicate))));
        Assert.That(companies.Where(c => c.Links[MarketoLinks.SalesPerson] is null).Select(c => c.Label),
            Is.EquivalentTo(new[] { "Contoso Pharmaceuticals", "Litware Inc." }));
    }

    [Test]
    public void Persons_leave_out_the_contact_without_address_the_refused_address_and_the_lead_a_contact_stands_for()
    {
        var persons = _projection.Of(MarketoObjectKind.Person).Select(p => p.Key).ToList();

        Assert.That(persons, Does.Not.Contain(Key(SeedContacts.Id(SeedContacts.NoEmail))));
        Assert.That(persons, Does.Not.Contain(Key(SeedLeads.Id(SeedLeads.InvalidEmail))));
        Assert.That(persons, Does.Not.Contain(Key(SeedLeads.Id(SeedLeads.SharedWithContact))));
        Assert.That(persons, Does.Contain(Key(SeedContacts.Id(SeedContacts.SharedWithLead))));
        Assert.That(persons, Does.Not.Contain(Key(SeedLeads.Id(SeedLeads.Deleted))));
        Assert.That(_projection.MayExist, Does.Contain((MarketoObjectKind.Person, Key(SeedLeads.Id(SeedLeads.Deleted)))), "persons are kept in Marketo");
        Assert.That(persons, Has.Count.EqualTo(24 + 12));
    }

    [Test]
    public void The_moved_contact_follows_its_new_account_and_a_lead_sends_its_new_status_by_label()
    {
        var persons = _projection.Of(MarketoObjectKind.Person).ToDictionary(p => p.Key);

        Assert.That(persons[Key(SeedContacts.Id(SeedContacts.Mover))].Links[MarketoLinks.Company], Is.EqualTo(Key(SeedAccounts.Id(SeedAccounts.Fabrikam))));
        Assert.That(persons[Key(SeedLeads.Id(SeedLeads.Contacted))].Fields["leadStatus"], Is.EqualTo("Contacted"));
        Assert.That(persons[Key(SeedLeads.Id("rosa-diaz"))].Fields["company"], Is.EqualTo("Blue Yonder Airlines"), "an unlinked lead sends its company name");
    }

    [Test]
    public void The_300_character_topic_is_cut_to_Marketo_s_255_characters()
    {
        var names = _projection.Of(MarketoObjectKind.Opportunity).Select(o => o.Fields["name"] ?? string.Empty).ToList();

        Assert.That(names, Has.Count.EqualTo(SeedDeals.All.Length - 1));
        Assert.That(names.Max(n => n.Length), Is.EqualTo(255));
    }

    [Test]
    public void Roles_are_the_stakeholder_connections_to_persons_under_the_renamed_role()
    {
        var roles = _projection.Of(MarketoObjectKind.OpportunityRole).Select(r => r.Label).ToList();

        Assert.That(roles, Has.Count.EqualTo(SeedStakeholders.Connections.Length - 3),
            "not the Sales-category role, the contact without address, or the deleted connection");
        Assert.That(roles, Has.Exactly(3).EqualTo(SeedChanges.RenamedRole));
        Assert.That(roles, Does.Not.Contain("Economic Buyer").And.Not.Contain("Technical Advisor"));
    }

    private static string Key(Guid id) => id.ToString("D");
}
