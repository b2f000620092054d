using System.Net;
using System.Text;
using System.Text.Json;
using MsiDynamics.Emulators.Marketo;

namespace MsiDynamics.Emulators.Tests.Marketo;

/// <summary>The response envelope and the HTTP-level limits (marketo.md §2, §5.1, §5.2).</summary>
public sealed class EnvelopeTests
{
    [Test]
    public async Task A_successful_answer_has_a_hex_request_id_success_and_a_result_array()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        using var client = await MarketoTestClient.ConnectAsync(emulator);

        var answer = await client.GetAsync("rest/v1/leads.json?filterType=email&filterValues=nobody@example.com");

        Assert.That(answer["requestId"]!.GetValue<string>(), Does.Match("^[0-9a-f]+#[0-9a-f]+$"));
        Assert.That(answer["success"]!.GetValueKind(), Is.EqualTo(JsonValueKind.True));
        Assert.That(answer["result"]!.AsArray(), Is.Empty, "an empty search is not an error (§2)");
    }

    [TestCase("PUT", "rest/v1/leads.json", "605")]
    [TestCase("GET", "rest/v1/salespersons/delete.json", "605")]
    [TestCase("GET", "rest/v1/no-such-thing.json", "610")]
    public async Task Wrong_methods_and_paths_answer_HTTP_200_with_a_string_code(string method, string path, string code)
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        using var client = await MarketoTestClient.ConnectAsync(emulator);

        var answer = await MarketoTestClient.ReadEnvelopeAsync(await client.SendAsync(new HttpMethod(method), path));

        Assert.That(answer["success"]!.GetValue<bool>(), Is.False);
        Assert.That(answer["errors"]![0]!["code"]!.GetValueKind(), Is.EqualTo(JsonValueKind.String));
        Assert.That(MarketoTestClient.ErrorCode(answer), Is.EqualTo(code));
    }

    [TestCase("{not json", "application/json", "609")]
    [TestCase("<input/>", "text/xml", "612")]
    public async Task A_body_that_is_not_JSON_is_refused(string body, string contentType, string code)
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        using var client = await MarketoTestClient.ConnectAsync(emulator);

        var response = await client.SendAsync(HttpMethod.Post, "rest/v1/companies.json", new StringContent(body, Encoding.UTF8, contentType));

        Assert.That(MarketoTestClient.ErrorCode(await MarketoTestClient.ReadEnvelopeAsync(response)), Is.EqualTo(code));
    }

    [Test]
    public async Task A_body_over_1_MB_gets_HTTP_413()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        using var client = await MarketoTestClient.ConnectAsync(emulator);
        var body = $$"""{"input":[{"externalCompanyId":"c1","company":"{{new string('x', 1024 * 1024)}}"}]}""";

        using var response = await client.SendAsync(HttpMethod.Post, "rest/v1/companies.json", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(emulator.Store.Companies, Is.Empty);
    }

    [Test]
    public async Task Three_hundred_GUIDs_overflow_a_GET_with_414_but_fit_a_POST_form_query()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        using var client = await MarketoTestClient.ConnectAsync(emulator);
        var guids = string.Join(',', Enumerable.Range(0, 300).Select(_ => Guid.NewGuid().ToString("D")));

        using var get = await client.SendAsync(HttpMethod.Get, $"rest/v1/leads.json?filterType=externalPersonId&filterValues={guids}");
        var post = await client.PostFormAsync("rest/v1/leads.json?_method=GET", ("filterType", "externalPersonId"), ("filterValues", guids));

        Assert.That(get.StatusCode, Is.EqualTo(HttpStatusCode.RequestUriTooLong));
        Assert.That(MarketoTestClient.Results(post), Is.Empty);
        Assert.That(emulator.Traffic.CallsWithCode("414"), Is.EqualTo(1));
    }

    [Test]
    public async Task More_than_300_records_in_one_call_are_refused_with_1003()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        using var client = await MarketoTestClient.ConnectAsync(emulator);
        var input = string.Join(',', Enumerable.Range(0, 301).Select(i => $$"""{"email":"p{{i}}@example.com"}"""));

        var answer = await client.PostJsonAsync("rest/v1/leads.json", $$"""{"input":[{{input}}]}""");

        Assert.That(MarketoTestClient.ErrorCode(answer), Is.EqualTo("1003"));
        Assert.That(emulator.Store.Leads, Is.Empty);
    }
}
