using System.Diagnostics;
using System.Reflection;

namespace MsiDynamics.Benchmarks.Drain;

/// <summary>This benchmark program started again with other arguments, as its own executable or through <c>dotnet</c>.</summary>
internal static class SelfProcess
{
    public static ProcessStartInfo StartInfo(IEnumerable<string> arguments, bool redirect)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("The benchmark's own path is unknown.");
        var start = new ProcessStartInfo(self) { RedirectStandardInput = redirect, RedirectStandardOutput = redirect, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(Assembly.GetExecutingAssembly().Location);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }
}
