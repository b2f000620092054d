using MsiDynamics.Sandbox.Demo;

namespace MsiDynamics.Sandbox.Tests.Demo;

/// <summary>The README's first command: the sandbox flow runs end to end and every check in it holds.</summary>
public sealed class DemoFlowTests
{
    [Test]
    public async Task The_sandbox_flow_captures_pushes_and_reads_back_with_every_check_holding()
    {
        using var output = new StringWriter();

        var exitCode = await DemoFlow.RunAsync(output);

        var text = output.ToString();
        Assert.That(exitCode, Is.Zero, text);
        Assert.That(text, Does.Not.Contain("FAIL"));
        Assert.That(text, Does.Contain("connection ").And.Contain("\"role\":\"Champion\""));
        Assert.That(text, Does.Contain("Opened e-mail: Spring webinar invitation"));
        Assert.That(text, Does.Not.Contain("sandbox-secret"), "the Marketo client secret never reaches the output");
    }
}
