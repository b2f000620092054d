using System.Globalization;

namespace MsiDynamics.Benchmarks.Drain;

/// <summary>One measured figure of the drain and its aim: at least the aim (<paramref name="AtLeast"/>) or at most it.</summary>
internal sealed record DrainFigure(string Name, double Value, string Format, double Aim, bool AtLeast)
{
    /// <summary>Value ÷ aim: ≥ 1 meets an "at least" aim, ≤ 1 an "at most" one.</summary>
    public double Ratio => Value / Aim;

    public bool Met => AtLeast ? Value >= Aim : Value <= Aim;

    /// <summary>The row of the figure table.</summary>
    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"| {Name,-46} | {Value.ToString(Format, CultureInfo.InvariantCulture),12} | {(AtLeast ? "≥ " : "≤ ") + Aim.ToString(Format, CultureInfo.InvariantCulture),12} | {Ratio,6:F2} | {(Met ? "met" : "MISSED"),-6} |");

    public const string Header =
        "| Figure                                         |        Value |          Aim |  Ratio | Aim    |\n"
        + "|------------------------------------------------|--------------|--------------|--------|--------|";
}
