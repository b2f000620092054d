using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>Money with its column's precision, the row's currency, and formatted values as Dataverse writes them (dataverse.md §0.14).</summary>
public sealed class MoneyTests
{
    private const string Annotations = "odata.include-annotations=\"*\"";

    [Test]
    public async Task Money_is_stored_with_two_decimals_in_the_base_currency_with_its_base_value()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);

        var created = await client.PostAsync("opportunities", """{"name":"Big deal","estimatedvalue":1234.565}""");

        var row = emulator.Row("opportunity", Guid.Parse(created.Header("OData-EntityId")![^37..^1]));
        Assert.That(row.GetAttributeValue<Money>("estimatedvalue")!.Value, Is.EqualTo(1234.57m));
        Assert.That(row.GetAttributeValue<Money>("estimatedvalue_base")!.Value, Is.EqualTo(1234.57m));
        Assert.That(row.GetAttributeValue<decimal>("exchangerate"), Is.EqualTo(1m));
        var currency = row.GetAttributeValue<EntityReference>("transactioncurrencyid")!;
        Assert.That(currency.LogicalName, Is.EqualTo("transactioncurrency"));
        var currencyRow = await client.GetAsync($"transactioncurrencies({currency.Id})?$select=currencysymbol,isocurrencycode,currencyname");
        Assert.That(currencyRow.Json["currencysymbol"]!.GetValue<string>(), Is.EqualTo("$"));
        Assert.That(currencyRow.Json["isocurrencycode"]!.GetValue<string>(), Is.EqualTo("USD"));
    }

    [Test]
    public async Task A_row_without_money_values_gets_no_currency()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);

        var created = await client.PostAsync("opportunities", """{"name":"Early"}""");

        var row = emulator.Row("opportunity", Guid.Parse(created.Header("OData-EntityId")![^37..^1]));
        Assert.That(row.Contains("transactioncurrencyid"), Is.False);
    }

    [Test]
    public async Task Formatted_values_carry_the_currency_symbol_choice_labels_and_dates()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var created = await client.PostAsync("opportunities",
            """{"name":"Big deal","estimatedvalue":1234.5,"estimatedclosedate":"2026-11-23T10:00:00Z"}""");
        var id = created.Header("OData-EntityId")![^37..^1];

        var answer = await client.GetAsync($"opportunities({id})?$select=estimatedvalue,estimatedclosedate,statuscode,_transactioncurrencyid_value",
            ("Prefer", Annotations));

        var json = answer.Json;
        Assert.That(json["estimatedvalue@OData.Community.Display.V1.FormattedValue"]!.GetValue<string>(), Is.EqualTo("$1,234.50"));
        Assert.That(json["estimatedvalue"]!.GetValue<decimal>(), Is.EqualTo(1234.5m));
        Assert.That(json["statuscode@OData.Community.Display.V1.FormattedValue"]!.GetValue<string>(), Is.EqualTo("In Progress"));
        Assert.That(json["estimatedclosedate@OData.Community.Display.V1.FormattedValue"]!.GetValue<string>(), Is.EqualTo("11/23/2026 10:00 AM"));
        Assert.That(json["_transactioncurrencyid_value@Microsoft.Dynamics.CRM.lookuplogicalname"]!.GetValue<string>(), Is.EqualTo("transactioncurrency"));
    }

    [Test]
    public async Task A_lead_source_is_formatted_as_its_label()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var id = emulator.Seed("lead", ("lastname", "Lovelace"), ("leadsourcecode", new OptionSetValue(8)));

        var answer = await client.GetAsync($"leads({id})?$select=leadsourcecode", ("Prefer", Annotations));

        Assert.That(answer.Json["leadsourcecode@OData.Community.Display.V1.FormattedValue"]!.GetValue<string>(), Is.EqualTo("Web"));
    }
}
