using MsiDynamics.Sandbox.Main;

namespace MsiDynamics.Sandbox.Tests.Main;

/// <summary>The README's first command: the main job, with the worker's own runner, ends with Marketo equal to the CRM's projection.</summary>
public sealed class SandboxDrainTests
{
    [Test]
    public async Task The_main_job_drains_the_seeded_organisation_with_the_real_worker_and_exits_0()
    {
        using var output = new StringWriter();

        var exit = await SandboxMainJob.RunAsync(output, SandboxDrain.UntilIdleAsync);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, output.ToString());
            Assert.That(output.ToString(), Does.Contain("Marketo equals the projection of the CRM state"));
        });
    }
}
