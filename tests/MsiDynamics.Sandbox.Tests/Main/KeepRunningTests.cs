using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MsiDynamics.Sandbox.Main;

namespace MsiDynamics.Sandbox.Tests.Main;

/// <summary>
/// <c>--keep-running</c> as a person at a terminal uses it: after the report, the printed curl commands work — a lead
/// changed through the Dynamics Web API reaches Marketo, and an interesting moment recorded in Marketo reaches the
/// Dynamics row, while the worker keeps running — and Ctrl+C ends the job with the report's exit code.
/// </summary>
public sealed partial class KeepRunningTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Test]
    public async Task A_lead_changed_with_the_printed_curl_command_reaches_Marketo_an_interesting_moment_comes_back_and_Ctrl_C_ends_the_job()
    {
        var output = new LockedWriter();
        using var stop = new CancellationTokenSource();
        var job = SandboxMainJob.RunAsync(output, SandboxDrain.UntilIdleAsync, keepRunningUntil: stop.Token);
        await Until(() => output.Text.Contains("See the person", StringComparison.Ordinal) || job.IsCompleted);
        var text = output.Text;
        Assert.That(text, Does.Contain("PASS").And.Contain("Keeping everything running until Ctrl+C."));

        var patch = PatchCommand().Match(text);
        var persons = PersonsCommand().Match(text);
        Assert.That(patch.Success && persons.Success, Is.True, text);
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Patch, patch.Groups["url"].Value)
        {
            Content = new StringContent(patch.Groups["body"].Value, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", "sandbox");
        using (var response = await http.SendAsync(request))
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(204));
        }

        var wanted = JsonNode.Parse(patch.Groups["body"].Value)!["jobtitle"]!.GetValue<string>();
        string? title = null;
        await Until(async () =>
        {
            var person = JsonNode.Parse(await http.GetStringAsync(persons.Groups["url"].Value))!;
            title = person["marketo"]?["title"]?.GetValue<string>();
            return title == wanted;
        });
        Assert.That(title, Is.EqualTo(wanted), "the worker sent the Dynamics change to Marketo");

        var moment = MomentCommand().Match(text);
        Assert.That(moment.Success, Is.True, text);
        using (var recorded = await http.PostAsync(moment.Groups["url"].Value, null))
        {
            Assert.That((int)recorded.StatusCode, Is.EqualTo(200));
        }

        JsonNode? person = null;
        await Until(async () =>
        {
            person = JsonNode.Parse(await http.GetStringAsync(persons.Groups["url"].Value))!;
            return person["dynamics"]?["msi_lastinterestingmomentdesc"]?.GetValue<string>() is { Length: > 0 } desc
                && desc == person["marketo"]?["msiLastInterestingMomentDesc"]?.GetValue<string>();
        });
        Assert.That(person!["dynamics"]!["msi_lastinterestingmomentdesc"]!.GetValue<string>(),
            Is.EqualTo(person["marketo"]!["msiLastInterestingMomentDesc"]!.GetValue<string>()),
            "the write-back brought the interesting moment to the Dynamics row");

        await stop.CancelAsync();
        Assert.That(await job.WaitAsync(Deadline), Is.Zero);
    }

    private static async Task Until(Func<bool> condition) => await Until(() => Task.FromResult(condition()));

    private static async Task Until(Func<Task<bool>> condition)
    {
        using var deadline = new CancellationTokenSource(Deadline);
        using var tick = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        while (!await condition() && await tick.WaitForNextTickAsync(deadline.Token))
        {
        }
    }

    [GeneratedRegex(@"curl -s -X PATCH .*? -d '(?<body>[^']+)' '(?<url>[^']+)'")]
    private static partial Regex PatchCommand();

    [GeneratedRegex(@"curl -s -X POST '(?<url>[^']+/interesting-moments\?[^']+)'")]
    private static partial Regex MomentCommand();

    [GeneratedRegex(@"curl -s '(?<url>[^']+/persons\?[^']+)'")]
    private static partial Regex PersonsCommand();
}
