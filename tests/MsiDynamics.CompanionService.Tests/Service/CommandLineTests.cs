using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using MsiDynamics.CompanionService.Service;
using MsiDynamics.CompanionService.Sync.Drain;

namespace MsiDynamics.CompanionService.Tests.Service;

/// <summary>The worker's command line as an admin meets it: the help of each command, and invalid settings listed before anything runs.</summary>
public sealed class CommandLineTests
{
    [TestCase("run", "Run the worker until stopped")]
    [TestCase("drain", "--once")]
    public async Task Each_command_explains_itself_in_its_help(string command, string expected)
    {
        var (code, output, _) = await InvokeAsync(command, "--help");

        Assert.That((code, output), Is.EqualTo((0, output)));
        Assert.That(output, Does.Contain(expected).And.Contain("drain lease"));
    }

    [Test]
    public async Task Drain_without_once_is_refused_with_what_to_type()
    {
        var (code, _, error) = await InvokeAsync("drain");

        Assert.That(code, Is.Not.Zero);
        Assert.That(error, Does.Contain("drain needs --once"));
    }

    [Test]
    public async Task Drain_once_with_invalid_settings_lists_every_setting_to_fix_and_exits_2_without_secrets()
    {
        var (code, _, error) = await InvokeAsync(
            "drain", "--once", "--Drain:IdleInterval=00:00:00", "--Marketo:ClientSecret=" + RunnerLoopback.MarketoSecret, "--Endpoints:WakeKey=short");

        Assert.That(code, Is.EqualTo(DrainExit.InvalidSettings));
        Assert.That(error, Does.Contain("Drain:IdleInterval").And.Contain("Dataverse:Url").And.Contain("Marketo:BaseUrl"));
        Assert.That(error, Does.Not.Contain(RunnerLoopback.MarketoSecret));
    }

    [Test]
    public async Task Run_with_invalid_endpoint_settings_names_them_and_exits_2()
    {
        var (code, _, error) = await InvokeAsync("run", "--Endpoints:Urls=not a url", "--Endpoints:WakeKey=short");

        Assert.That(code, Is.EqualTo(DrainExit.InvalidSettings));
        Assert.That(error, Does.Contain("Endpoints:Urls").And.Contain("Endpoints:WakeKey"));
    }

    private static async Task<(int Code, string Output, string Error)> InvokeAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = WorkerCommandLine.Create(builder => builder.Services.AddSingleton<IDrainCycle>(new FakeDrainCycle(TimeProvider.System)));
        var code = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null })
            .WaitAsync(Eventually.Deadline);
        return (code, output.ToString(), error.ToString());
    }
}
