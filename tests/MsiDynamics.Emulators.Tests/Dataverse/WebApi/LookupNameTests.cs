using MsiDynamics.Emulators.Dataverse;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>
/// A lookup's formatted value is the referenced row's primary name, read from that table's own primary name column
/// (dataverse.md §0.14, §3.4): a currency's is its currencyname.
/// </summary>
public sealed class LookupNameTests
{
    [Test]
    public async Task The_currency_lookup_of_a_row_with_money_is_formatted_with_the_currency_name()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [] });
        using var client = new WebApiClient(emulator);
        var created = await client.PostAsync("opportunities", """{"name":"Big deal","estimatedvalue":1234.5}""");
        var id = created.Header("OData-EntityId")![^37..^1];

        var answer = await client.GetAsync($"opportunities({id})?$select=_transactioncurrencyid_value",
            ("Prefer", "odata.include-annotations=\"OData.Community.Display.V1.FormattedValue\""));

        Assert.That(answer.Status, Is.EqualTo(200), answer.Body);
        Assert.That(answer.Json["_transactioncurrencyid_value@OData.Community.Display.V1.FormattedValue"]?.GetValue<string>(), Is.EqualTo("US Dollar"));
    }
}
