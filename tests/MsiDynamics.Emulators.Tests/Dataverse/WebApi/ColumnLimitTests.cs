using MsiDynamics.Emulators.Dataverse;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>
/// Each standard column's maximum length and type, as the table references state them (dataverse.md §0.14, §3.4);
/// and a column of the solution's own, the length Schema/ gives it.
/// </summary>
public sealed class ColumnLimitTests
{
    [TestCase("leads", "firstname", 50)]
    [TestCase("leads", "lastname", 50)]
    [TestCase("leads", "emailaddress1", 100)]
    [TestCase("leads", "companyname", 100)]
    [TestCase("leads", "mobilephone", 20)]
    [TestCase("leads", "subject", 300)]
    [TestCase("leads", "description", 2000)]
    [TestCase("contacts", "jobtitle", 100)]
    [TestCase("contacts", "telephone1", 50)]
    [TestCase("accounts", "name", 160)]
    [TestCase("accounts", "websiteurl", 200)]
    [TestCase("accounts", "address1_city", 80)]
    [TestCase("accounts", "address1_postalcode", 20)]
    [TestCase("opportunities", "name", 300)]
    [TestCase("systemusers", "internalemailaddress", 100)]
    [TestCase("teams", "name", 160)]
    [TestCase("msi_syncqueueitems", "msi_reason", 160)] // the solution's own column (Schema/, msi_reason's length)
    public async Task Text_one_longer_than_the_column_is_refused_with_the_platforms_validation_error_and_nothing_is_stored(
        string set, string column, int maxLength)
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var rowsBefore = emulator.Organization.Rows(TableOf(set)).Count;

        var refused = await client.PostAsync(set, $$"""{"{{column}}":"{{new string('x', maxLength + 1)}}"}""");
        var accepted = await client.PostAsync(set, $$"""{"{{column}}":"{{new string('x', maxLength)}}"}""");

        Assert.That((refused.Status, refused.ErrorCode), Is.EqualTo((400, "0x80044331")), refused.Body);
        Assert.That(refused.ErrorMessage, Is.EqualTo(
            $"A validation error occurred. The length of the '{column}' attribute of the '{TableOf(set)}' entity exceeded the maximum allowed length of '{maxLength}'."));
        Assert.That(accepted.Status, Is.EqualTo(204), accepted.Body);
        Assert.That(emulator.Organization.Rows(TableOf(set)), Has.Count.EqualTo(rowsBefore + 1), "only the row that fits is stored");
    }

    [Test]
    public async Task An_update_with_text_over_the_limit_leaves_the_row_unchanged()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var id = emulator.SeedLead("Ada", "Lovelace", "ada@example.com");

        var answer = await client.PatchAsync($"leads({id})", $$"""{"emailaddress1":"{{new string('a', 95)}}@example.com"}""", ("If-Match", "*"));

        Assert.That((answer.Status, answer.ErrorCode), Is.EqualTo((400, "0x80044331")));
        Assert.That(emulator.Row("lead", id)["emailaddress1"], Is.EqualTo("ada@example.com"));
        Assert.That(emulator.QueueRows(), Is.Empty, "a refused write captures nothing");
    }

    [TestCase("leads", """{"emailaddress1":42}""", "Edm.String")]
    [TestCase("opportunities", """{"estimatedvalue":"a lot"}""", "Edm.Decimal")]
    [TestCase("leads", """{"leadsourcecode":"Web"}""", "Edm.Int32")]
    [TestCase("opportunities", """{"estimatedclosedate":20261123}""", "Edm.DateTimeOffset")]
    public async Task A_value_of_the_wrong_JSON_type_is_refused_and_nothing_is_stored(string set, string body, string edmType)
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);

        var answer = await client.PostAsync(set, body);

        Assert.That(answer.Status, Is.EqualTo(400));
        Assert.That(answer.ErrorMessage, Does.Contain(edmType));
        Assert.That(emulator.Organization.Rows(TableOf(set)), Is.Empty);
    }

    private static string TableOf(string set) => set switch
    {
        "opportunities" => "opportunity",
        _ => set[..^1],
    };
}
