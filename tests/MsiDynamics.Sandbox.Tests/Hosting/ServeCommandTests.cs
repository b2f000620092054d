using System.Net;
using System.Net.Http.Headers;
using MsiDynamics.Sandbox.Hosting;

namespace MsiDynamics.Sandbox.Tests.Hosting;

/// <summary><c>serve</c>: both emulators start, print their URLs, answer, and stop when asked.</summary>
public sealed class ServeCommandTests
{
    [Test]
    public async Task Serve_prints_both_urls_serves_both_emulators_and_stops_when_asked()
    {
        using var output = new StringWriter();
        using var stop = new CancellationTokenSource();
        var serving = ServeCommand.RunAsync(new ServeArguments(0, 0), TextWriter.Synchronized(output), stop.Token);

        var lines = await UrlLinesAsync(output, serving);
        using var http = new HttpClient();
        using var dataverse = new HttpRequestMessage(HttpMethod.Get, lines["Dataverse emulator"] + "msi_syncsettings");
        dataverse.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "any-token");
        var dataverseAnswer = await http.SendAsync(dataverse);
        var marketoAnswer = await http.GetAsync(lines["Marketo emulator"] + "identity/oauth/token?grant_type=client_credentials&client_id=a&client_secret=b");

        Assert.That(dataverseAnswer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(marketoAnswer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await stop.CancelAsync();
        Assert.That(await serving.WaitAsync(TimeSpan.FromSeconds(30)), Is.Zero);
    }

    [TestCase(new string[0], 0, 0)]
    [TestCase(new[] { "--marketo-port", "5055" }, 5055, 0)]
    [TestCase(new[] { "--dataverse-port", "5056", "--marketo-port", "0" }, 0, 5056)]
    public void Ports_default_to_a_free_one_and_can_be_chosen(string[] args, int marketo, int dataverse)
    {
        Assert.That(ServeArguments.Parse(args, out _), Is.EqualTo(new ServeArguments(marketo, dataverse)));
    }

    [TestCase("--marketo-port", "70000")]
    [TestCase("--port", "1")]
    [TestCase("--dataverse-port", "x")]
    public void A_bad_option_is_refused_with_a_reason(string name, string value)
    {
        Assert.That(ServeArguments.Parse([name, value], out var error), Is.Null);
        Assert.That(error, Does.Contain(name));
    }

    [Test]
    public void The_Marketo_limits_are_options_and_reach_the_emulator()
    {
        var parsed = ServeArguments.Parse(
        [
            "--marketo-client-id", "svc", "--marketo-client-secret", "s3cret", "--marketo-token-lifetime", "30",
            "--marketo-daily-quota", "5", "--marketo-calls-per-window", "3", "--marketo-rate-window", "10",
            "--marketo-max-concurrent-calls", "2", "--marketo-latency", "1500", "--marketo-missing-token", "401",
        ], out var error);

        var options = parsed!.ToMarketoOptions();
        Assert.That(error, Is.Empty);
        Assert.That((options.ClientId, options.ClientSecret, options.TokenLifetime), Is.EqualTo(("svc", "s3cret", TimeSpan.FromSeconds(30))));
        Assert.That((options.DailyQuota, options.CallsPerWindow, options.RateWindow, options.MaxConcurrentCalls), Is.EqualTo((5, 3, TimeSpan.FromSeconds(10), 2)));
        Assert.That((options.Faults.Latency, options.MissingToken), Is.EqualTo((TimeSpan.FromMilliseconds(1500), Emulators.Marketo.MarketoMissingTokenAnswer.Http401)));
    }

    [Test]
    public void Options_not_given_keep_Marketos_documented_limits()
    {
        var options = ServeArguments.Parse([], out _)!.ToMarketoOptions();

        Assert.That((options.ClientId, options.TokenLifetime, options.DailyQuota), Is.EqualTo(((string?)null, TimeSpan.FromSeconds(3600), 50_000)));
        Assert.That((options.CallsPerWindow, options.RateWindow, options.MaxConcurrentCalls), Is.EqualTo((100, TimeSpan.FromSeconds(20), 10)));
    }

    [TestCase("--marketo-daily-quota", "-1")]
    [TestCase("--marketo-token-lifetime", "0")]
    [TestCase("--marketo-max-concurrent-calls", "many")]
    [TestCase("--marketo-missing-token", "403")]
    [TestCase("--marketo-client-id", "svc")]
    public void A_bad_Marketo_limit_is_refused_with_a_reason(string name, string value)
    {
        Assert.That(ServeArguments.Parse([name, value], out var error), Is.Null);
        Assert.That(error, Does.Contain(name));
    }

    [Test]
    public async Task Help_lists_every_option_and_serves_nothing()
    {
        using var output = new StringWriter();
        var arguments = ServeArguments.Parse(["--help"], out _)!;

        var exit = await ServeCommand.RunAsync(arguments, output, CancellationToken.None);

        Assert.That(exit, Is.Zero);
        Assert.That(output.ToString(), Does.Contain("--marketo-token-lifetime").And.Contain("--marketo-daily-quota")
            .And.Contain("--marketo-max-concurrent-calls").And.Contain("--marketo-rate-window").And.Contain("--marketo-client-secret"));
        Assert.That(output.ToString(), Does.Not.Contain("Serving until"));
    }

    [Test]
    public async Task A_served_Marketo_answers_607_past_its_quota_and_401_to_a_wrong_secret()
    {
        using var output = new StringWriter();
        using var stop = new CancellationTokenSource();
        var arguments = ServeArguments.Parse(["--marketo-daily-quota", "1", "--marketo-client-id", "svc", "--marketo-client-secret", "s3cret"], out _)!;
        var serving = ServeCommand.RunAsync(arguments, TextWriter.Synchronized(output), stop.Token);

        var marketo = (await UrlLinesAsync(output, serving))["Marketo emulator"];
        using var http = new HttpClient();
        var refused = await http.GetAsync(marketo + "identity/oauth/token?grant_type=client_credentials&client_id=svc&client_secret=wrong");
        var token = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync(marketo + "identity/oauth/token?grant_type=client_credentials&client_id=svc&client_secret=s3cret"))
            .RootElement.GetProperty("access_token").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var first = await http.GetStringAsync(marketo + "rest/v1/leads/describe.json");
        var second = await http.GetStringAsync(marketo + "rest/v1/leads/describe.json");

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(first, Does.Contain("\"success\":true"));
        Assert.That(second, Does.Contain("\"code\":\"607\""));
        await stop.CancelAsync();
        Assert.That(await serving.WaitAsync(TimeSpan.FromSeconds(30)), Is.Zero);
    }

    private static async Task<Dictionary<string, string>> UrlLinesAsync(StringWriter output, Task<int> serving)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!output.ToString().Contains("Serving until", StringComparison.Ordinal))
        {
            Assert.That(serving.IsCompleted, Is.False, output.ToString());
            await Task.Delay(20, deadline.Token);
        }

        return output.ToString().Split('\n')
            .Where(line => line.Contains(": http", StringComparison.Ordinal))
            .ToDictionary(line => line[..line.IndexOf(':', StringComparison.Ordinal)], line => line.Split(' ').First(p => p.StartsWith("http", StringComparison.Ordinal)).Trim());
    }
}
