using System.Globalization;

namespace MsiDynamics.Benchmarks.Latency;

/// <summary>One figure of <c>drain-latency</c> against its aim (at most the aim), or with no aim (a reference figure).</summary>
internal sealed record LatencyFigure(string Name, double Value, string Format, double? Aim)
{
    public const string Header =
        "| Figure                                                   |      Value |        Aim |  Ratio | Aim    |\n"
        + "|----------------------------------------------------------|------------|------------|--------|--------|";

    /// <summary>Value ÷ aim; ≤ 1 meets it.</summary>
    public double? Ratio => Aim is { } aim ? Value / aim : null;

    public bool Met => Aim is not { } aim || Value <= aim;

    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"| {Name,-56} | {Text(Value),10} | {(Aim is { } aim ? "≤ " + Text(aim) : "—"),10} | {(Ratio is { } r ? r.ToString("F2", CultureInfo.InvariantCulture) : "—"),6} | {(Aim is null ? "—" : Met ? "met" : "MISSED"),-6} |");

    private string Text(double value) => double.IsNaN(value) ? "n/a" : value.ToString(Format, CultureInfo.InvariantCulture);
}
