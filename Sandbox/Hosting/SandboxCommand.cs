namespace MsiDynamics.Sandbox.Hosting;

/// <summary>The sandbox's command line: the demo flow by default, or <c>serve</c> for the emulators.</summary>
internal static class SandboxCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        Console.WriteLine("MsiDynamics sandbox: nothing to run yet.");
        return Task.FromResult(0);
    }
}
