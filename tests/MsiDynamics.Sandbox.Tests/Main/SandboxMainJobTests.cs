using MsiDynamics.CompanionService.Sync.Drain;
using MsiDynamics.Sandbox.Main;

namespace MsiDynamics.Sandbox.Tests.Main;

/// <summary>
/// The main job fails unless the worker really drained the queue into Marketo: with a drain that does nothing, every
/// projected object is reported missing, the rows are left due, and the exit code is not 0.
/// </summary>
public sealed class SandboxMainJobTests
{
    [Test]
    public async Task Without_a_drain_the_job_reports_what_Marketo_lacks_and_fails()
    {
        using var output = new StringWriter();
        var calls = 0;

        var exitCode = await SandboxMainJob.RunAsync(output, (_, _) =>
        {
            calls++;
            return Task.FromResult<IReadOnlyList<DrainCycleReport>>([]);
        });

        var text = output.ToString();
        Assert.That(exitCode, Is.EqualTo(1), text);
        Assert.That(calls, Is.EqualTo(2), "one drain after each day");
        Assert.That(text, Does.Contain("Missing in Marketo: company 'Fabrikam Ltd'"));
        Assert.That(text, Does.Contain("Missing in Marketo: opportunity role 'Budget Holder'"));
        Assert.That(text, Does.Match(@"\d+ queue rows are left due\."));
        Assert.That(text, Does.Contain("The drain ran no cycle."));
        Assert.That(text, Does.Not.Contain("sandbox-secret"), "the Marketo client secret never reaches the output");
    }
}
