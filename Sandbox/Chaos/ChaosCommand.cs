namespace MsiDynamics.Sandbox.Chaos;

/// <summary><c>chaos [--operations n] [--seed n] [--kills n] [--workers n] [--users n]</c>: runs <see cref="ChaosRun"/>, prints the report; 0 when it passed.</summary>
internal static class ChaosCommand
{
    public const string Name = "chaos";

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        if (ChaosOptions.Parse(args, out var error) is not { } options)
        {
            await Console.Error.WriteLineAsync(error);
            await Console.Error.WriteLineAsync("Usage: dotnet run --project Sandbox -- " + ChaosOptions.Usage);
            return 2;
        }

        var result = await ChaosRun.RunAsync(options, output, cancellationToken);
        ChaosReport.Write(output, result);
        if (options.Details is { } details)
        {
            await using var file = File.CreateText(details);
            ChaosReport.WriteDetails(file, result);
            await output.WriteLineAsync($"Every difference and dead letter: {Path.GetFullPath(details)}");
        }
        return result.Passed ? 0 : 1;
    }
}
