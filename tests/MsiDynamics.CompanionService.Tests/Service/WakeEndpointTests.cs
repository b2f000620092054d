using System.Net;

namespace MsiDynamics.CompanionService.Tests.Service;

/// <summary>
/// <c>POST /wake</c>, the target of a Dataverse webhook on queue-row Create: it starts a cycle only for the key the
/// webhook registration sends, in a header (HttpHeader) or as <c>?code=</c> (WebhookKey), never reads the body, and is
/// rate-limited.
/// </summary>
public sealed class WakeEndpointTests
{
    [Test]
    public async Task A_wake_up_without_the_key_or_with_a_wrong_one_is_refused_401_and_starts_nothing()
    {
        await using var server = await EndpointsServer.StartAsync(new Dictionary<string, string?> { ["Endpoints:WakePermitLimit"] = "10" });

        var missing = await server.Client.PostAsync("/wake", null);
        var wrong = await Send(server, header: EndpointsServer.Key + "x");
        var prefix = await Send(server, header: EndpointsServer.Key[..^1]);
        var wrongCode = await server.Client.PostAsync("/wake?code=not-the-key", null);

        Assert.That(new[] { missing.StatusCode, wrong.StatusCode, prefix.StatusCode, wrongCode.StatusCode }, Is.All.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(server.Wake.Raised, Is.Zero);
    }

    [Test]
    public async Task The_right_key_in_the_header_or_as_the_webhook_code_is_accepted_and_raises_the_wake_up()
    {
        await using var server = await EndpointsServer.StartAsync();

        var byHeader = await Send(server, header: EndpointsServer.Key, body: "{\"MessageName\":\"Create\",\"PrimaryEntityName\":\"msi_syncqueueitem\"}");
        var byCode = await server.Client.PostAsync($"/wake?code={EndpointsServer.Key}", new StringContent("not even JSON"));

        Assert.That((byHeader.StatusCode, byCode.StatusCode), Is.EqualTo((HttpStatusCode.Accepted, HttpStatusCode.Accepted)));
        Assert.That(server.Wake.Raised, Is.EqualTo(2));
    }

    [Test]
    public async Task Wake_ups_past_the_limit_of_the_window_are_answered_429()
    {
        await using var server = await EndpointsServer.StartAsync();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await Send(server, header: EndpointsServer.Key)).StatusCode);
        }

        Assert.That(statuses, Is.EqualTo(new[]
        {
            HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests,
        }));
        Assert.That(server.Wake.Raised, Is.EqualTo(3));
    }

    [Test]
    public async Task Without_a_configured_key_the_wake_endpoint_does_not_exist()
    {
        await using var server = await EndpointsServer.StartAsync(new Dictionary<string, string?> { ["Endpoints:WakeKey"] = null });

        var response = await Send(server, header: string.Empty);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private static Task<HttpResponseMessage> Send(EndpointsServer server, string header, string? body = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/wake") { Content = body is null ? null : new StringContent(body) };
        request.Headers.TryAddWithoutValidation("x-msi-wake-key", header);
        return server.Client.SendAsync(request);
    }
}
