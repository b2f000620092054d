using System.Diagnostics;
using System.Text.Json.Nodes;

namespace MsiDynamics.Emulators.Tests.ThirdParty;

/// <summary>
/// Runs one of the scripts in <c>tests/third-party/</c> (a third-party client library driven through its public
/// API) with <c>node</c>, and reads the JSON summary it prints. Without <c>node</c> on PATH, or without the
/// packages installed, the calling test is ignored with the command that installs them.
/// </summary>
internal sealed record NodeScript(int ExitCode, JsonObject Summary, string Errors)
{
    public const string InstallCommand = "npm ci --prefix tests/third-party";

    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(2);

    /// <summary>Whether the script ran every step without a failure.</summary>
    public bool Succeeded => ExitCode == 0 && Summary["ok"]?.GetValue<bool>() == true;

    /// <summary>The result of the step <paramref name="name"/>, failing the test when the step did not run.</summary>
    public JsonNode Step(string name) =>
        Summary["steps"]?[name] ?? throw new AssertionException($"The step {name} has no result: {Summary["failures"]?.ToJsonString()}\n{Errors}");

    public static async Task<NodeScript> RunAsync(string script, params string[] arguments)
    {
        var directory = ScriptDirectory();
        var node = FindOnPath("node");
        if (node is null || !Directory.Exists(Path.Combine(directory, "node_modules")))
        {
            Assert.Ignore($"Needs Node.js on PATH and the client packages: run `{InstallCommand}` from the repository root.");
        }

        var start = new ProcessStartInfo(node!) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var deadline = new CancellationTokenSource(Deadline);
        var output = process.StandardOutput.ReadToEndAsync(deadline.Token);
        var errors = process.StandardError.ReadToEndAsync(deadline.Token);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new AssertionException($"node {script} did not finish within {Deadline.TotalSeconds:0} s.");
        }

        var summary = Parse(await output)
            ?? throw new AssertionException($"node {script} printed no JSON summary (exit {process.ExitCode}): {await errors}");
        return new NodeScript(process.ExitCode, summary, await errors);
    }

    private static JsonObject? Parse(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static string ScriptDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MsiDynamics.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new AssertionException("The repository root was not found."), "tests", "third-party");
    }

    private static string? FindOnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => new[] { Path.Combine(folder, command), Path.Combine(folder, command + ".exe") })
            .FirstOrDefault(File.Exists);
}
