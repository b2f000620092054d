using MsiDynamics.Emulators.Dataverse;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>
/// The read of one row answers <c>$select</c> and refuses every other query option with a 400 naming it, as the
/// collection read does (dataverse.md §6 Query options the emulator lacks): never a row read as if the option were absent.
/// </summary>
public sealed class RetrieveOptionRefusalTests
{
    [TestCase("$expand", "parentaccountid($select=name)")]
    [TestCase("$filter", "lastname eq 'Lovelace'")]
    [TestCase("$compute", "lastname as surname")]
    [TestCase("fetchXml", "<fetch><entity name='lead'/></fetch>")]
    [TestCase("savedQuery", "00000000-0000-0000-00aa-000010001001")]
    [TestCase("cachebuster", "1")]
    public async Task A_query_option_the_single_row_read_does_not_implement_is_400_naming_it(string option, string value)
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [] });
        var id = emulator.SeedLead("Ada", "Lovelace");
        using var client = new WebApiClient(emulator);

        var answer = await client.GetAsync($"leads({id})?$select=lastname&{option}={CrmRows.Encoded(value)}");

        Assert.That(answer.Status, Is.EqualTo(400), answer.Body);
        Assert.That(answer.ErrorMessage, Does.Contain($"'{option}'"));
    }

    [Test]
    public async Task The_single_row_read_still_answers_select()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [] });
        var id = emulator.SeedLead("Ada", "Lovelace");
        using var client = new WebApiClient(emulator);

        var answer = await client.GetAsync($"leads({id})?$select=lastname");

        Assert.That(answer.Status, Is.EqualTo(200), answer.Body);
        Assert.That(answer.Json["lastname"]!.GetValue<string>(), Is.EqualTo("Lovelace"));
    }
}
