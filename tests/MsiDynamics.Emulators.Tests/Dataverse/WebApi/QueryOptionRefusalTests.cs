using MsiDynamics.Emulators.Dataverse;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>
/// A query option the emulator does not implement is refused with a 400 that names it, never answered as if it were
/// absent (dataverse.md §6 Query): a test that relies on one learns at once.
/// </summary>
public sealed class QueryOptionRefusalTests
{
    [TestCase("$expand", "parentaccountid($select=name)")]
    [TestCase("$apply", "groupby((statecode))")]
    [TestCase("$search", "Ada")]
    [TestCase("$compute", "lastname as surname")]
    [TestCase("fetchXml", "<fetch><entity name='lead'/></fetch>")]
    [TestCase("savedQuery", "00000000-0000-0000-00aa-000010001001")]
    [TestCase("userQuery", "00000000-0000-0000-00aa-000010001002")]
    [TestCase("sql", "SELECT lastname FROM lead")]
    [TestCase("$levels", "max")]
    [TestCase("$format", "json")]
    [TestCase("cachebuster", "1")]
    public async Task A_query_option_the_emulator_does_not_implement_is_400_naming_it(string option, string value)
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [] });
        emulator.SeedLead("Ada", "Lovelace");
        using var client = new WebApiClient(emulator);

        var answer = await client.GetAsync($"leads?$select=lastname&{option}={CrmRows.Encoded(value)}");

        Assert.That(answer.Status, Is.EqualTo(400), answer.Body);
        Assert.That(answer.ErrorMessage, Does.Contain($"'{option}'"));
    }

    [Test]
    public async Task The_implemented_options_and_parameter_aliases_are_answered()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [] });
        emulator.SeedLead("Ada", "O'Brian");
        using var client = new WebApiClient(emulator);

        var answer = await client.GetAsync("leads?$select=lastname&$filter=lastname eq @p1&$orderby=lastname&$top=5&$count=true&@p1=" + CrmRows.Encoded("'O''Brian'"));

        Assert.That(answer.Status, Is.EqualTo(200), answer.Body);
        Assert.That(answer.Value.Single()!["lastname"]!.GetValue<string>(), Is.EqualTo("O'Brian"));
    }
}
