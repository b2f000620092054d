using MsiDynamics.Emulators.Marketo;

namespace MsiDynamics.Emulators.Tests.Marketo.Planting;

/// <summary>
/// The planter breaks links only through the REST API, so a plant Marketo refuses fails loudly, and one it takes
/// leaves the references to what it removed in place.
/// </summary>
public sealed class MislinkPlanterTests
{
    [Test]
    public async Task A_sales_person_still_used_by_a_lead_cannot_be_planted_away()
    {
        await using var emulator = await StartAsync();
        emulator.SeedSalesPerson("sp-1", "sam@example.com");
        emulator.SeedLead("lee@example.com", new Dictionary<string, string?> { ["externalSalesPersonId"] = "sp-1" });
        using var planter = new MislinkPlanter(emulator);

        var refused = Assert.ThrowsAsync<InvalidOperationException>(() => planter.DeleteSalesPersonAsync("sp-1"));

        Assert.That(refused!.Message, Does.Contain("1022"));
        Assert.That(emulator.Store.SalesPersons, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_deleted_company_leaves_its_lead_naming_it_and_a_changed_e_mail_is_stored()
    {
        await using var emulator = await StartAsync();
        emulator.SeedSalesPerson("sp-1", "sam@example.com");
        emulator.SeedCompany("c-1", "sp-1");
        emulator.SeedLead("lee@example.com", new Dictionary<string, string?> { ["externalCompanyId"] = "c-1" });
        using var planter = new MislinkPlanter(emulator);

        await planter.DeleteCompanyAsync("c-1");
        await planter.ChangeSalesPersonEmailAsync("sp-1", "sam.old@example.com");

        Assert.That(emulator.Store.DanglingReferences, Is.EqualTo(new[] { new DanglingReference("lead", emulator.Store.Leads[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "externalCompanyId", "c-1") }));
        Assert.That(emulator.Store.SalesPersons.Single().Email, Is.EqualTo("sam.old@example.com"));
    }

    private static Task<MarketoEmulator> StartAsync() =>
        MarketoEmulator.StartAsync(new MarketoEmulatorOptions { ClientId = "planter", ClientSecret = "planter-secret" });
}
