using MsiDynamics.Emulators.Dataverse;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>$batch with independent requests and change sets (dataverse.md §6; execute-batch-operations-using-web-api).</summary>
public sealed class BatchTests
{
    [Test]
    public async Task Independent_requests_each_get_their_own_part_in_order()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var id = emulator.SeedLead("Ada", "Lovelace");
        var batch = new BatchBody()
            .Request("POST", "/api/data/v9.2/accounts", """{"name":"Fabrikam"}""")
            .Request("PATCH", $"{emulator.WebApiUrl}leads({id})", """{"jobtitle":"Analyst"}""", "If-Match: *")
            .Request("GET", $"leads({id})?$select=jobtitle");

        var answer = await Send(client, batch);

        Assert.That(answer.Status, Is.EqualTo(200), answer.Body);
        Assert.That(answer.Header("Content-Type"), Does.StartWith("multipart/mixed; boundary=batchresponse_"));
        Assert.That(BatchBody.Statuses(answer), Is.EqualTo(new[] { 204, 204, 200 }));
        Assert.That(answer.Body, Does.Contain("OData-EntityId: " + emulator.WebApiUrl + "accounts(").And.Contain("\"jobtitle\":\"Analyst\""));
        Assert.That((emulator.Traffic.TotalRequests, emulator.Traffic.BatchRequests, emulator.Traffic.InnerRequests), Is.EqualTo((1L, 1L, 3L)));
    }

    [Test]
    public async Task Without_continue_on_error_the_batch_stops_at_the_first_failure_and_takes_its_status()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var batch = new BatchBody()
            .Request("POST", "accounts", """{"name":"First"}""")
            .Request("PATCH", $"accounts({Guid.NewGuid()})", """{"name":"Missing"}""", "If-Match: *")
            .Request("POST", "accounts", """{"name":"Never"}""");

        var answer = await Send(client, batch);

        Assert.That(answer.Status, Is.EqualTo(404));
        Assert.That(BatchBody.Statuses(answer), Is.EqualTo(new[] { 204, 404 }));
        Assert.That(answer.Body, Does.Contain("\"code\":\"0x80040217\""));
        Assert.That(emulator.Organization.Rows("account").Select(r => r["name"]), Is.EqualTo(new[] { "First" }));
    }

    [Test]
    public async Task With_continue_on_error_every_request_runs_and_the_batch_answers_200()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var batch = new BatchBody()
            .Request("PATCH", $"accounts({Guid.NewGuid()})", """{"name":"Missing"}""", "If-Match: *")
            .Request("POST", "accounts", """{"name":"Second"}""");

        var answer = await Send(client, batch, ("Prefer", "odata.continue-on-error"));

        Assert.That(answer.Status, Is.EqualTo(200));
        Assert.That(BatchBody.Statuses(answer), Is.EqualTo(new[] { 404, 204 }));
        Assert.That(emulator.Organization.Rows("account"), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_change_set_with_a_failing_request_rolls_back_all_of_it()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var id = emulator.SeedLead("Ada", "Lovelace");
        var batch = new BatchBody().ChangeSet(
            ("POST", "accounts", """{"name":"Rolled back"}""", "1"),
            ("PATCH", $"leads({id})", """{"jobtitle":"Rolled back"}""", "2"),
            ("POST", "accounts", """{"nosuchcolumn":1}""", "3"));

        var answer = await Send(client, batch);

        Assert.That(answer.Status, Is.EqualTo(400));
        Assert.That(BatchBody.Statuses(answer), Is.EqualTo(new[] { 400 }), "a failed change set answers with the failure alone");
        Assert.That(emulator.Organization.Rows("account"), Is.Empty);
        Assert.That(emulator.Row("lead", id).Contains("jobtitle"), Is.False);
    }

    [Test]
    public async Task A_change_set_refers_to_a_row_it_created_by_Content_ID()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var batch = new BatchBody().ChangeSet(
            ("POST", "accounts", """{"name":"Parent"}""", "1"),
            ("POST", "contacts", """{"lastname":"Child","parentcustomerid_account@odata.bind":"$1"}""", "2"),
            ("PATCH", "$1", """{"telephone1":"555"}""", "3"));

        var answer = await Send(client, batch);

        Assert.That(BatchBody.Statuses(answer), Is.EqualTo(new[] { 204, 204, 204 }), answer.Body);
        Assert.That(answer.Body, Does.Contain("changesetresponse_").And.Contain("Content-ID: 2"));
        var account = emulator.Organization.Rows("account").Single();
        var contact = emulator.Organization.Rows("contact").Single();
        Assert.That(contact.GetAttributeValue<Microsoft.Xrm.Sdk.EntityReference>("parentcustomerid")!.Id, Is.EqualTo(account.Id));
        Assert.That(account["telephone1"], Is.EqualTo("555"));
    }

    [Test]
    public async Task A_GET_inside_a_change_set_is_refused_before_anything_runs()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var batch = new BatchBody().ChangeSet(("POST", "accounts", """{"name":"A"}""", "1"), ("GET", "accounts", null, "2"));

        var answer = await Send(client, batch);

        Assert.That(answer.Status, Is.EqualTo(400));
        Assert.That(emulator.Organization.Rows("account"), Is.Empty);
    }

    [Test]
    public async Task A_batch_over_1000_requests_is_refused()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var batch = new BatchBody();
        for (var i = 0; i < 1001; i++)
        {
            batch.Request("GET", "WhoAmI");
        }

        var answer = await Send(client, batch);

        Assert.That((answer.Status, answer.ErrorCode), Is.EqualTo((400, "0x0")));
        Assert.That(answer.ErrorMessage, Does.Contain("1000"));
    }

    [Test]
    public async Task Long_reads_fit_inside_a_batch()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly], MaxUrlLength = 300 });
        using var client = new WebApiClient(emulator);
        var ids = Enumerable.Range(0, 20).Select(i => emulator.SeedLead($"L{i}", "Batch")).ToList();
        var filter = "Microsoft.Dynamics.CRM.In(PropertyName='leadid',PropertyValues=[" + string.Join(',', ids.Select(i => $"'{i}'")) + "])";

        var answer = await Send(client, new BatchBody().Request("GET", "leads?$select=firstname&$filter=" + CrmRows.Encoded(filter)));

        Assert.That(BatchBody.Statuses(answer), Is.EqualTo(new[] { 200 }), answer.Body);
        Assert.That(System.Text.RegularExpressions.Regex.Matches(answer.Body, "\"leadid\"").Count, Is.EqualTo(20));
    }

    private static Task<WebApiAnswer> Send(WebApiClient client, BatchBody batch, params (string, string)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "$batch") { Content = batch.ToContent() };
        return client.SendAsync(request, headers);
    }
}
