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
