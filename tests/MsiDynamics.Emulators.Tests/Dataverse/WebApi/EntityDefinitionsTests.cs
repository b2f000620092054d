using System.Text.Json.Nodes;
using MsiDynamics.Emulators.Dataverse;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>Table and column definitions as the Web API serves them (DOCS "Query table definitions using the Web API").</summary>
public sealed class EntityDefinitionsTests
{
    [Test]
    public async Task A_table_definition_is_read_by_logical_name_with_its_set_key_and_primary_name()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new());
        using var client = new WebApiClient(emulator);

        var answer = await client.GetAsync(
            "EntityDefinitions(LogicalName='lead')?$select=LogicalName,EntitySetName,PrimaryIdAttribute,PrimaryNameAttribute");

        Assert.That(answer.Status, Is.EqualTo(200), answer.Body);
        var json = answer.Json;
        Assert.That(json["@odata.context"]!.GetValue<string>(),
            Is.EqualTo($"{emulator.WebApiUrl}$metadata#EntityDefinitions(LogicalName,EntitySetName,PrimaryIdAttribute,PrimaryNameAttribute)/$entity"));
        Assert.That((Text(json, "LogicalName"), Text(json, "EntitySetName"), Text(json, "PrimaryIdAttribute"), Text(json, "PrimaryNameAttribute")),
            Is.EqualTo(("lead", "leads", "leadid", "fullname")));
        Assert.That(Guid.TryParse(Text(json, "MetadataId"), out _), Is.True, "MetadataId is always returned");
    }

    [TestCase("LogicalName eq 'msi_syncqueueitem'", new[] { "msi_syncqueueitems" })]
    [TestCase("LogicalName eq 'lead' or LogicalName eq 'contact'", new[] { "contacts", "leads" })]
    [TestCase("LogicalName in ('account','opportunity')", new[] { "accounts", "opportunities" })]
    public async Task Table_definitions_are_found_by_a_filter_on_their_names(string filter, string[] sets)
    {
        await using var emulator = await DataverseEmulator.StartAsync(new());
        using var client = new WebApiClient(emulator);

        var answer = await client.GetAsync($"EntityDefinitions?$select=LogicalName,EntitySetName&$filter={CrmRows.Encoded(filter)}");

        Assert.That(answer.Status, Is.EqualTo(200), answer.Body);
        Assert.That(answer.Value.Select(t => Text(t!, "EntitySetName")), Is.EquivalentTo(sets));
    }

    [Test]
    public async Task String_columns_are_read_with_their_maximum_length_through_the_typed_cast()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new());
        using var client = new WebApiClient(emulator);

        var answer = await client.GetAsync(
            "EntityDefinitions(LogicalName='lead')/Attributes/Microsoft.Dynamics.CRM.StringAttributeMetadata?$select=LogicalName,MaxLength");

        Assert.That(answer.Status, Is.EqualTo(200), answer.Body);
        var byName = answer.Value.ToDictionary(a => Text(a!, "LogicalName"), a => a!);
        Assert.That(byName["firstname"]["MaxLength"]!.GetValue<int>(), Is.EqualTo(50));
        Assert.That(byName["emailaddress1"]["MaxLength"]!.GetValue<int>(), Is.EqualTo(100));
        Assert.That(byName["msi_marketoleadid"]["MaxLength"]!.GetValue<int>(), Is.EqualTo(50));
        Assert.That(Text(byName["firstname"], "@odata.type"), Is.EqualTo("#Microsoft.Dynamics.CRM.StringAttributeMetadata"));
        Assert.That(byName.ContainsKey("description"), Is.False, "a Memo column is a MemoAttributeMetadata, not a string one");
        Assert.That(answer.Json["@odata.context"]!.GetValue<string>(), Does.EndWith("/Attributes/Microsoft.Dynamics.CRM.StringAttributeMetadata(LogicalName,MaxLength)"));
    }

    [Test]
    public async Task Money_columns_are_read_with_their_precision()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new());
        using var client = new WebApiClient(emulator);

        var answer = await client.GetAsync(
            "EntityDefinitions(LogicalName='opportunity')/Attributes/Microsoft.Dynamics.CRM.MoneyAttributeMetadata?$select=LogicalName,Precision");

        var precisions = answer.Value.ToDictionary(a => Text(a!, "LogicalName"), a => a!["Precision"]!.GetValue<int>());
        Assert.That(precisions["estimatedvalue"], Is.EqualTo(2));
        Assert.That(precisions["estimatedvalue_base"], Is.EqualTo(4));
    }

    [Test]
    public async Task A_choice_column_is_read_with_its_options_and_labels_when_the_option_set_is_expanded()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new());
        using var client = new WebApiClient(emulator);

        var answer = await client.GetAsync(
            "EntityDefinitions(LogicalName='lead')/Attributes/Microsoft.Dynamics.CRM.PicklistAttributeMetadata?$select=LogicalName&$expand=OptionSet");

        Assert.That(answer.Status, Is.EqualTo(200), answer.Body);
        var source = answer.Value.Single(a => Text(a!, "LogicalName") == "leadsourcecode")!;
        var options = source["OptionSet"]!["Options"]!.AsArray();
        var web = options.Single(o => o!["Value"]!.GetValue<int>() == 8)!;
        Assert.That(web["Label"]!["UserLocalizedLabel"]!["Label"]!.GetValue<string>(), Is.EqualTo("Web"));
        Assert.That(answer.Value.Select(a => Text(a!, "LogicalName")), Does.Not.Contain("statuscode"), "status is a StatusAttributeMetadata");
    }

    [Test]
    public async Task Every_column_of_a_table_is_listed_with_its_attribute_type()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new());
        using var client = new WebApiClient(emulator);

        var answer = await client.GetAsync("EntityDefinitions(LogicalName='lead')/Attributes?$select=LogicalName,AttributeType");

        var types = answer.Value.ToDictionary(a => Text(a!, "LogicalName"), a => Text(a!, "AttributeType"));
        Assert.That(types["firstname"], Is.EqualTo("String"));
        Assert.That(types["description"], Is.EqualTo("Memo"));
        Assert.That(types["budgetamount"], Is.EqualTo("Money"));
        Assert.That(types["ownerid"], Is.EqualTo("Owner"));
        Assert.That(types["customerid"], Is.EqualTo("Customer"));
        Assert.That(types["parentaccountid"], Is.EqualTo("Lookup"));
        Assert.That(types["statecode"], Is.EqualTo("State"));
        Assert.That(types["statuscode"], Is.EqualTo("Status"));
        Assert.That(types["leadid"], Is.EqualTo("Uniqueidentifier"));
        Assert.That(types["msi_lastinterestingmomentdate"], Is.EqualTo("DateTime"));
        Assert.That(types["merged"], Is.EqualTo("Boolean"));
    }

    [Test]
    public async Task MaxLength_is_not_a_property_of_attributes_that_are_not_cast_to_a_kind()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new());
        using var client = new WebApiClient(emulator);

        var answer = await client.GetAsync("EntityDefinitions(LogicalName='lead')/Attributes?$select=LogicalName,MaxLength");

        Assert.That(answer.Status, Is.EqualTo(400));
        Assert.That(answer.ErrorMessage, Is.EqualTo("Could not find a property named 'MaxLength' on type 'Microsoft.Dynamics.CRM.AttributeMetadata'."));
    }

    [Test]
    public async Task A_table_the_environment_does_not_have_is_404()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new());
        using var client = new WebApiClient(emulator);

        var answer = await client.GetAsync("EntityDefinitions(LogicalName='new_widget')");

        Assert.That(answer.Status, Is.EqualTo(404));
    }

    private static string Text(JsonNode node, string name) => node[name]!.GetValue<string>();
}
