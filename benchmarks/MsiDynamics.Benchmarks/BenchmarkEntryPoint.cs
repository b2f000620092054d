using BenchmarkDotNet.Running;

namespace MsiDynamics.Benchmarks;

/// <summary>Runs the BenchmarkDotNet benchmarks of this project (<c>--filter *</c> for all).</summary>
public static class BenchmarkEntryPoint
{
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntryPoint).Assembly).Run(args);
}
