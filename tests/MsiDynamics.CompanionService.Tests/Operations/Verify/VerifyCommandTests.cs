using System.CommandLine;
using MsiDynamics.CompanionService.Service;
using MsiDynamics.CompanionService.Service.Commands;
using MsiDynamics.CompanionService.Tests.Service;
using R = MsiDynamics.CompanionService.Tests.Operations.Verify.VerifyJsonReading;

namespace MsiDynamics.CompanionService.Tests.Operations.Verify;

/// <summary><c>verify</c> as an admin meets it: its help, its options' rules, its exit codes, JSON that carries what the text says, and no secret anywhere.</summary>
public sealed class VerifyCommandTests
{
    [Test]
    public async Task Help_explains_the_options_the_default_sample_and_the_exit_codes()
    {
        var (code, output, _) = await InvokeAsync("verify", "--help");

        Assert.That(code, Is.Zero);
        Assert.That(output, Does.Contain("--sample").And.Contain("--all").And.Contain("--entity").And.Contain("--json"));
        Assert.That(output, Does.Contain("default: --sample 100").And.Contain("Exit code 0 when clean").And.Contain("e-mail differs"));
        Assert.That(output, Does.Contain("systemuser").And.Contain("connection"));
    }

    [Test]
    public async Task The_root_help_lists_verify()
    {
        var (_, output, _) = await InvokeAsync("--help");

        Assert.That(output, Does.Contain("verify"));
    }

    [TestCase("--all", "--sample", "5")]
    [TestCase("--sample", "0")]
    [TestCase("--entity", "team")]
    public async Task Contradictory_or_unknown_options_are_refused_before_anything_is_read(params string[] args)
    {
        var (code, _, error) = await InvokeAsync(["verify", .. args]);

        Assert.That(code, Is.EqualTo(VerifyCommand.InvalidSettings));
        Assert.That(error, Does.Contain(args[0] == "--all" ? "not both" : args[0]));
    }

    [Test]
    public async Task Invalid_settings_are_listed_and_exit_2_without_the_secret()
    {
        var (code, _, error) = await InvokeAsync("verify", "--Marketo:ClientSecret=" + RunnerLoopback.MarketoSecret);

        Assert.That(code, Is.EqualTo(VerifyCommand.InvalidSettings));
        Assert.That(error, Does.Contain("Dataverse:Url").And.Contain("Marketo:BaseUrl"));
        Assert.That(error, Does.Not.Contain(RunnerLoopback.MarketoSecret));
    }

    [Test]
    public async Task Json_carries_the_same_findings_as_the_text()
    {
        await using var rig = await VerifyRig.StartAsync();
        await rig.Planter.ChangeSalesPersonEmailAsync(rig.Org.User.ToString(), "ann.old@contoso.example");
        await rig.Planter.DeleteOpportunityAsync(rig.Org.Opportunity.ToString());

        var (textCode, text, _) = await rig.VerifyAsync("--all");
        var (jsonCode, json) = await rig.VerifyJsonAsync("--all");

        Assert.That(jsonCode, Is.EqualTo(textCode));
        var findings = json.GetProperty("findings").EnumerateArray().ToList();
        Assert.That(findings.Select(f => f.GetProperty("kind").GetString()), Is.EquivalentTo(new[] { "emailMismatch", "missing", "roleOpportunityAbsent" }));
        foreach (var finding in findings)
        {
            Assert.That(text, Does.Contain(finding.GetProperty("id").GetString()).And.Contain(finding.GetProperty("name").GetString())
                .And.Contain(finding.GetProperty("detail").GetString()).And.Contain(finding.GetProperty("action").GetString()));
        }

        Assert.That(text, Does.Contain($"Findings ({findings.Count})"));
    }

    [Test]
    public async Task No_secret_is_in_the_output_of_a_run_with_findings()
    {
        await using var rig = await VerifyRig.StartAsync();
        await rig.Planter.DeleteCompanyAsync(rig.Org.Account.ToString());

        var (_, text, textError) = await rig.VerifyAsync("--all");
        var (_, json, jsonError) = await rig.VerifyAsync("--all", "--json");

        foreach (var written in new[] { text, textError, json, jsonError })
        {
            Assert.That(written, Does.Not.Contain(rig.MarketoSecret).And.Not.Contain(VerifyRig.DataverseSecret));
        }
    }

    [Test]
    public async Task Marketo_unreachable_stops_the_check_with_exit_3_and_says_why()
    {
        await using var rig = await VerifyRig.StartAsync();

        var (code, json) = await rig.VerifyJsonAsync("--all", "--Marketo:BaseUrl=http://127.0.0.1:9/", "--Marketo:MaxRetryAttempts=0");

        Assert.That(code, Is.EqualTo(VerifyCommand.Stopped));
        Assert.That(json.GetProperty("stopped").GetString(), Does.Contain("Marketo"));
        Assert.That(json.GetProperty("clean").GetBoolean(), Is.False);
        Assert.That(R.Findings(json), Is.Empty);
    }

    private static async Task<(int Code, string Output, string Error)> InvokeAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await WorkerCommandLine.Create().Parse(args)
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null })
            .WaitAsync(Eventually.Deadline);
        return (code, output.ToString(), error.ToString());
    }
}
