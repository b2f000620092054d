using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Operations.Doctor;

namespace MsiDynamics.CompanionService.Tests.Operations.Doctor;

/// <summary>The report a person or a pipeline reads: warnings leave the environment ready, a failure or a skip does not.</summary>
public sealed class DoctorReportTests
{
    [Test]
    public void Warnings_alone_exit_0_and_the_summary_counts_them()
    {
        var report = new DoctorReport([DoctorFinding.Ok("A", "fine"), DoctorFinding.Warning("B", "odd", "look at B")]);
        using var text = new StringWriter();

        report.WriteText(text);

        Assert.That(report.ExitCode, Is.Zero);
        Assert.That(text.ToString(), Does.Contain("[warning] B: odd").And.Contain("      fix: look at B").And.Contain("Ready: 2 checks, 1 warning(s)."));
    }

    [Test]
    public void A_failed_and_a_skipped_check_exit_1_and_are_both_counted_as_not_ready()
    {
        var report = new DoctorReport([DoctorFinding.Failed("A", "broken", "fix A"), DoctorFinding.Skipped("B", "A")]);
        using var text = new StringWriter();

        report.WriteText(text);

        Assert.That(report.ExitCode, Is.EqualTo(1));
        Assert.That(text.ToString(), Does.Contain("[skipped] B: skipped: needs A").And.Contain("Not ready: 2 of 2 checks failed or could not run"));
    }

    [Test]
    public void The_JSON_has_each_check_s_status_finding_and_fix_and_keeps_apostrophes_readable()
    {
        var report = new DoctorReport([DoctorFinding.Failed("Roles", "'x' lacks a role", "assign 'MSI Sync Integration'"), DoctorFinding.Ok("B", "fine")]);

        var json = report.ToJson();
        var checks = JsonNode.Parse(json)!["checks"]!.AsArray();

        Assert.That(json, Does.Contain("assign 'MSI Sync Integration'"));
        Assert.That(JsonNode.Parse(json)!["ready"]!.GetValue<bool>(), Is.False);
        Assert.That(checks.Select(c => (c!["check"]!.GetValue<string>(), c["status"]!.GetValue<string>(), c["fix"]?.GetValue<string>())),
            Is.EqualTo(new[] { ("Roles", "failed", (string?)"assign 'MSI Sync Integration'"), ("B", "ok", null) }));
    }
}
